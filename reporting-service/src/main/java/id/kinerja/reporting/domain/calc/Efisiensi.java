package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;

/**
 * Efisiensi (docs/domain.md §2.5, [P] Tabel 3.17): by default % capaian kinerja − % serapan anggaran in percentage points,
 * from raw (unrounded, uncapped) values (E4: 123,75 − 73,450898… = 50,30). The formula is configurable and printed
 * as {@link #label()}. Only on what was reported (docs/domain.md §2.9.9): a serapan whose pagu is not wholly reported
 * (some line with a pagu has no realisasi in the period) gives no efisiensi (NOT_REPORTED), never one computed from a
 * serapan that reads the unreported lines as spending nothing.
 *
 * @param status COMPUTED, or the status of the missing input (NOT_REPORTED, NOT_COMPUTABLE, …)
 * @param nilai the efisiensi, unrounded, or null
 * @param formula formula used
 * @param capaian the capaianRaw used, or null
 * @param serapan the serapan % used, or null
 */
public record Efisiensi(CapaianStatus status, BigDecimal nilai, EfisiensiFormula formula, BigDecimal capaian,
    BigDecimal serapan) {

  /** Efisiensi of a capaian (its raw value) against a serapan; none unless the serapan's pagu is wholly reported. */
  public static Efisiensi of(CapaianResult capaian, Serapan serapan, EfisiensiFormula formula) {
    if (!capaian.hasValue()) {
      return new Efisiensi(capaian.status(), null, formula, null, serapan.persen());
    }
    if (!serapan.hasValue()) {
      return new Efisiensi(serapan.status(), null, formula, capaian.raw(), null);
    }
    if (!serapan.paguLengkap()) {
      return new Efisiensi(CapaianStatus.NOT_REPORTED, null, formula, capaian.raw(), serapan.persen());
    }
    return of(capaian.raw(), serapan.persen(), formula);
  }

  /**
   * Efisiensi of a sasaran or kecamatan mean against its serapan (use a RAW mean: efisiensi is from raw values); none
   * unless the serapan's pagu is wholly reported.
   */
  public static Efisiensi of(Mean capaian, Serapan serapan, EfisiensiFormula formula) {
    if (capaian.hasValue() && serapan.hasValue() && !serapan.paguLengkap()) {
      return new Efisiensi(CapaianStatus.NOT_REPORTED, null, formula, capaian.nilai(), serapan.persen());
    }
    return of(capaian, serapan.status(), serapan.persen(), formula);
  }

  /**
   * Efisiensi of a sasaran or kecamatan mean against a serapan given by its status and percentage (as stored: null
   * when it has none), whose pagu the caller knows to be wholly reported.
   */
  public static Efisiensi of(Mean capaian, CapaianStatus serapanStatus, BigDecimal serapanPersen,
      EfisiensiFormula formula) {
    if (!capaian.hasValue()) {
      return new Efisiensi(capaian.status(), null, formula, null, serapanPersen);
    }
    if (serapanPersen == null) {
      return new Efisiensi(serapanStatus, null, formula, capaian.nilai(), null);
    }
    return of(capaian.nilai(), serapanPersen, formula);
  }

  /** Efisiensi of two raw percentages. */
  public static Efisiensi of(BigDecimal capaianRaw, BigDecimal serapanPersen, EfisiensiFormula formula) {
    if (capaianRaw == null || serapanPersen == null) {
      return new Efisiensi(CapaianStatus.NOT_REPORTED, null, formula, capaianRaw, serapanPersen);
    }
    BigDecimal v;
    if (formula == EfisiensiFormula.CAPAIAN_MINUS_SERAPAN) {
      v = capaianRaw.subtract(serapanPersen);
    } else {
      if (serapanPersen.signum() == 0) {
        return new Efisiensi(CapaianStatus.NOT_COMPUTABLE, null, formula, capaianRaw, serapanPersen);
      }
      v = Calc.percent(capaianRaw, serapanPersen);
    }
    return new Efisiensi(CapaianStatus.COMPUTED, v, formula, capaianRaw, serapanPersen);
  }

  /** The formula's label, printed beside the figure. */
  public Message label() {
    return formula.label();
  }

  /** The value rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal display() {
    return nilai == null ? null : Angka.round(nilai);
  }
}
