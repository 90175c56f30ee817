package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * Budget absorption of one line, one total or one sasaran, for one triwulan or cumulative (docs/domain.md §2.5, §2.9.5):
 * serapan = realisasi / pagu × 100 on the full annual pagu, with how much of that pagu is behind the realisasi
 * (docs/domain.md §2.9.9): against the whole pagu, a serapan of lines that mostly did not report reads as if they spent
 * nothing.
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
 * @param paguDilaporkan Σ pagu of the leaf lines with a realisasi in the period (for s.d. TW n: in any of TW 1..n);
 *     null when not known (a sum across kecamatan), and for a triwulan not due
 */
public record Serapan(CapaianStatus status, long pagu, Long realisasi, BigDecimal persen, Long sisa, BigDecimal sisaPersen,
    boolean melebihiPagu, Coverage coverage, Long paguDilaporkan) {

  /** Serapan of a single line and period: one expected cell; its whole pagu is reported when its realisasi is. */
  public static Serapan of(long pagu, Long realisasi) {
    return of(pagu, realisasi, new Coverage(realisasi == null ? 0 : 1, 1), realisasi == null ? 0L : pagu);
  }

  /**
   * Serapan of a sum whose lines are not known ({@code paguDilaporkan} null): {@code realisasi} is Σ of the reported
   * cells (null when none), {@code pagu} the full annual pagu.
   */
  public static Serapan of(long pagu, Long realisasi, Coverage coverage) {
    return of(pagu, realisasi, coverage, null);
  }

  /**
   * Serapan of a sum: {@code realisasi} is Σ of the reported cells (null when none), {@code pagu} the full annual pagu,
   * {@code paguDilaporkan} Σ pagu of the leaf lines behind the realisasi (null = not known).
   */
  public static Serapan of(long pagu, Long realisasi, Coverage coverage, Long paguDilaporkan) {
    CapaianStatus status = statusOf(pagu, realisasi);
    if (status == CapaianStatus.NOT_REPORTED) {
      return new Serapan(CapaianStatus.NOT_REPORTED, pagu, null, null, null, null, false, coverage,
          paguDilaporkan == null ? null : 0L);
    }
    long sisa = pagu - realisasi;
    boolean over = realisasi > pagu;
    if (status == CapaianStatus.NOT_COMPUTABLE) {
      return new Serapan(CapaianStatus.NOT_COMPUTABLE, pagu, realisasi, null, sisa, null, over, coverage,
          paguDilaporkan);
    }
    BigDecimal persen = Calc.percent(realisasi, pagu);
    // sisa / pagu × 100 = 100 − serapan exactly; one division instead of two
    return new Serapan(CapaianStatus.COMPUTED, pagu, realisasi, persen, sisa, Calc.HUNDRED.subtract(persen), over,
        coverage, paguDilaporkan);
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
    return new Serapan(CapaianStatus.NOT_DUE, pagu, null, null, null, null, false, Coverage.NONE, null);
  }

  /**
   * Serapan s.d. TW {@code tw} from the serapan s.d. each TW of a line, total or sasaran.
   *
   * @throws IllegalArgumentException when TW {@code tw} is after the triwulan the figures were computed for
   */
  static Serapan upTo(PerTriwulan<Serapan> kumulatifTriwulan, int tw) {
    Serapan s = kumulatifTriwulan.get(tw);
    if (s.status() == CapaianStatus.NOT_DUE) {
      throw new IllegalArgumentException("TW " + tw + " is after the triwulan the figures were computed for");
    }
    return s;
  }

  /** Whether there is a percentage. */
  public boolean hasValue() {
    return persen != null;
  }

  /** The percentage rounded HALF_UP to 2 decimals, or null ("–"). */
  public BigDecimal display() {
    return persen == null ? null : Angka.round(persen);
  }

  /**
   * The share of the pagu with a reported realisasi, paguDilaporkan / pagu × 100, unrounded; null when not known or
   * the pagu is 0 (docs/domain.md §2.9.9).
   */
  public BigDecimal cakupanPagu() {
    return paguDilaporkan == null || pagu == 0 ? null : Coverage.paguPercent(paguDilaporkan, pagu);
  }

  /**
   * Whether the whole pagu is reported: every leaf line with a pagu has a realisasi in the period (docs/domain.md
   * §2.9.9). False when not known: a figure that rests on this serapan is then not computed.
   */
  public boolean paguLengkap() {
    return paguDilaporkan != null && paguDilaporkan >= pagu;
  }
}
