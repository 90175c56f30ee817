package id.kinerja.reporting.rest;

import java.util.List;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;

/** Parsing of shared query parameters, each refusal naming the parameter and the rule. */
final class Params {

  // Anchored: Bean Validation matches the whole value anyway, and a JSON Schema pattern only does so when anchored.
  static final String KEC = "^\\d{2}\\.\\d{2}\\.\\d{2}$";
  static final String KAB = "^\\d{2}\\.\\d{2}$";

  // The bounds and value sets below are what the server enforces; the OpenAPI document states them from here.
  static final String TAHUN_MIN = "2000";
  static final String TAHUN_MAX = "2100";
  static final String TAHUN_DOC = "Year, 2000..2100";
  static final String TRIWULAN_DOC = "Triwulan 1..4; omit for the year";
  static final String TAMPILAN_DOC = "OFFICIAL (verified/approved realisasi only; default) or PROVISIONAL (submitted"
      + " too); case-insensitive";
  static final String PAGE_MAX = "2147483647";
  static final String SIZE_MAX = "500";
  /** Comma-separated sort keys, each optionally signed; blanks around keys and empty entries are allowed. */
  static final String SORT_KEY = "[+-]?(?:peringkat|overall|kumulatif|serapanKumulatif|serapan|efisiensi|dibawahTarget"
      + "|terlambat|kecamatan|nama)";
  static final String SORT_PATTERN = "^ *(?:" + SORT_KEY + ")? *(?:, *(?:" + SORT_KEY + ")? *)*$";
  /** "target" in any case, or a decimal with a point or comma (BigDecimal syntax). */
  static final String LAGGING_PATTERN = "^ *(?:[Tt][Aa][Rr][Gg][Ee][Tt]|[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)"
      + "(?:[eE][+-]?[0-9]+)?) *$";

  private Params() {
  }

  static Tampilan tampilan(String value) {
    try {
      return Tampilan.parse(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("tampilan", ReportingMessages.ONE_OF_PARAMETER, "pilihan",
          List.of("OFFICIAL", "PROVISIONAL"));
    }
  }

  static int tahun(int tahun) {
    if (tahun < Integer.parseInt(TAHUN_MIN) || tahun > Integer.parseInt(TAHUN_MAX)) {
      throw ProblemException.invalid("tahun", ReportingMessages.RANGE_PARAMETER, "min", Integer.parseInt(TAHUN_MIN),
          "max", Integer.parseInt(TAHUN_MAX));
    }
    return tahun;
  }

  /** triwulan 1..4; absent = the year (periode 0). */
  static int periode(Integer triwulan) {
    if (triwulan == null) {
      return 0;
    }
    if (triwulan < 1 || triwulan > 4) {
      throw ProblemException.invalid("triwulan", ReportingMessages.RANGE_TRIWULAN);
    }
    return triwulan;
  }

  static void page(int page, int size) {
    if (page < 0) {
      throw ProblemException.invalid("page", CommonMessages.MIN, "value", 0);
    }
    if (size < 1 || size > Integer.parseInt(SIZE_MAX)) {
      throw ProblemException.invalid("size", ReportingMessages.RANGE_PARAMETER, "min", 1, "max", Integer.parseInt(SIZE_MAX));
    }
  }

}
