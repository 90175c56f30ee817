package id.kinerja.realization.domain;

/** Budget rule of capture: realisasi above pagu is accepted but flagged (docs/domain.md §2.5), never silently. */
public final class Serapan {

  private Serapan() {
  }

  /**
   * @param sebelumnya realisasi of the line in the earlier triwulan of the year (current versions)
   * @param nilai      this triwulan's realisasi
   */
  public static boolean melebihiPagu(long pagu, long sebelumnya, long nilai) {
    return Math.addExact(sebelumnya, nilai) > pagu;
  }
}
