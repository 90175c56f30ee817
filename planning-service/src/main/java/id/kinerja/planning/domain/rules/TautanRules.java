package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.CYCLE_TAUTAN;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_LINK;
import static id.kinerja.planning.domain.PlanningMessages.LINK_KIND;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NULL_TAHUN_TAUTAN;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_SAME_KABUPATEN_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.PERIOD_OVERLAP_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_TAHUN_TAUTAN;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_NODE_DARI;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_NODE_KE;
import static id.kinerja.planning.domain.PlanningMessages.YEAR_OUTSIDE_PERIOD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.domain.dokumen.TautanDok.Dari;
import id.kinerja.planning.domain.dokumen.TautanDok.JenisDari;
import id.kinerja.planning.domain.dokumen.TautanDok.JenisKe;
import id.kinerja.planning.domain.dokumen.TautanDok.Tautan;

/**
 * The tautan kinerja of a kecamatan Renstra (issue #19; the contract in docs/planning/README.md "RPJMD and tautan
 * kinerja"). A link is refused when:
 * <ul>
 * <li>the RPJMD is not one of the kecamatan's kabupaten, or its period does not overlap the Renstra's;</li>
 * <li>its kinds are not an allowed pair: TUJUAN → RPJMD_SASARAN | RPJMD_TUJUAN; SASARAN → RPJMD_SASARAN | SASARAN;
 * PK_INDIKATOR → INDIKATOR | SASARAN; ANGGARAN → SASARAN;</li>
 * <li>tahun is missing on a PK_INDIKATOR or ANGGARAN node (or outside the Renstra period), or given on a TUJUAN or
 * SASARAN node;</li>
 * <li>its {@code dari} node is not in the Renstra (TUJUAN, SASARAN) or in a PK of that year (a PK's own indicator,
 * a budget line), or its {@code ke} node is not in the RPJMD (RPJMD_*) or in the same Renstra (SASARAN, INDIKATOR);</li>
 * <li>its {@code dari} node already links to the same level (RPJMD, or the Renstra): one parent per level;</li>
 * <li>it closes a cycle over SASARAN → SASARAN links and the RPJMD's parent sasaran (indukKode).</li>
 * </ul>
 * Nodes that link nowhere are not refused: they are the warning list {@code tanpaTautan} — Renstra tujuan and sasaran
 * without a link, PK own indicators without a link, budget lines with neither a link nor a sasaranKode (their own or
 * a parent line's).
 */
public final class TautanRules {

  private TautanRules() {
  }

  /** What the links are checked against: the kecamatan's Renstra and the PKs of each year of its period. */
  public record Rencana(String kabupatenKode, RenstraDok renstra, Map<Integer, List<PkDok>> pk) {
  }

  /** The RPJMD the links name, with its kabupaten; null when none has that kode. */
  public record Rpjmd(String kabupatenKode, RpjmdDok dok) {
  }

  /** The refusals (empty: the links are valid) and the nodes that link nowhere. */
  public record Hasil(List<FieldViolation> pelanggaran, List<Dari> tanpaTautan) {
  }

