package id.kinerja.reporting.rest;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.Tampilan;

/** Parsing of shared query parameters, each refusal naming the parameter and the rule. */
final class Params {

  static final String KEC = "\\d{2}\\.\\d{2}\\.\\d{2}";
  static final String KAB = "\\d{2}\\.\\d{2}";

  private Params() {
  }

  static Tampilan tampilan(String value) {
    try {
      return Tampilan.parse(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("tampilan", "one-of", "tampilan must be OFFICIAL or PROVISIONAL");
    }
  }

  static int tahun(int tahun) {
    if (tahun < 2000 || tahun > 2100) {
      throw ProblemException.invalid("tahun", "range", "tahun must be between 2000 and 2100");
    }
    return tahun;
  }

  /** triwulan 1..4; absent = the year (periode 0). */
  static int periode(Integer triwulan) {
    if (triwulan == null) {
      return 0;
    }
    if (triwulan < 1 || triwulan > 4) {
      throw ProblemException.invalid("triwulan", "range", "triwulan must be 1, 2, 3 or 4 (omit it for the year)");
    }
    return triwulan;
  }

  static void page(int page, int size) {
    if (page < 0) {
      throw ProblemException.invalid("page", "min", "page must be 0 or more");
    }
    if (size < 1 || size > 500) {
      throw ProblemException.invalid("size", "range", "size must be between 1 and 500");
    }
  }
}
