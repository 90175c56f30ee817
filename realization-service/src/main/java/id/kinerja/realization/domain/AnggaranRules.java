package id.kinerja.realization.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where a budget line's realisasi is entered (docs/domain.md §2.11): on a line without children, or on a line with
 * children whose sub-lines are not itemised — but a line carries its realisasi itself or through the lines below it,
 * never both, in a year. So a line may not take realisasi while a line above or below it has any in that year.
 */
public final class AnggaranRules {

  private AnggaranRules() {
  }

  /**
   * Whether {@code atas} is above {@code bawah} in the plan's budget tree: an ancestor by parent, or by code (an SIPD
   * code extends its parent's: 7.01.01 → 7.01.01.2.01 → 7.01.01.2.01.0001), as the plan copy decides which lines have
   * children.
   */
  public static boolean above(Map<String, AnggaranDef> lines, String atas, String bawah) {
    if (atas.equals(bawah) || jenisBelanja(lines, atas) || jenisBelanja(lines, bawah)) {
      return false; // the budget by jenis belanja is a view of its own, beside the program tree (§2.12)
    }
    if (bawah.startsWith(atas + ".")) {
      return true;
    }
    AnggaranDef d = lines.get(bawah);
    // bounded: a cycle in the copied parents (planning refuses them) cannot loop here
    for (int step = 0; d != null && d.parentKode() != null && step <= lines.size(); step++) {
      if (d.parentKode().equals(atas)) {
        return true;
      }
      d = lines.get(d.parentKode());
    }
    return false;
  }

  private static boolean jenisBelanja(Map<String, AnggaranDef> lines, String kode) {
    AnggaranDef d = lines.get(kode);
    return d != null && d.jenisBelanja();
  }

  /** A line above or below {@code kode} that already carries realisasi, and which of the two it is. */
  public record Overlap(String kode, boolean above) {
  }

  /**
   * The first line of {@code withRealisasi} (in its order) above or below {@code kode}: entering realisasi on
   * {@code kode} would put realisasi on two levels of one branch. Empty when there is none.
   */
  public static Optional<Overlap> overlap(Map<String, AnggaranDef> lines, String kode, Collection<String> withRealisasi) {
    for (String other : withRealisasi) {
      if (above(lines, other, kode)) {
        return Optional.of(new Overlap(other, true));
      }
      if (above(lines, kode, other)) {
        return Optional.of(new Overlap(other, false));
      }
    }
    return Optional.empty();
  }
}