  public static Hasil check(TautanDok dok, Rencana rencana, Rpjmd rpjmd) {
    Violations v = new Violations();
    RenstraDok renstra = rencana.renstra();
    RpjmdDok r = rpjmd == null ? null : rpjmd.dok();
    if (dok.rpjmdKode() == null) {
      r = null; // nothing named yet (the warnings of a Renstra without links)
    } else if (r == null || !r.kode().equals(dok.rpjmdKode())) {
      v.add("rpjmdKode", UNKNOWN_CODE_RPJMD, "kode", dok.rpjmdKode(), "kabupaten", rencana.kabupatenKode());
      r = null;
    } else if (!rpjmd.kabupatenKode().equals(rencana.kabupatenKode())) {
      v.add("rpjmdKode", MUST_BE_SAME_KABUPATEN_RPJMD, "kode", dok.rpjmdKode(), "kabupaten", rencana.kabupatenKode());
      r = null;
    } else if (r.periodeAwal() > renstra.periodeAkhir() || r.periodeAkhir() < renstra.periodeAwal()) {
      v.add("rpjmdKode", PERIOD_OVERLAP_RPJMD, "kode", r.kode(), "awal", r.periodeAwal(), "akhir", r.periodeAkhir(),
          "renstraAwal", renstra.periodeAwal(), "renstraAkhir", renstra.periodeAkhir());
      r = null;
    }
    Nodes nodes = new Nodes(rencana);
    Set<String> rpjmdTujuan = new HashSet<>();
    Map<String, String> rpjmdInduk = new HashMap<>();
    if (r != null) {
      r.tujuan().forEach(t -> rpjmdTujuan.add(t.kode()));
      r.sasaran().forEach(s -> rpjmdInduk.put(s.kode(), s.indukKode()));
    }
    Set<String> levels = new HashSet<>();
    Set<String> linked = new HashSet<>();
    // SASARAN → SASARAN and SASARAN → RPJMD_SASARAN edges with the index of the link that made them
    Map<String, List<Object[]>> edges = new LinkedHashMap<>();
    List<Tautan> list = dok.tautan();
    for (int i = 0; i < list.size(); i++) {
      Tautan t = list.get(i);
      String at = "tautan[" + i + "]";
      Dari d = t.dari();
      if (!allowed(d.jenis(), t.ke().jenis())) {
        v.add(at + ".ke.jenis", LINK_KIND, "dari", d.jenis(), "ke", t.ke().jenis(), "boleh", allowedFor(d.jenis()));
        continue;
      }
      boolean perTahun = d.jenis() == JenisDari.PK_INDIKATOR || d.jenis() == JenisDari.ANGGARAN;
      if (perTahun && d.tahun() == null) {
        v.add(at + ".dari.tahun", REQUIRED_TAHUN_TAUTAN, "jenis", d.jenis());
        continue;
      }
      if (!perTahun && d.tahun() != null) {
        v.add(at + ".dari.tahun", MUST_BE_NULL_TAHUN_TAUTAN, "jenis", d.jenis());
        continue;
      }
      if (perTahun && (d.tahun() < renstra.periodeAwal() || d.tahun() > renstra.periodeAkhir())) {
        v.add(at + ".dari.tahun", YEAR_OUTSIDE_PERIOD, "tahun", d.tahun(), "awal", renstra.periodeAwal(), "akhir",
            renstra.periodeAkhir());
        continue;
      }
      boolean ok = true;
      if (!nodes.has(d)) {
        v.add(at + ".dari.kode", UNKNOWN_NODE_DARI, "jenis", d.jenis(), "kode", d.kode(), "tahun",
            d.tahun() == null ? "-" : d.tahun());
        ok = false;
      }
      boolean keAda = switch (t.ke().jenis()) {
        case RPJMD_TUJUAN -> rpjmdTujuan.contains(t.ke().kode());
        case RPJMD_SASARAN -> rpjmdInduk.containsKey(t.ke().kode());
        case SASARAN -> nodes.sasaran.contains(t.ke().kode());
        case INDIKATOR -> nodes.indikator.contains(t.ke().kode());
      };
      if (r == null && (t.ke().jenis() == JenisKe.RPJMD_TUJUAN || t.ke().jenis() == JenisKe.RPJMD_SASARAN)) {
        ok = false; // the RPJMD itself is refused above
      } else if (!keAda) {
        v.add(at + ".ke.kode", UNKNOWN_NODE_KE, "jenis", t.ke().jenis(), "kode", t.ke().kode());
        ok = false;
      }
      String key = key(d);
      String level = t.ke().jenis() == JenisKe.RPJMD_TUJUAN || t.ke().jenis() == JenisKe.RPJMD_SASARAN ? "RPJMD" : "RENSTRA";
      if (!levels.add(key + "→" + level)) {
        v.add(at + ".ke", DUPLICATE_LINK, "jenis", d.jenis(), "kode", d.kode(), "tingkat", level);
        ok = false;
      }
      linked.add(key);
      if (ok && d.jenis() == JenisDari.SASARAN) {
        String to = (t.ke().jenis() == JenisKe.SASARAN ? "R:" : "P:") + t.ke().kode();
        edges.computeIfAbsent("R:" + d.kode(), k -> new ArrayList<>()).add(new Object[] { to, i });
      }
    }
    rpjmdInduk.forEach((kode, induk) -> {
      if (induk != null) {
        edges.computeIfAbsent("P:" + kode, k -> new ArrayList<>()).add(new Object[] { "P:" + induk, -1 });
      }
    });
    cycles(edges, v);
    return new Hasil(v.list(), nodes.unlinked(linked));
  }

  /** Reports each link that closes a cycle (a walk from its target comes back to its source). */
  private static void cycles(Map<String, List<Object[]>> edges, Violations v) {
    List<Integer> closing = new ArrayList<>();
    edges.forEach((from, outs) -> {
      for (Object[] e : outs) {
        int index = (Integer) e[1];
        if (index >= 0 && reaches((String) e[0], from, edges)) {
          closing.add(index);
        }
      }
    });
    new LinkedHashSet<>(closing).stream().sorted().forEach(i -> v.add("tautan[" + i + "]", CYCLE_TAUTAN, "indeks", i));
  }

  private static boolean reaches(String start, String goal, Map<String, List<Object[]>> edges) {
    Set<String> seen = new HashSet<>();
    List<String> stack = new ArrayList<>(List.of(start));
    while (!stack.isEmpty()) {
      String at = stack.remove(stack.size() - 1);
      if (at.equals(goal)) {
        return true;
      }
      if (seen.add(at)) {
        edges.getOrDefault(at, List.of()).forEach(e -> stack.add((String) e[0]));
      }
    }
    return false;
  }

