package id.kinerja.reporting.domain.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * The budget of one kecamatan-year as of TW n (docs/domain.md §2.5, §2.9.5): program → kegiatan → sub kegiatan with serapan at
 * every level, per TW (TW realisasi / annual pagu) and cumulative, the total and the alokasi per sasaran.
 *
 * <p>Totals are Σ children, computed, never typed; a total % is Σ realisasi / Σ pagu, never a mean of percentages.
 * A parent in a TW sums the children that reported over its full annual pagu (a missing child is not 0; coverage
 * counts the reported (leaf, TW) cells). A parent without realisasi below it in a TW counts its own realisasi there, if
 * any (§2.11). Realisasi above pagu is flagged on the level where it is true.
 *
 * @param asOfTw the report's triwulan
 * @param roots lines without parent, in plan order
 * @param totalTriwulan serapan of all lines per TW
 * @param totalKumulatif serapan of all lines s.d. TW n
 * @param totalKumulatifTriwulan serapan of all lines s.d. each TW (NOT_DUE after TW n)
 * @param alokasi one entry per sasaran in order of first appearance (plus one with null kode for unallocated lines)
 * @param warnings unknown parents, realisasi of a parent ignored beside realisasi below it, planned parent pagu ≠ Σ
 *     children
 * @param index every node by kode
 */
