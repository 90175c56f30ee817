package id.kinerja.reporting.domain.calc;

import java.util.List;

/**
 * One line of a computed {@link AnggaranTree}.
 *
 * @param kode SIPD code
 * @param nama name
 * @param level level
 * @param parentKode parent, or null
 * @param sasaranKode the sasaran in force for this line: its own, else inherited from the nearest ancestor, or null
 * @param pagu pagu used: as planned for a leaf, Σ children for a parent
 * @param paguTercatat pagu as planned (differs from {@code pagu} when a parent's planned pagu ≠ Σ children)
 * @param children children in plan order (empty for a leaf)
 * @param triwulan serapan of each TW: TW realisasi / annual pagu (NOT_DUE after the report's TW)
 * @param kumulatif serapan s.d. the report's TW
 * @param kumulatifTriwulan serapan s.d. each TW (NOT_DUE after the report's TW)
 */
public record AnggaranNode(String kode, String nama, AnggaranLevel level, String parentKode, String sasaranKode, long pagu,
    long paguTercatat, List<AnggaranNode> children, PerTriwulan<Serapan> triwulan, Serapan kumulatif,
    PerTriwulan<Serapan> kumulatifTriwulan) {

  /**
   * Serapan s.d. TW {@code tw} (≤ the tree's triwulan).
   *
   * @throws IllegalArgumentException for a triwulan after the tree's
   */
  public Serapan kumulatif(int tw) {
    return Serapan.upTo(kumulatifTriwulan, tw);
  }

  /** Whether this line has no children (realisasi is entered here). */
  public boolean leaf() {
    return children.isEmpty();
  }
}