  public static boolean allowed(JenisDari dari, JenisKe ke) {
    return allowedFor(dari).contains(ke);
  }

  public static List<JenisKe> allowedFor(JenisDari dari) {
    return switch (dari) {
      case TUJUAN -> List.of(JenisKe.RPJMD_SASARAN, JenisKe.RPJMD_TUJUAN);
      case SASARAN -> List.of(JenisKe.RPJMD_SASARAN, JenisKe.SASARAN);
      case PK_INDIKATOR -> List.of(JenisKe.INDIKATOR, JenisKe.SASARAN);
      case ANGGARAN -> List.of(JenisKe.SASARAN);
    };
  }

  private static String key(Dari d) {
    return d.jenis() + "|" + d.kode() + "|" + d.tahun();
  }

  /** The nodes of the Renstra and of the PKs of each year, in the order the warnings list them. */
  private static final class Nodes {
    final Set<String> tujuan = new LinkedHashSet<>();
    final Set<String> sasaran = new LinkedHashSet<>();
    final Set<String> indikator = new HashSet<>();
    /** Per year: the PKs' own indicators. */
    final Map<Integer, Set<String>> pkIndikator = new TreeMap<>();
    /** Per year: the budget lines, true when one of them has a sasaranKode (its own or a parent line's). */
    final Map<Integer, Map<String, Boolean>> anggaran = new TreeMap<>();

    Nodes(Rencana rencana) {
      RenstraDok r = rencana.renstra();
      r.tujuan().forEach(t -> {
        tujuan.add(t.kode());
        t.indikator().forEach(i -> indikator.add(i.kode()));
      });
      r.sasaran().forEach(s -> {
        sasaran.add(s.kode());
        s.indikator().stream().map(IndikatorRenstraDok::kode).forEach(indikator::add);
      });
      new TreeMap<>(rencana.pk()).forEach((tahun, pks) -> {
        if (tahun < r.periodeAwal() || tahun > r.periodeAkhir()) {
          return;
        }
        Set<String> own = pkIndikator.computeIfAbsent(tahun, y -> new LinkedHashSet<>());
        Map<String, Boolean> lines = anggaran.computeIfAbsent(tahun, y -> new LinkedHashMap<>());
        for (PkDok pk : pks) {
          for (PkSasaranDok s : pk.sasaran()) {
            for (PkIndikatorDok i : s.indikator()) {
              if (i.indikator() != null) {
                own.add(i.indikator().kode());
              }
            }
          }
          Map<String, AnggaranDok> byKode = new HashMap<>();
          pk.anggaran().forEach(a -> byKode.put(a.kode(), a));
          for (AnggaranDok a : pk.anggaran()) {
            lines.merge(a.kode(), sasaranOf(a, byKode) != null, Boolean::logicalOr);
          }
        }
      });
    }

    private static String sasaranOf(AnggaranDok a, Map<String, AnggaranDok> byKode) {
      Set<String> seen = new HashSet<>();
      for (AnggaranDok at = a; at != null && seen.add(at.kode()); at = at.parentKode() == null ? null : byKode.get(at.parentKode())) {
        if (at.sasaranKode() != null) {
          return at.sasaranKode();
        }
      }
      return null;
    }

    boolean has(Dari d) {
      return switch (d.jenis()) {
        case TUJUAN -> tujuan.contains(d.kode());
        case SASARAN -> sasaran.contains(d.kode());
        case PK_INDIKATOR -> pkIndikator.getOrDefault(d.tahun(), Set.of()).contains(d.kode());
        case ANGGARAN -> anggaran.getOrDefault(d.tahun(), Map.of()).containsKey(d.kode());
      };
    }

    List<Dari> unlinked(Set<String> linked) {
      List<Dari> out = new ArrayList<>();
      tujuan.stream().map(k -> new Dari(JenisDari.TUJUAN, k, null)).filter(d -> !linked.contains(key(d))).forEach(out::add);
      sasaran.stream().map(k -> new Dari(JenisDari.SASARAN, k, null)).filter(d -> !linked.contains(key(d))).forEach(out::add);
      pkIndikator.forEach((tahun, kodes) -> kodes.stream().map(k -> new Dari(JenisDari.PK_INDIKATOR, k, tahun))
          .filter(d -> !linked.contains(key(d))).forEach(out::add));
      anggaran.forEach((tahun, lines) -> lines.forEach((k, hasSasaran) -> {
        Dari d = new Dari(JenisDari.ANGGARAN, k, tahun);
        if (!hasSasaran && !linked.contains(key(d))) {
          out.add(d);
        }
      }));
      return out;
    }
  }
}
