package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One triwulan realisasi cell of one indicator (docs/domain.md §2.2 "Missing ≠ zero"): NOT_DUE, NOT_REPORTED,
 * NOT_APPLICABLE, REPORTED with a value (0 included) or with components, or REPORTED as text for a TEXT target.
 * Only reported cells take part in aggregates and capaian; the others are never read as 0.
 */
public sealed interface Cell permits Cell.NotDue, Cell.NotReported, Cell.NotApplicable, Cell.Reported, Cell.ReportedText {

  /** Shared instance: no realisasi expected in this triwulan. */
  NotDue NOT_DUE = new NotDue();
  /** Shared instance: due, but no counted realisasi. */
  NotReported NOT_REPORTED = new NotReported();
  /** Shared instance: declared not applicable, without a reason. */
  NotApplicable NOT_APPLICABLE = new NotApplicable(null);

  /** A reported value (0 is a value). */
  static Reported value(BigDecimal nilai) {
    return new Reported(Objects.requireNonNull(nilai, "nilai"), null, null);
  }

  /** A reported value from its string form ("37.84"). */
  static Reported value(String nilai) {
    return value(new BigDecimal(nilai));
  }

  /** A value entered as components: pembilang / penyebut × 100, kept unrounded (E11: 12 / 36 → 33,333…). */
  static Reported components(BigDecimal pembilang, BigDecimal penyebut) {
    return new Reported(null, Objects.requireNonNull(pembilang, "pembilang"), Objects.requireNonNull(penyebut, "penyebut"));
  }

  /** A text realisasi with a manual capaian and its justification (TEXT targets). */
  static ReportedText text(String teks, BigDecimal capaianManual, String justifikasi) {
    return new ReportedText(teks, capaianManual, justifikasi);
  }

  /** Whether this cell is due (expected to be reported): NOT_REPORTED and the reported forms. */
  default boolean due() {
    return !(this instanceof NotDue) && !(this instanceof NotApplicable);
  }

  /** Whether this cell holds a realisasi. */
  default boolean reported() {
    return this instanceof Reported || this instanceof ReportedText;
  }

  /** No realisasi expected in this triwulan. */
  record NotDue() implements Cell {
  }

  /** Due but not reported (no counted version). Never 0, never 100 %. */
  record NotReported() implements Cell {
  }

  /** Declared not applicable for this triwulan, with an optional reason. */
  record NotApplicable(String alasan) implements Cell {
  }

  /**
   * A reported number. Either {@code nilai} alone, or {@code pembilang} and {@code penyebut}; with components
   * {@code nilai} is always pembilang / penyebut × 100 (DECIMAL128, unrounded), or null when penyebut is 0
   * (the cell is then reported but NOT_COMPUTABLE). A value given together with components is replaced by
   * the components' value.
   *
   * @param nilai the triwulan value, or the components' value
   * @param pembilang numerator, or null
   * @param penyebut denominator, or null
   */
  record Reported(BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut) implements Cell {
    public Reported {
      if ((pembilang == null) != (penyebut == null)) {
        throw new IllegalArgumentException("components need both pembilang and penyebut");
      }
      if (pembilang != null) {
        nilai = penyebut.signum() == 0 ? null : Calc.percent(pembilang, penyebut);
      } else if (nilai == null) {
        throw new IllegalArgumentException("a reported cell needs nilai or pembilang and penyebut");
      }
    }

    /** Whether the value came from components. */
    public boolean hasComponents() {
      return pembilang != null;
    }
  }

  /**
   * A text realisasi of a TEXT-target indicator, with the manual capaian and its justification (both may be null
   * while not yet assessed: capaian is then NOT_COMPUTABLE).
   */
  record ReportedText(String teks, BigDecimal capaianManual, String justifikasi) implements Cell {
    public ReportedText {
      if (capaianManual != null && (justifikasi == null || justifikasi.isBlank())) {
        throw new IllegalArgumentException("a manual capaian needs a justification");
      }
    }
  }
}
