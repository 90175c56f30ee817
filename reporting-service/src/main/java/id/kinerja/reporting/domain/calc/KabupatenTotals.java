package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The running totals of one kabupaten-year, periode and view over the summaries of its kecamatan: everything the
 * kabupaten aggregate is formed from, so that a changed kecamatan summary updates it by its difference instead of a
 * rescan of every kecamatan of the kabupaten. Sums are exact (BigDecimal and long), so adding and taking away in any
 * order ends where summing the current summaries from scratch ends; the capaian sum is kept without trailing zeros
 * so that both roads also end in the same representation (the stored figures of a rebuild are compared byte for
 * byte).
 *
 * @param ringkasan kecamatan summaries counted
 * @param capaianDilaporkan of them, those with an overall capaian
 * @param capaianJumlah Σ of those capaian (score basis, unrounded), trailing zeros stripped
 * @param pagu Σ pagu
 * @param realisasi Σ realisasi s.d. the periode of the summaries that have one
 * @param realisasiDilaporkan summaries with a realisasi
 * @param asOf the latest as-of of the summaries; null when none has one or when {@code asOfLost}
 * @param asOfLost a summary holding the latest as-of was taken away: the maximum of the others is not known here
 *     and must be read again from the summaries
 */
public record KabupatenTotals(int ringkasan, int capaianDilaporkan, BigDecimal capaianJumlah, long pagu, long realisasi,
    int realisasiDilaporkan, Instant asOf, boolean asOfLost) {

  public static final KabupatenTotals EMPTY = new KabupatenTotals(0, 0, BigDecimal.ZERO, 0, 0, 0, null, false);

  public KabupatenTotals {
    if (ringkasan < 0 || capaianDilaporkan < 0 || realisasiDilaporkan < 0 || capaianDilaporkan > ringkasan
        || realisasiDilaporkan > ringkasan) {
      throw new IllegalArgumentException("counts out of range: " + ringkasan + "/" + capaianDilaporkan + "/"
          + realisasiDilaporkan);
    }
    capaianJumlah = canonical(capaianJumlah);
  }

  /** The totals with one kecamatan summary added. */
  public KabupatenTotals plus(BigDecimal capaian, long summaryPagu, Long realisasiKumulatif, Instant summaryAsOf) {
    return new KabupatenTotals(ringkasan + 1, capaianDilaporkan + (capaian == null ? 0 : 1),
        capaian == null ? capaianJumlah : capaianJumlah.add(capaian), pagu + summaryPagu,
        realisasi + (realisasiKumulatif == null ? 0 : realisasiKumulatif),
        realisasiDilaporkan + (realisasiKumulatif == null ? 0 : 1), asOfLost ? null : later(asOf, summaryAsOf),
        asOfLost);
  }

  /** The totals with one kecamatan summary, counted before, taken away. */
  public KabupatenTotals minus(BigDecimal capaian, long summaryPagu, Long realisasiKumulatif, Instant summaryAsOf) {
    boolean lost = asOfLost || (summaryAsOf != null && summaryAsOf.equals(asOf));
    return new KabupatenTotals(ringkasan - 1, capaianDilaporkan - (capaian == null ? 0 : 1),
        capaian == null ? capaianJumlah : capaianJumlah.subtract(capaian), pagu - summaryPagu,
        realisasi - (realisasiKumulatif == null ? 0 : realisasiKumulatif),
        realisasiDilaporkan - (realisasiKumulatif == null ? 0 : 1), lost ? null : asOf, lost);
  }

  /** The same totals with the latest as-of read again from the summaries. */
  public KabupatenTotals withAsOf(Instant latest) {
    return new KabupatenTotals(ringkasan, capaianDilaporkan, capaianJumlah, pagu, realisasi, realisasiDilaporkan,
        latest, false);
  }

  /**
   * The mean of kecamatan overall capaian: every kecamatan of the kabupaten is expected to have one
   * ({@code kecamatanJumlah}, at least the summaries counted); those without (no plan, nothing reported) count in the
   * coverage, never as 0.
   */
  public Mean mean(int kecamatanJumlah) {
    int expected = Math.max(kecamatanJumlah, ringkasan);
    return RollUp.meanOfSum(capaianJumlah, capaianDilaporkan, expected, expected - capaianDilaporkan,
        CapaianBasis.SCORE);
  }

  /** Serapan as a ratio of sums; not reported while no summary has a realisasi. */
  public Serapan serapan() {
    return Serapan.of(pagu, realisasiDilaporkan == 0 ? null : realisasi, new Coverage(realisasiDilaporkan, ringkasan));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }

  /** Without trailing zeros and never with a negative scale (100, not 1E+2). */
  static BigDecimal canonical(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
