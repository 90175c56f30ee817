package id.kinerja.reporting.domain.calc;

import java.util.Objects;

import id.kinerja.reporting.domain.ReportingMessages;

/**
 * One budget line of the plan copy (program, kegiatan, sub kegiatan) with its triwulan realisasi. The tree is built
 * from {@code parentKode}; realisasi is read only on lines without children (a line with children is the sum of
 * them).
 *
 * @param kode SIPD code (never a name or row number)
 * @param nama name, for display
 * @param level program / kegiatan / sub kegiatan
 * @param parentKode parent line, or null for a root
 * @param pagu annual pagu in force (Rupiah) as planned; for a line with children the engine uses Σ children
 * @param sasaranKode sasaran this line is allocated to, or null (inherits its parent's)
 * @param realisasi Rupiah spent in each triwulan; a null entry (or null for all four) = not reported, never 0
 */
public record AnggaranLine(String kode, String nama, AnggaranLevel level, String parentKode, long pagu, String sasaranKode,
    PerTriwulan<Long> realisasi) {

  private static final PerTriwulan<Long> NONE = new PerTriwulan<>(null, null, null, null);

  public AnggaranLine {
    Objects.requireNonNull(kode, "kode");
    if (pagu < 0) {
      throw new PlanNotComputable(ReportingMessages.PLAN_PAGU_NEGATIVE, "kode", kode);
    }
    if (realisasi == null) {
      realisasi = NONE;
    }
    for (int tw = 1; tw <= 4; tw++) {
      Long r = realisasi.get(tw);
      if (r != null && r < 0) {
        throw new PlanNotComputable(ReportingMessages.PLAN_REALISASI_NEGATIVE, "kode", kode, "triwulan", tw);
      }
    }
  }

  /** A line with the four triwulan realisasi (null = not reported). */
  public static AnggaranLine of(String kode, String parentKode, long pagu, String sasaranKode, Long tw1, Long tw2, Long tw3,
      Long tw4) {
    return new AnggaranLine(kode, kode, null, parentKode, pagu, sasaranKode, new PerTriwulan<>(tw1, tw2, tw3, tw4));
  }
}
