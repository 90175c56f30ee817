package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.reporting.domain.calc.AnggaranLine;
import id.kinerja.reporting.domain.calc.AnggaranNode;
import id.kinerja.reporting.domain.calc.AnggaranTree;
import id.kinerja.reporting.domain.calc.IndikatorRule;
import id.kinerja.reporting.domain.calc.IndikatorTargets;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Sasaran;

/**
 * A published plan made ready for the calculation, once per plan version (see {@link PlanCache}): every indicator's
 * rule and targets, the shape of the budget tree (built and checked by the engine's {@link AnggaranTree}: children,
 * leaves, the sasaran in force on each line, its parent), the sasaran that get figures, in the order they are shown,
 * and their weights. Immutable. Building it refuses a plan the engine cannot compute (e.g. a budget line given twice)
 * with the engine's own exception.
 */
public final class PlanModel {

  private final Rencana rencana;
  private final List<IndikatorRule> rules;
  private final List<IndikatorTargets> targets;
  private final Map<String, Integer> indikatorIndex;
  private final Map<String, Integer> anggaranIndex;
  private final Map<String, AnggaranNode> nodes;
  private final List<AnggaranNode> roots;
  private final Map<String, String> parentInTree;
  private final List<String> sasaranKode;
  private final Map<String, BigDecimal> bobot;

  private PlanModel(Rencana rencana) {
    this.rencana = rencana;
    List<IndikatorRule> r = new ArrayList<>(rencana.indikator().size());
    List<IndikatorTargets> t = new ArrayList<>(rencana.indikator().size());
    Map<String, Integer> ii = new HashMap<>();
    for (Indikator ind : rencana.indikator()) {
      r.add(FigureCalculator.rule(ind));
      t.add(FigureCalculator.targets(ind));
      ii.putIfAbsent(ind.kode(), ii.size());
    }
    this.rules = List.copyOf(r);
    this.targets = List.copyOf(t);
    this.indikatorIndex = Collections.unmodifiableMap(ii);

    // The engine's tree without realisasi: its structure checks, children in plan order and sasaran in force.
    List<AnggaranLine> lines = new ArrayList<>(rencana.anggaran().size());
    Map<String, Integer> ai = new HashMap<>();
    for (Anggaran a : rencana.anggaran()) {
      lines.add(new AnggaranLine(a.kode(), a.nama(), FigureCalculator.level(a.level()), a.parentKode(), a.pagu(),
          a.sasaranKode(), null));
      ai.putIfAbsent(a.kode(), ai.size());
    }
    AnggaranTree tree = AnggaranTree.build(lines, 4);
    this.anggaranIndex = Collections.unmodifiableMap(ai);
    this.nodes = tree.index();
    this.roots = tree.roots();
    Map<String, String> parent = new HashMap<>();
    for (AnggaranNode n : nodes.values()) {
      for (AnggaranNode c : n.children()) {
        parent.put(c.kode(), n.kode());
      }
    }
    this.parentInTree = Collections.unmodifiableMap(parent);

    this.sasaranKode = List.copyOf(sasaranOf(rencana));
    this.bobot = Collections.unmodifiableMap(bobotOf(rencana));
  }

  /** The sasaran that get figures: the plan's, then those only indicators name, in that order. */
  static List<String> sasaranOf(Rencana rencana) {
    List<String> sk = new ArrayList<>();
    for (Sasaran s : rencana.sasaran()) {
      sk.add(s.kode());
    }
    for (Indikator ind : rencana.indikator()) {
      if (ind.sasaranKode() != null && !sk.contains(ind.sasaranKode())) {
        sk.add(ind.sasaranKode());
      }
    }
    return sk;
  }

  /** The sasaran weights given in the plan, in plan order. */
  static Map<String, BigDecimal> bobotOf(Rencana rencana) {
    Map<String, BigDecimal> b = new LinkedHashMap<>();
    for (Sasaran s : rencana.sasaran()) {
      if (s.bobot() != null) {
        b.put(s.kode(), s.bobot());
      }
    }
    return b;
  }

  /** Prepares a plan; throws the engine's IllegalArgumentException (PlanNotComputable) for a plan it cannot compute. */
  public static PlanModel of(Rencana rencana) {
    return new PlanModel(rencana);
  }

  public Rencana rencana() {
    return rencana;
  }

  public List<Indikator> indikator() {
    return rencana.indikator();
  }

  public IndikatorRule rule(int i) {
    return rules.get(i);
  }

  public IndikatorTargets targets(int i) {
    return targets.get(i);
  }

  /** Position of an indicator in the plan, or -1 when the plan does not have it. */
  public int indikatorIndex(String kode) {
    Integer i = indikatorIndex.get(kode);
    return i == null ? -1 : i;
  }

  public List<Anggaran> anggaran() {
    return rencana.anggaran();
  }

  /** Position of a budget line in the plan, or -1 when the plan does not have it. */
  public int anggaranIndex(String kode) {
    Integer i = anggaranIndex.get(kode);
    return i == null ? -1 : i;
  }

  /** The line in the engine's tree (children in plan order, sasaran in force). */
  public AnggaranNode node(String kode) {
    return nodes.get(kode);
  }

  /** Lines without a parent in the tree (including lines whose parent the plan does not have), in plan order. */
  public List<AnggaranNode> roots() {
    return roots;
  }

  /** Whether realisasi of this line is counted (it has no children); false for a line the plan does not have. */
  public boolean isLeaf(String kode) {
    AnggaranNode n = nodes.get(kode);
    return n != null && n.leaf();
  }

  /** The parent of a line in the tree, or null for a root. */
  public String parentOf(String kode) {
    return parentInTree.get(kode);
  }

  /** The sasaran that get figures: the plan's, then those only indicators name, in that order. */
  public List<String> sasaranKode() {
    return sasaranKode;
  }

  /** Sasaran weights given in the plan (SASARAN overall mode). */
  public Map<String, BigDecimal> bobot() {
    return bobot;
  }
}
