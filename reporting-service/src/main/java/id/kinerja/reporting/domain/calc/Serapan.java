package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * Budget absorption of one line, one total or one sasaran, for one triwulan or cumulative (docs/domain.md §2.5, §2.9.5):
 * serapan = realisasi / pagu × 100 on the full annual pagu.
 *
 * @param status COMPUTED; NOT_REPORTED (nothing reported: "–", never 0); NOT_COMPUTABLE (pagu 0: "–", never 0 %);
 *     NOT_DUE (a triwulan after the report's)
 * @param pagu the annual pagu in force (Σ children for a parent)
 * @param realisasi Σ of the reported realisasi, or null when nothing was reported
 * @param persen serapan, unrounded, or null
 * @param sisa pagu − realisasi, or null when nothing was reported
 * @param sisaPersen sisa / pagu × 100, unrounded, or null
 * @param melebihiPagu realisasi above pagu at this level (computed here, never inherited from a child)
 * @param coverage reported (line, triwulan) cells of those expected
 */
public record Serapan(CapaianStatus status, long pagu, Long realisasi, BigDecimal persen, Long sisa, BigDecimal sisaPersen,
    boolean melebihiPagu, Coverage coverage) {

  /** Serapan of a single line and period: one expected cell. */
  public static Serapan of(long pagu, Long realisasi) {
    return of(pagu, realisasi, new Coverage(realisasi == null ? 0 : 1, 1));
  }

  /**
   * Serapan of a sum: {@code realisasi} is Σ of the reported cells (null when none), {@code pagu} the full annual pagu.
   */
  public static Serapan of(long pagu, Long realisasi, Coverage coverage) {
    CapaianStatus status = statusOf(pagu, realisasi);
    if (status == CapaianStatus.NOT_REPORTED) {
      return new Serapan(CapaianStatus.NOT_REPORTED, pagu, null, null, null, null, false, coverage);
    }
    long sisa = pagu - realisasi;
    boolean over = realisasi > pagu;
    if (status == CapaianStatus.NOT_COMPUTABLE) {
      return new Serapan(CapaianStatus.NOT_COMPUTABLE, pagu, realisasi, null, sisa, null, over, coverage);
    }
    BigDecimal persen = Calc.percent(realisasi, pagu);
    // sisa / pagu × 100 = 100 − serapan exactly; one division instead of two
    return new Serapan(CapaianStatus.COMPUTED, pagu, realisasi, persen, sisa, Calc.HUNDRED.subtract(persen), over,
        coverage);
  }

  /**
   * The status of a serapan of {@code realisasi} (null = nothing reported) against {@code pagu}: NOT_REPORTED without
   * realisasi, NOT_COMPUTABLE on a pagu of 0, else COMPUTED.
   */
  public static CapaianStatus statusOf(long pagu, Long realisasi) {
    if (realisasi == null) {
      return CapaianStatus.NOT_REPORTED;
    }
    return pagu == 0 ? CapaianStatus.NOT_COMPUTABLE : CapaianStatus.COMPUTED;
  }

  /** A triwulan after the report's triwulan. */
  public static Serapan notDue(long pagu) {
    return new Serapan(CapaianStatus.NOT_DUE, pagu, null, null, null, null, false, Coverage.NONE);
  }

  /**
   * Serapan s.d. TW {@code upto} from the per-TW serapan of one line, total or sasaran (Σ of the reported TW realisasi
   * over the annual pagu, coverages added). Equal to the cumulative serapan of a tree built as of {@code upto}, so a
   * caller can build the tree once as of TW IV and read every "s.d. TW n".
   *
   * @throws IllegalArgumentException when a triwulan up to {@code upto} is NOT_DUE (after the tree's triwulan)
   */
  public static Serapan cumulative(PerTriwulan<Serapan> triwulan, int upto) {
    PerTriwulan.checkTriwulan(upto);
    long pagu = triwulan.tw1().pagu();
    long sum = 0;
    int reported = 0;
    int expected = 0;
    for (int tw = 1; tw <= upto; tw++) {
      Serapan s = triwulan.get(tw);
      if (s.status() == CapaianStatus.NOT_DUE) {
        throw new IllegalArgumentException("TW " + tw + " is after the triwulan the figures were computed for");
      }
      if (s.realisasi() != null) {
        sum += s.realisasi();
      }
      reported += s.coverage().reported();
      expected += s.coverage().expected();
    }
    return of(pagu, reported == 0 ? null : sum, new Coverage(reported, expected));
  }

  /** Whether there is a percentage. */
  public boolean hasValue() {
    return persen != null;
  }

  /** The percentage rounded HALF_UP to 2 decimals, or null ("–"). */
  public BigDecimal display() {
    return persen == null ? null : Angka.round(persen);
  }
}