public record AnggaranTree(int asOfTw, List<AnggaranNode> roots, PerTriwulan<Serapan> totalTriwulan, Serapan totalKumulatif,
    PerTriwulan<Serapan> totalKumulatifTriwulan, List<SasaranAlokasi> alokasi, List<Warning> warnings,
    Map<String, AnggaranNode> index) {

  /** The node of {@code kode}, or null. */
  public AnggaranNode node(String kode) {
    return index.get(kode);
  }

  /** Serapan of all lines s.d. TW {@code tw} (≤ {@code asOfTw}). */
  public Serapan totalKumulatif(int tw) {
    return Serapan.upTo(totalKumulatifTriwulan, tw);
  }

  /** The alokasi of {@code sasaranKode}, or null. */
  public SasaranAlokasi alokasi(String sasaranKode) {
    for (SasaranAlokasi a : alokasi) {
      if (a.sasaranKode() != null && a.sasaranKode().equals(sasaranKode)) {
        return a;
      }
    }
    return null;
  }

  /**
   * Builds and computes the tree.
   *
   * @param lines every budget line of the kecamatan-year (unique kode)
   * @param asOfTw the report's triwulan, 1..4; later triwulan are NOT_DUE and ignored
   * @throws IllegalArgumentException on duplicate codes or a parent cycle
   */
  public static AnggaranTree build(List<AnggaranLine> lines, int asOfTw) {
    PerTriwulan.checkTriwulan(asOfTw);
    Map<String, AnggaranLine> byKode = new HashMap<>(lines.size() * 2);
    for (AnggaranLine l : lines) {
      if (byKode.put(l.kode(), l) != null) {
        throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_LINE_TWICE, "kode", l.kode());
      }
    }
    List<Warning> warnings = new ArrayList<>();
    Map<String, List<AnggaranLine>> children = new HashMap<>();
    List<AnggaranLine> roots = new ArrayList<>();
    for (AnggaranLine l : lines) {
      if (l.parentKode() == null) {
        roots.add(l);
      } else if (!byKode.containsKey(l.parentKode())) {
        warnings.add(new Warning(Warning.UNKNOWN_PARENT, l.kode(),
            Message.of(ReportingMessages.WARNING_UNKNOWN_PARENT, "induk", l.parentKode())));
        roots.add(l);
      } else {
        children.computeIfAbsent(l.parentKode(), k -> new ArrayList<>()).add(l);
      }
    }
    Builder b = new Builder(asOfTw, children, warnings, lines.size());
    List<AnggaranNode> rootNodes = new ArrayList<>(roots.size());
    AnggaranSum total = AnggaranSum.NONE;
    for (AnggaranLine root : roots) {
      AnggaranSum[] sum = new AnggaranSum[1];
      rootNodes.add(b.node(root, null, sum, 0));
      total = total.plus(sum[0]);
    }
    if (b.index.size() != lines.size()) {
      throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_CYCLE);
    }
    AnggaranAlokasi.collect(rootNodes, b.summed, b.bySasaran);
    List<SasaranAlokasi> alokasi = new ArrayList<>(b.bySasaran.size());
    for (Map.Entry<String, AnggaranSum> e : b.bySasaran.entrySet()) {
      AnggaranSum a = e.getValue();
      alokasi.add(new SasaranAlokasi(e.getKey().isEmpty() ? null : e.getKey(), a.triwulanAsOf(asOfTw),
          a.kumulatif(asOfTw), a.kumulatifAsOf(asOfTw)));
    }
    return new AnggaranTree(asOfTw, List.copyOf(rootNodes), total.triwulanAsOf(asOfTw), total.kumulatif(asOfTw),
        total.kumulatifAsOf(asOfTw), List.copyOf(alokasi), List.copyOf(warnings), Collections.unmodifiableMap(b.index));
  }

  private static final class Builder {
    final int asOfTw;
    final Map<String, List<AnggaranLine>> children;
    final List<Warning> warnings;
    final Map<String, AnggaranNode> index;
    final Map<String, AnggaranSum> bySasaran = new LinkedHashMap<>();
    final Map<String, AnggaranAlokasi.Line> summed = new HashMap<>();
    /** The triwulan up to the report's (bit {@code 1 << tw}): a parent's own realisasi of a later one is not due. */
    final int due;
    final int max;

    Builder(int asOfTw, Map<String, List<AnggaranLine>> children, List<Warning> warnings, int size) {
      this.asOfTw = asOfTw;
      this.children = children;
      this.warnings = warnings;
      this.index = new LinkedHashMap<>(size * 2);
      this.max = size;
      this.due = (1 << (asOfTw + 1)) - 2;
    }

    AnggaranNode node(AnggaranLine line, String inheritedSasaran, AnggaranSum[] sum, int depth) {
      if (depth > max) {
        throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_CYCLE_AT, "kode", line.kode());
      }
      String sasaran = line.sasaranKode() != null ? line.sasaranKode() : inheritedSasaran;
      List<AnggaranLine> kids = children.getOrDefault(line.kode(), List.of());
      List<AnggaranNode> kidNodes;
      AnggaranSum acc;
      if (kids.isEmpty()) {
        kidNodes = List.of();
        acc = AnggaranSum.leaf(line.pagu(), line.realisasi()).asOf(asOfTw);
        summed.put(line.kode(), AnggaranAlokasi.Line.leaf(acc));
      } else {
        List<AnggaranNode> built = new ArrayList<>(kids.size());
        acc = AnggaranSum.NONE;
        for (AnggaranLine kid : kids) {
          AnggaranSum[] kidSum = new AnggaranSum[1];
          built.add(node(kid, sasaran, kidSum, depth + 1));
          acc = acc.plus(kidSum[0]);
        }
        kidNodes = List.copyOf(built);
        // Its own realisasi counts in a triwulan without any below it; beside realisasi below it, it is ignored (§2.11).
        int own = AnggaranSum.ownTriwulan(acc, line.realisasi()) & due;
        for (int tw = 1; tw <= asOfTw; tw++) {
          if (line.realisasi().get(tw) != null && (own & (1 << tw)) == 0) {
            warnings.add(new Warning(Warning.REALISASI_ON_PARENT_IGNORED, line.kode(),
                Message.of(ReportingMessages.WARNING_REALISASI_ON_PARENT_IGNORED)));
            break;
          }
        }
        long paguChildren = acc.pagu();
        acc = acc.withOwn(line.realisasi(), own);
        summed.put(line.kode(), AnggaranAlokasi.Line.parent(own, line.realisasi()));
        if (paguChildren != line.pagu()) {
          warnings.add(new Warning(Warning.PAGU_DIFFERS_FROM_CHILDREN, line.kode(),
              Message.of(ReportingMessages.WARNING_PAGU_DIFFERS_FROM_CHILDREN, "pagu", line.pagu(), "jumlah", paguChildren)));
        }
      }
      sum[0] = acc;
      AnggaranNode node = new AnggaranNode(line.kode(), line.nama(), line.level(), line.parentKode(), sasaran, acc.pagu(),
          line.pagu(), kidNodes, acc.triwulanAsOf(asOfTw), acc.kumulatif(asOfTw), acc.kumulatifAsOf(asOfTw));
      index.put(line.kode(), node);
      return node;
    }
  }
}
