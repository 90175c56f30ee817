package id.kinerja.reporting.domain.calc;

/**
 * Alokasi per sasaran (docs/domain.md §2.5): Σ of the leaf lines whose sasaran in force is this one (explicit mapping via the
 * lines' sasaranKode, inherited down the tree; never by name).
 *
 * @param sasaranKode sasaran, or null for lines allocated to none
 * @param triwulan serapan per TW
 * @param kumulatif serapan s.d. the report's TW
 * @param kumulatifTriwulan serapan s.d. each TW (NOT_DUE after the report's TW)
 */
public record SasaranAlokasi(String sasaranKode, PerTriwulan<Serapan> triwulan, Serapan kumulatif,
    PerTriwulan<Serapan> kumulatifTriwulan) {

  /** Serapan s.d. TW {@code tw} (≤ the tree's triwulan). */
  public Serapan kumulatif(int tw) {
    return Serapan.upTo(kumulatifTriwulan, tw);
  }
}
