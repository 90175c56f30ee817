package id.kinerja.planning.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.dokumen.AnggaranDok;

/**
 * Budget lines of one PK as a tree keyed by SIPD code (DOMAIN §1.1, §2.5): a kegiatan extends its program's code
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
        v.add(Violations.at(at, "kode"), "duplicate-code", "budget line " + a.kode() + " is listed twice");
      }
      if (a.kode().split("\\.").length != a.level().segments()) {
        v.add(Violations.at(at, "kode"), "code-level-mismatch", "a " + a.level() + " code has " + a.level().segments()
            + " segments (e.g. " + example(a.level()) + "); " + a.kode() + " has " + a.kode().split("\\.").length);
      }
      if (a.sasaranKode() != null && !sasaranKode.contains(a.sasaranKode())) {
        v.add(Violations.at(at, "sasaranKode"), "unknown-code", "sasaran " + a.sasaranKode() + " is not in the plan");
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AnggaranDok a = lines.get(i);
      String at = Violations.at(path, i);
      String expected = parentOf(a.kode(), a.level());
      if (a.parentKode() != null) {
        if (a.level() == AnggaranLevel.PROGRAM || !a.parentKode().equals(expected)) {
          v.add(Violations.at(at, "parentKode"), "code-under-parent", a.level() == AnggaranLevel.PROGRAM
              ? "a program has no parent line" : a.kode() + " extends " + expected + ", not " + a.parentKode());
          continue;
        }
        if (!index.containsKey(a.parentKode())) {
          v.add(Violations.at(at, "parentKode"), "unknown-code", "parent line " + a.parentKode() + " is not in this list");
          continue;
        }
      }
      if (expected != null && index.containsKey(expected)) {
        AnggaranDok parent = lines.get(index.get(expected));
        if (parent.level().child() != a.level()) {
          v.add(Violations.at(at, "level"), "parent-level", a.kode() + " is a " + a.level() + " under " + parent.kode()
              + ", a " + parent.level());
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
        v.add(Violations.at(at, "pagu"), "required", "line " + a.kode() + " has no sub-lines, so it needs its own pagu");
        return a;
      }
      if (a.paguTriwulan() != null && sum(a.paguTriwulan()) != a.pagu()) {
        v.add(Violations.at(at, "paguTriwulan"), "pagu-triwulan-sum", "the triwulan pagu of " + a.kode() + " sum to "
            + rupiah(sum(a.paguTriwulan())) + ", not its pagu " + rupiah(a.pagu()));
      }
      return a;
    }
    long pagu = kids.stream().mapToLong(k -> k.pagu() == null ? 0 : k.pagu()).sum();
    if (a.pagu() != null && a.pagu() != pagu) {
      v.add(Violations.at(at, "pagu"), "pagu-sum-mismatch", "line " + a.kode() + " states pagu " + rupiah(a.pagu())
          + " but its sub-lines sum to " + rupiah(pagu) + "; omit it or correct it");
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
      v.add(Violations.at(at, "paguTriwulan"), "pagu-triwulan-sum", tw == null
          ? "line " + a.kode() + " states triwulan pagu but not all its sub-lines do"
          : "the triwulan pagu of " + a.kode() + " must be the sums of its sub-lines, " + tw);
    }
    return a.withPagu(pagu, tw);
  }

  static long sum(List<Long> l) {
    return l.stream().mapToLong(Long::longValue).sum();
  }

  /** Rupiah as the reports print it: 1.990.713.900. */
  public static String rupiah(long v) {
    return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
  }

  private static String example(AnggaranLevel level) {
    return switch (level) {
      case PROGRAM -> "7.01.01";
      case KEGIATAN -> "7.01.01.2.01";
      case SUB_KEGIATAN -> "7.01.01.2.01.0001";
    };
  }
}
