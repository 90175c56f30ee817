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
 * The budget of one kecamatan-year as of TW n (DOMAIN §2.5, §2.9.5): program → kegiatan → sub kegiatan with serapan at
 * every level, per TW (TW realisasi / annual pagu) and cumulative, the total and the alokasi per sasaran.
 *
 * <p>Totals are Σ children, computed, never typed; a total % is Σ realisasi / Σ pagu, never a mean of percentages.
 * A parent in a TW sums the children that reported over its full annual pagu (a missing child is not 0; coverage
 * counts the reported (leaf, TW) cells). Realisasi above pagu is flagged on the level where it is true.
 *
 * @param asOfTw the report's triwulan
 * @param roots lines without parent, in plan order
 * @param totalTriwulan serapan of all lines per TW
 * @param totalKumulatif serapan of all lines s.d. TW n
 * @param alokasi one entry per sasaran in order of first appearance (plus one with null kode for unallocated lines)
 * @param warnings unknown parents, realisasi entered on a parent (ignored), planned parent pagu ≠ Σ children
 * @param index every node by kode
 */
public record BudgetTree(int asOfTw, List<BudgetNode> roots, PerTriwulan<Serapan> totalTriwulan, Serapan totalKumulatif,
    List<SasaranAlokasi> alokasi, List<Warning> warnings, Map<String, BudgetNode> index) {

  /** The node of {@code kode}, or null. */
  public BudgetNode node(String kode) {
    return index.get(kode);
  }

  /** Serapan of all lines s.d. TW {@code tw} (≤ {@code asOfTw}), from the per-TW totals. */
  public Serapan totalKumulatif(int tw) {
    return Serapan.cumulative(totalTriwulan, tw);
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
  public static BudgetTree build(List<BudgetLine> lines, int asOfTw) {
    PerTriwulan.checkTriwulan(asOfTw);
    Map<String, BudgetLine> byKode = new HashMap<>(lines.size() * 2);
    for (BudgetLine l : lines) {
      if (byKode.put(l.kode(), l) != null) {
        throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_LINE_TWICE, "kode", l.kode());
      }
    }
    List<Warning> warnings = new ArrayList<>();
    Map<String, List<BudgetLine>> children = new HashMap<>();
    List<BudgetLine> roots = new ArrayList<>();
    for (BudgetLine l : lines) {
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
    List<BudgetNode> rootNodes = new ArrayList<>(roots.size());
    BudgetSum total = BudgetSum.NONE;
    for (BudgetLine root : roots) {
      BudgetSum[] sum = new BudgetSum[1];
      rootNodes.add(b.node(root, null, sum, 0));
      total = total.plus(sum[0]);
    }
    if (b.index.size() != lines.size()) {
      throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_CYCLE);
    }
    List<SasaranAlokasi> alokasi = new ArrayList<>(b.bySasaran.size());
    for (Map.Entry<String, BudgetSum> e : b.bySasaran.entrySet()) {
      BudgetSum a = e.getValue();
      alokasi.add(new SasaranAlokasi(e.getKey().isEmpty() ? null : e.getKey(), a.triwulanAsOf(asOfTw),
          a.kumulatif(asOfTw)));
    }
    return new BudgetTree(asOfTw, List.copyOf(rootNodes), total.triwulanAsOf(asOfTw), total.kumulatif(asOfTw),
        List.copyOf(alokasi), List.copyOf(warnings), Collections.unmodifiableMap(b.index));
  }

  private static final class Builder {
    final int asOfTw;
    final Map<String, List<BudgetLine>> children;
    final List<Warning> warnings;
    final Map<String, BudgetNode> index;
    final Map<String, BudgetSum> bySasaran = new LinkedHashMap<>();
    final int max;

    Builder(int asOfTw, Map<String, List<BudgetLine>> children, List<Warning> warnings, int size) {
      this.asOfTw = asOfTw;
      this.children = children;
      this.warnings = warnings;
      this.index = new LinkedHashMap<>(size * 2);
      this.max = size;
    }

    BudgetNode node(BudgetLine line, String inheritedSasaran, BudgetSum[] sum, int depth) {
      if (depth > max) {
        throw new PlanNotComputable(ReportingMessages.PLAN_BUDGET_CYCLE_AT, "kode", line.kode());
      }
      String sasaran = line.sasaranKode() != null ? line.sasaranKode() : inheritedSasaran;
      List<BudgetLine> kids = children.getOrDefault(line.kode(), List.of());
      List<BudgetNode> kidNodes;
      BudgetSum acc;
      if (kids.isEmpty()) {
        kidNodes = List.of();
        acc = BudgetSum.leaf(line.pagu(), line.realisasi()).asOf(asOfTw);
        bySasaran.merge(sasaran == null ? "" : sasaran, acc, BudgetSum::plus);
      } else {
        List<BudgetNode> built = new ArrayList<>(kids.size());
        acc = BudgetSum.NONE;
        for (BudgetLine kid : kids) {
          BudgetSum[] kidSum = new BudgetSum[1];
          built.add(node(kid, sasaran, kidSum, depth + 1));
          acc = acc.plus(kidSum[0]);
        }
        kidNodes = List.copyOf(built);
        for (int tw = 1; tw <= 4; tw++) {
          if (line.realisasi().get(tw) != null) {
            warnings.add(new Warning(Warning.REALISASI_ON_PARENT_IGNORED, line.kode(),
                Message.of(ReportingMessages.WARNING_REALISASI_ON_PARENT_IGNORED)));
            break;
          }
        }
        if (acc.pagu() != line.pagu()) {
          warnings.add(new Warning(Warning.PAGU_DIFFERS_FROM_CHILDREN, line.kode(),
              Message.of(ReportingMessages.WARNING_PAGU_DIFFERS_FROM_CHILDREN, "pagu", line.pagu(), "jumlah", acc.pagu())));
        }
      }
      sum[0] = acc;
      BudgetNode node = new BudgetNode(line.kode(), line.nama(), line.level(), line.parentKode(), sasaran, acc.pagu(),
          line.pagu(), kidNodes, acc.triwulanAsOf(asOfTw), acc.kumulatif(asOfTw));
      index.put(line.kode(), node);
      return node;
    }
  }
}
