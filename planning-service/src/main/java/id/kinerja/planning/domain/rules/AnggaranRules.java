package id.kinerja.planning.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.kinerja.planning.domain.PlanningMessages.CODE_LEVEL_MISMATCH;
import static id.kinerja.planning.domain.PlanningMessages.CODE_UNDER_PARENT_EXTENDS;
import static id.kinerja.planning.domain.PlanningMessages.CODE_UNDER_PARENT_PROGRAM;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_ANGGARAN;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_SUM_MISMATCH_PK;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_CHILDREN;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_LINE;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_PARTIAL;
import static id.kinerja.planning.domain.PlanningMessages.PARENT_LEVEL;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_PAGU;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_ANGGARAN_SASARAN;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_PARENT_LINE;

import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.dokumen.AnggaranDok;

/**
 * Budget lines of one PK as a tree keyed by SIPD code (docs/domain.md §1.1, §2.5): a kegiatan extends its program's code
 * by two segments, a sub kegiatan its kegiatan's by one. A line without children carries its own pagu; a parent's
 * pagu is the sum of its children, computed — a stated parent pagu must equal that sum.
 */
public final class AnggaranRules {

  private AnggaranRules() {
  }

  /** The code of the line one level up that {@code kode} extends, or null for a program. */
  public static String parentOf(String kode, AnggaranLevel level) {
    if (level == null || level == AnggaranLevel.PROGRAM) {
      return null;
    }
    String[] s = kode.split("\\.");
    int keep = level == AnggaranLevel.KEGIATAN ? AnggaranLevel.PROGRAM.segments() : AnggaranLevel.KEGIATAN.segments();
    return s.length <= keep ? null : String.join(".", java.util.Arrays.copyOf(s, keep));
  }

  /**
   * Validates the lines of one PK ({@code path} is the anggaran array). The lines are kept as stated: a parent's
   * pagu is computed where the plan is built ({@code RencanaBuilder}), over the lines of every PK of the year.
   */
  public static List<AnggaranDok> check(List<AnggaranDok> lines, String path, Set<String> sasaranKode, Violations v) {
    int before = v.list().size();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AnggaranDok a = lines.get(i);
      String at = Violations.at(path, i);
      if (index.putIfAbsent(a.kode(), i) != null) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_ANGGARAN, "kode", a.kode());
      }
      if (a.kode().split("\\.").length != a.level().segments()) {
        v.add(Violations.at(at, "kode"), CODE_LEVEL_MISMATCH, "level", a.level(), "segmen", a.level().segments(),
            "contoh", example(a.level()), "kode", a.kode(), "jumlah", a.kode().split("\\.").length);
      }
      if (a.sasaranKode() != null && !sasaranKode.contains(a.sasaranKode())) {
        v.add(Violations.at(at, "sasaranKode"), UNKNOWN_CODE_ANGGARAN_SASARAN, "kode", a.sasaranKode());
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AnggaranDok a = lines.get(i);
      String at = Violations.at(path, i);
      String expected = parentOf(a.kode(), a.level());
      if (a.parentKode() != null) {
        if (a.level() == AnggaranLevel.PROGRAM || !a.parentKode().equals(expected)) {
          if (a.level() == AnggaranLevel.PROGRAM) {
            v.add(Violations.at(at, "parentKode"), CODE_UNDER_PARENT_PROGRAM);
          } else {
            v.add(Violations.at(at, "parentKode"), CODE_UNDER_PARENT_EXTENDS, "kode", a.kode(), "induk", expected,
                "tertulis", a.parentKode());
          }
          continue;
        }
        if (!index.containsKey(a.parentKode())) {
          v.add(Violations.at(at, "parentKode"), UNKNOWN_CODE_PARENT_LINE, "kode", a.parentKode());
          continue;
        }
      }
      if (expected != null && index.containsKey(expected)) {
        AnggaranDok parent = lines.get(index.get(expected));
        if (parent.level().child() != a.level()) {
          v.add(Violations.at(at, "level"), PARENT_LEVEL, "kode", a.kode(), "level", a.level(), "induk", parent.kode(),
              "levelInduk", parent.level());
          continue;
        }
        children.computeIfAbsent(expected, k -> new ArrayList<>()).add(a.kode());
      }
    }
    if (v.list().size() > before) {
      return lines;
    }
    Map<String, AnggaranDok> computed = new HashMap<>();
    // deepest lines first, so that every child is computed before its parent
    List<AnggaranDok> order = new ArrayList<>(lines);
    order.sort(Comparator.comparingInt((AnggaranDok a) -> a.level().segments()).reversed());
    for (AnggaranDok a : order) {
      String at = Violations.at(path, index.get(a.kode()));
      List<String> kids = children.getOrDefault(a.kode(), List.of());
      computed.put(a.kode(), total(a, kids.stream().map(computed::get).toList(), at, v));
    }
    return lines;
  }

  /**
   * The line with its pagu: its own when it has no children, else the sum of the children; a stated pagu (or
   * paguTriwulan) that differs from what is computed is a violation naming the line.
   */
  static AnggaranDok total(AnggaranDok a, List<AnggaranDok> kids, String at, Violations v) {
    if (kids.isEmpty()) {
      if (a.pagu() == null) {
        v.add(Violations.at(at, "pagu"), REQUIRED_PAGU, "kode", a.kode());
        return a;
      }
      if (a.paguTriwulan() != null && sum(a.paguTriwulan()) != a.pagu()) {
        v.add(Violations.at(at, "paguTriwulan"), PAGU_TRIWULAN_SUM_LINE, "kode", a.kode(), "jumlah", sum(a.paguTriwulan()),
            "pagu", a.pagu());
      }
      return a;
    }
    long pagu = kids.stream().mapToLong(k -> k.pagu() == null ? 0 : k.pagu()).sum();
    if (a.pagu() != null && a.pagu() != pagu) {
      v.add(Violations.at(at, "pagu"), PAGU_SUM_MISMATCH_PK, "kode", a.kode(), "pagu", a.pagu(), "jumlah", pagu);
    }
    List<Long> tw = null;
    if (kids.stream().allMatch(k -> k.paguTriwulan() != null)) {
      tw = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
      for (AnggaranDok k : kids) {
        for (int q = 0; q < 4; q++) {
          tw.set(q, tw.get(q) + k.paguTriwulan().get(q));
        }
      }
      tw = List.copyOf(tw);
    }
    if (a.paguTriwulan() != null && !a.paguTriwulan().equals(tw)) {
      if (tw == null) {
        v.add(Violations.at(at, "paguTriwulan"), PAGU_TRIWULAN_SUM_PARTIAL, "kode", a.kode());
      } else {
        v.add(Violations.at(at, "paguTriwulan"), PAGU_TRIWULAN_SUM_CHILDREN, triwulan(a.kode(), tw));
      }
    }
    return a.withPagu(pagu, tw);
  }

  static long sum(List<Long> l) {
    return l.stream().mapToLong(Long::longValue).sum();
  }

  /** The arguments of a text about a line's four triwulan pagu: kode, tw1 … tw4 (Rupiah amounts). */
  public static Object[] triwulan(String kode, List<Long> tw) {
    return new Object[] { "kode", kode, "tw1", tw.get(0), "tw2", tw.get(1), "tw3", tw.get(2), "tw4", tw.get(3) };
  }

  private static String example(AnggaranLevel level) {
    return switch (level) {
      case PROGRAM -> "7.01.01";
      case KEGIATAN -> "7.01.01.2.01";
      case SUB_KEGIATAN -> "7.01.01.2.01.0001";
    };
  }
}
