package id.kinerja.reporting.domain.calc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sums per sasaran in force of one budget tree (docs/domain.md §2.5 "Alokasi per sasaran", §2.11): every line
 * without children adds its pagu and realisasi to its sasaran in force. A line with children that counts its own
 * realisasi in a triwulan adds it, as one reported cell, to the alokasi its lines without children belong to, in place
 * of their (unreported) cells in that triwulan — when they all belong to one; when they are allocated to several
 * sasaran its own realisasi belongs to none of them (each keeps the sub-lines' cells, unreported). Which alokasi exist
 * is decided by the plan alone (its lines without children), never by what was reported, so a figure as of TW n does
 * not depend on a later triwulan. Sasaran appear in the order the tree first reaches them; lines with no sasaran in
 * force are summed under the key "".
 */
public final class AnggaranAlokasi {

  private AnggaranAlokasi() {
  }

  /**
   * What the alokasi needs of one summed line.
   *
   * @param leaf the sum of a line without children (null for a line with children)
   * @param ownMask the triwulan (bit {@code 1 << tw}) in which a line with children counts its own realisasi
   *     ({@link AnggaranSum#ownTriwulan}); 0 for a leaf
   * @param own the line's own realisasi per triwulan (null for a leaf)
   */
  public record Line(AnggaranSum leaf, int ownMask, PerTriwulan<Long> own) {

    public static Line leaf(AnggaranSum sum) {
      return new Line(sum, 0, null);
    }

    public static Line parent(int ownMask, PerTriwulan<Long> own) {
      return new Line(null, ownMask, own);
    }
  }

  /** Adds the sums of every line of the trees under {@code roots} to {@code into}, by sasaran in force. */
  public static void collect(List<AnggaranNode> roots, Map<String, Line> lines, Map<String, AnggaranSum> into) {
    for (AnggaranNode root : roots) {
      collect(root, 0, lines, into);
    }
  }

  /** {@code claimed}: the triwulan in which a line above counts its own realisasi for this whole subtree. */
  private static void collect(AnggaranNode node, int claimed, Map<String, Line> lines, Map<String, AnggaranSum> into) {
    Line line = lines.get(node.kode());
    if (node.leaf()) {
      into.merge(key(node), line.leaf().without(claimed), AnggaranSum::plus);
      return;
    }
    int own = line == null ? 0 : line.ownMask();
    if (own != 0) {
      Set<String> below = new LinkedHashSet<>();
      leafKeys(node, below);
      if (below.size() == 1) {
        into.merge(below.iterator().next(), AnggaranSum.own(line.own(), own), AnggaranSum::plus);
      } else {
        own = 0; // allocated to several sasaran: its own realisasi belongs to none of them
      }
    }
    for (AnggaranNode child : node.children()) {
      collect(child, claimed | own, lines, into);
    }
  }

  private static String key(AnggaranNode node) {
    return node.sasaranKode() == null ? "" : node.sasaranKode();
  }

  /** The alokasi keys of the lines without children below {@code node}. */
  private static void leafKeys(AnggaranNode node, Set<String> into) {
    for (AnggaranNode child : node.children()) {
      if (child.leaf()) {
        into.add(key(child));
      } else {
        leafKeys(child, into);
      }
    }
  }
}
