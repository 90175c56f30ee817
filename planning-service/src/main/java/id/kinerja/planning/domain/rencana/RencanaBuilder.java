package id.kinerja.planning.domain.rencana;

import static id.kinerja.planning.domain.PlanningMessages.BELANJA_IS_ANGGARAN;
import static id.kinerja.planning.domain.PlanningMessages.CONFLICTING_LINE_LEVEL;
import static id.kinerja.planning.domain.PlanningMessages.CONFLICTING_LINE_PAGU;
import static id.kinerja.planning.domain.PlanningMessages.CONFLICTING_LINE_PAGU_TRIWULAN;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_INDIKATOR_OTHER_PK;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_SASARAN_OTHER_PK;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_SUM_MISMATCH_YEAR;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_YEAR;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_YEAR_PARTIAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.Peran;
import id.kinerja.planning.domain.SasaranLevel;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BelanjaDok;
import id.kinerja.planning.domain.dokumen.IndikatorRuleDok;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TujuanDok;
import id.kinerja.planning.domain.rules.AnggaranRules;
import id.kinerja.planning.domain.rules.RenstraIndex;
import id.kinerja.planning.domain.rules.Violations;

/**
 * Builds the plan of one kecamatan and year in force (docs/planning/README.md, "The published plan"):
 * <ul>
 * <li>PKs in force: of each official, the newest ditetapkan version of the year;</li>
 * <li>indicators: every Renstra indicator with its target for the year, replaced — target, triwulan targets,
 * sasaran and the rules fixed at penetapan — by the PK in force that holds it; then the PKs' own indicators;</li>
 * <li>budget: the union of the PKs' lines, one code = one line; a line with children has pagu = Σ children;</li>
 * <li>budget by jenis belanja: the union of the PKs' belanja lines, a view of its own (docs/domain.md §2.12);</li>
 * <li>every ditetapkan version of the year, so that superseded ones stay readable.</li>
 * </ul>
 * Conflicts between PKs are violations naming the PK line: an indicator or own sasaran in two officials' PKs
 * (duplicate-code), one line with different levels or pagu (conflicting-line), a stated pagu that differs from the
 * sum of the line's children across the PKs (pagu-sum-mismatch).
 */
public final class RencanaBuilder {

  /** A ditetapkan PK version: its id, the JSON path used in violations, the official's key, content and penetapan. */
  public record PkMasuk(String id, String path, String pihakKunci, PkDok pk, Penetapan penetapan) {
  }

  public record Result(RencanaKinerja rencana, List<id.kinerja.common.problem.FieldViolation> violations) {
  }

  private RencanaBuilder() {
  }

  public static Result build(String kabupatenKode, String kecamatanKode, int tahun, NegativeFormula kabupatenDefault,
      RenstraDok renstra, List<PkMasuk> ditetapkan) {
    Violations v = new Violations();
    List<PkMasuk> all = new ArrayList<>(ditetapkan);
    all.sort(Comparator.comparing((PkMasuk p) -> peranOrder(p.penetapan().pihakPertama()))
        .thenComparing(p -> p.penetapan().pihakPertama().nama())
        .thenComparing(PkMasuk::pihakKunci)
        .thenComparing(p -> p.pk().versi()));
    Map<String, PkMasuk> inForce = new LinkedHashMap<>();
    for (PkMasuk p : all) {
      inForce.merge(p.pihakKunci(), p, (a, b) -> a.pk().versi() >= b.pk().versi() ? a : b);
    }
    if (renstra == null) {
      return new Result(null, v.list());
    }
    Holdings holdings = holdings(inForce.values(), new RenstraIndex(renstra), v);
    List<RencanaKinerja.Indikator> indikator = indikator(renstra, tahun, kabupatenDefault, holdings.held());
    List<RencanaKinerja.SasaranRef> sasaran = new ArrayList<>();
    renstra.sasaran().forEach(s -> sasaran.add(new RencanaKinerja.SasaranRef(s.kode(), s.uraian(), s.tujuanKode(),
        SasaranLevel.STRATEGIS.name(), null)));
    sasaran.addAll(holdings.ownSasaran().values());

    List<AnggaranDok> anggaran = anggaran(new ArrayList<>(inForce.values()), v);
    List<BelanjaDok> belanja = belanja(new ArrayList<>(inForce.values()), v);

    List<RencanaKinerja.Pk> pks = all.stream().map(RencanaBuilder::pk).toList();
    RencanaKinerja r = new RencanaKinerja(kabupatenKode, kecamatanKode, tahun, 0,
        new RencanaKinerja.RenstraRef(renstra.kode(), renstra.nama(), renstra.periodeAwal(), renstra.periodeAkhir()),
        renstra.tujuan().stream().map(t -> new RencanaKinerja.TujuanRef(t.kode(), t.uraian())).toList(), sasaran,
        indikator, anggaran, belanja, pks);
    return new Result(v.isEmpty() ? r : null, v.list());
  }

  /** Which PK in force holds each indicator, and the PKs' own sasaran (by kode, in the PKs' order). */
  private record Holdings(Map<String, Held> held, Map<String, RencanaKinerja.SasaranRef> ownSasaran) {
  }

  /** Who holds what: an own sasaran or an indicator in two officials' PKs is a violation naming the second. */
  private static Holdings holdings(Collection<PkMasuk> inForce, RenstraIndex index, Violations v) {
    Map<String, Held> held = new LinkedHashMap<>();
    Map<String, RencanaKinerja.SasaranRef> ownSasaran = new LinkedHashMap<>();
    for (PkMasuk p : inForce) {
      List<PkSasaranDok> sasaran = p.pk().sasaran();
      for (int i = 0; i < sasaran.size(); i++) {
        PkSasaranDok s = sasaran.get(i);
        String sat = Violations.at(Violations.at(p.path(), "sasaran"), i);
        if (!index.isSasaran(s.kode())) {
          if (ownSasaran.containsKey(s.kode())) {
            v.add(Violations.at(sat, "kode"), DUPLICATE_CODE_SASARAN_OTHER_PK, "kode", s.kode());
          } else {
            ownSasaran.put(s.kode(), new RencanaKinerja.SasaranRef(s.kode(), s.uraian(), null,
                (s.level() == null ? SasaranLevel.INDIVIDU : s.level()).name(), null));
          }
        }
        for (int j = 0; j < s.indikator().size(); j++) {
          PkIndikatorDok pi = s.indikator().get(j);
          String at = Violations.at(Violations.at(sat, "indikator"), j);
          if (held.containsKey(pi.kode())) {
            v.add(Violations.at(at, pi.indikatorKode() != null ? "indikatorKode" : "indikator.kode"),
                DUPLICATE_CODE_INDIKATOR_OTHER_PK, "kode", pi.kode(),
                "pejabat", held.get(pi.kode()).pk.penetapan().pihakPertama().nama());
          } else {
            held.put(pi.kode(), new Held(p, s, pi));
          }
        }
      }
    }
    return new Holdings(held, ownSasaran);
  }

  /**
   * The plan's indicators: every Renstra indicator (of its tujuan, then of its sasaran), as the PK that holds it fixed
   * it; then the PKs' own indicators. {@code held} is emptied of the Renstra's indicators on the way.
   */
  private static List<RencanaKinerja.Indikator> indikator(RenstraDok renstra, int tahun, NegativeFormula kabupatenDefault,
      Map<String, Held> held) {
    List<RencanaKinerja.Indikator> indikator = new ArrayList<>();
    for (TujuanDok t : renstra.tujuan()) {
      for (IndikatorRenstraDok i : t.indikator()) {
        indikator.add(renstraIndikator(i, t.kode(), tahun, kabupatenDefault, held.remove(i.kode())));
      }
    }
    for (SasaranDok s : renstra.sasaran()) {
      for (IndikatorRenstraDok i : s.indikator()) {
        indikator.add(renstraIndikator(i, s.kode(), tahun, kabupatenDefault, held.remove(i.kode())));
      }
    }
    for (Held h : held.values()) {
      IndikatorRuleDok a = h.pk.penetapan().aturan().get(h.indikator.kode());
      if (a == null) {
        continue;
      }
      indikator.add(indikator(a, h.sasaran.kode(), h.indikator, null));
    }
    return indikator;
  }

  private record Held(PkMasuk pk, PkSasaranDok sasaran, PkIndikatorDok indikator) {
  }

  private static RencanaKinerja.Indikator renstraIndikator(IndikatorRenstraDok i, String induk, int tahun,
      NegativeFormula kabupatenDefault, Held held) {
    if (held != null) {
      IndikatorRuleDok fixed = held.pk.penetapan().aturan().get(i.kode());
      return indikator(fixed != null ? fixed : Penetapan.resolved(i.aturan(), kabupatenDefault), held.sasaran.kode(),
          held.indikator, i);
    }
    IndikatorRuleDok a = Penetapan.resolved(i.aturan(), kabupatenDefault);
    var target = i.targetTahunan().stream().filter(t -> t.tahun() == tahun).map(TahunTargetDok::target).findFirst()
        .orElse(null);
    return new RencanaKinerja.Indikator(a.kode(), a.nama(), a.satuan(), induk, a.level().name(), a.anggaranKode(),
        a.iku(), a.polarity().name(), a.negativeFormula().name(), a.targetType().name(), a.aggregation().name(),
        a.twTargetMode().name(), a.zeroTargetRule().name(), a.precision(), a.capaianScoreCap(), a.komponen(),
        a.evidenceRequired(), a.dueTriwulan(), target, List.of(), i.baseline(), i.targetAkhir(), i.riwayat());
  }

  private static RencanaKinerja.Indikator indikator(IndikatorRuleDok a, String sasaranKode, PkIndikatorDok pi,
      IndikatorRenstraDok renstra) {
    return new RencanaKinerja.Indikator(a.kode(), a.nama(), a.satuan(), sasaranKode, a.level().name(), a.anggaranKode(),
        a.iku(), a.polarity().name(), a.negativeFormula().name(), a.targetType().name(), a.aggregation().name(),
        a.twTargetMode().name(), a.zeroTargetRule().name(), a.precision(), a.capaianScoreCap(), a.komponen(),
        a.evidenceRequired(), a.dueTriwulan(), pi.target(), pi.targetTriwulan(),
        renstra == null ? null : renstra.baseline(), renstra == null ? null : renstra.targetAkhir(),
        renstra == null ? List.of() : renstra.riwayat());
  }

  private static RencanaKinerja.Pk pk(PkMasuk p) {
    PkDok pk = p.pk();
    List<String> indikator = new ArrayList<>();
    pk.sasaran().forEach(s -> s.indikator().forEach(i -> indikator.add(i.kode())));
    return new RencanaKinerja.Pk(p.id(), pk.versi(), pk.jenis().name(), "DITETAPKAN", pk.tanggal(),
        pihak(p.penetapan().pihakPertama()), pk.pihakKedua() == null ? null : pihak(pk.pihakKedua()), indikator,
        pk.anggaran().stream().map(AnggaranDok::kode).toList());
  }

  private static RencanaKinerja.Pihak pihak(PejabatDok p) {
    return new RencanaKinerja.Pihak(p.nip(), p.nama(), p.jabatan(), p.peran() == null ? null : p.peran().name());
  }

  private static int peranOrder(PejabatDok p) {
    return p.peran() == null ? Peran.values().length : p.peran().ordinal();
  }

  /** A budget line as one PK states it, and the JSON path of that statement. */
  private record Stated(AnggaranDok line, String path) {
  }

  /** One code = one line over the PKs in force; parents are the sum of their children in the union. */
  static List<AnggaranDok> anggaran(List<PkMasuk> pks, Violations v) {
    Map<String, List<Stated>> byKode = new LinkedHashMap<>();
    for (PkMasuk p : pks) {
      List<AnggaranDok> lines = p.pk().anggaran();
      for (int i = 0; i < lines.size(); i++) {
        byKode.computeIfAbsent(lines.get(i).kode(), k -> new ArrayList<>())
            .add(new Stated(lines.get(i), Violations.at(Violations.at(p.path(), "anggaran"), i)));
      }
    }
    int before = v.list().size();
    Map<String, AnggaranDok> first = lines(byKode, v);
    if (v.list().size() > before) {
      return List.of();
    }
    Map<String, List<String>> children = new HashMap<>();
    for (AnggaranDok a : first.values()) {
      String parent = AnggaranRules.parentOf(a.kode(), a.level());
      if (parent != null && first.containsKey(parent)) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a.kode());
      }
    }
    // Children first: a parent's pagu is the sum of its children's, computed before it.
    List<AnggaranDok> order = new ArrayList<>(first.values());
    order.sort(Comparator.comparingInt((AnggaranDok a) -> a.level().segments()).reversed());
    Map<String, AnggaranDok> computed = new HashMap<>();
    for (AnggaranDok a : order) {
      List<String> kids = children.getOrDefault(a.kode(), List.of());
      List<Stated> stated = byKode.get(a.kode());
      computed.put(a.kode(), kids.isEmpty() ? leaf(a, stated, v)
          : parent(a, kids.stream().map(computed::get).toList(), stated, v));
    }
    return first.keySet().stream().map(computed::get)
        .map(a -> {
          String parent = AnggaranRules.parentOf(a.kode(), a.level());
          return new AnggaranDok(a.kode(), a.nama(), a.level(), parent != null && first.containsKey(parent) ? parent : null,
              a.pagu(), a.paguTriwulan(), a.sasaranKode(), a.nomenklaturVersi(), a.keterangan());
        })
        .sorted(Comparator.comparing(AnggaranDok::kode, RencanaBuilder::compareKode))
        .toList();
  }

  /**
   * One line per code, in the order first stated, without pagu yet: its level must be the same in every PK; sasaran,
   * nomenklatur and keterangan are the first stated.
   */
  private static Map<String, AnggaranDok> lines(Map<String, List<Stated>> byKode, Violations v) {
    Map<String, AnggaranDok> first = new LinkedHashMap<>();
    for (var e : byKode.entrySet()) {
      AnggaranDok a = e.getValue().get(0).line();
      for (Stated s : e.getValue()) {
        if (s.line().level() != a.level()) {
          v.add(Violations.at(s.path(), "level"), CONFLICTING_LINE_LEVEL, "kode", a.kode(), "level", s.line().level(),
              "levelLain", a.level());
        }
      }
      first.put(e.getKey(), new AnggaranDok(a.kode(), a.nama(), a.level(), null, null, null,
          e.getValue().stream().map(s -> s.line().sasaranKode()).filter(Objects::nonNull).findFirst().orElse(null),
          e.getValue().stream().map(s -> s.line().nomenklaturVersi()).filter(Objects::nonNull).findFirst().orElse(null),
          e.getValue().stream().map(s -> s.line().keterangan()).filter(Objects::nonNull).findFirst().orElse(null)));
    }
    return first;
  }

  /** A line without children: its pagu (and pagu per triwulan) as stated, the same in every PK that states it. */
  private static AnggaranDok leaf(AnggaranDok a, List<Stated> stated, Violations v) {
    AnggaranDok s0 = stated.get(0).line();
    List<Long> tw = stated.stream().map(s -> s.line().paguTriwulan()).filter(Objects::nonNull).findFirst().orElse(null);
    for (Stated s : stated) {
      if (!Objects.equals(s.line().pagu(), s0.pagu())) {
        v.add(Violations.at(s.path(), "pagu"), CONFLICTING_LINE_PAGU, "kode", a.kode(), "pagu", s.line().pagu(),
            "paguLain", s0.pagu());
      } else if (s.line().paguTriwulan() != null && !s.line().paguTriwulan().equals(tw)) {
        v.add(Violations.at(s.path(), "paguTriwulan"), CONFLICTING_LINE_PAGU_TRIWULAN, "kode", a.kode());
      }
    }
    return a.withPagu(s0.pagu(), tw);
  }

  /**
   * A line with children: its pagu is their sum, and its pagu per triwulan the sums per triwulan when every child has
   * them; a PK that states another pagu (or other triwulan values) breaks the rule.
   */
  private static AnggaranDok parent(AnggaranDok a, List<AnggaranDok> kids, List<Stated> stated, Violations v) {
    long pagu = kids.stream().mapToLong(AnggaranDok::pagu).sum();
    List<Long> tw = null;
    if (kids.stream().allMatch(k -> k.paguTriwulan() != null)) {
      long[] q = new long[4];
      kids.forEach(k -> {
        for (int i = 0; i < 4; i++) {
          q[i] += k.paguTriwulan().get(i);
        }
      });
      tw = List.of(q[0], q[1], q[2], q[3]);
    }
    for (Stated s : stated) {
      if (s.line().paguTriwulan() != null && !s.line().paguTriwulan().equals(tw)) {
        if (tw == null) {
          v.add(Violations.at(s.path(), "paguTriwulan"), PAGU_TRIWULAN_SUM_YEAR_PARTIAL, "kode", a.kode());
        } else {
          v.add(Violations.at(s.path(), "paguTriwulan"), PAGU_TRIWULAN_SUM_YEAR, AnggaranRules.triwulan(a.kode(), tw));
        }
      }
      if (s.line().pagu() != null && s.line().pagu() != pagu) {
        v.add(Violations.at(s.path(), "pagu"), PAGU_SUM_MISMATCH_YEAR, "kode", a.kode(), "pagu", s.line().pagu(),
            "jumlah", pagu);
      }
    }
    return a.withPagu(pagu, tw);
  }

  /**
   * The budget by jenis belanja over the PKs in force (docs/domain.md §2.12): one code = one line, with the same pagu
   * (and pagu per triwulan) in every PK that states it, and never a code of the year's program tree.
   */
  static List<BelanjaDok> belanja(List<PkMasuk> pks, Violations v) {
    java.util.Set<String> programKode = new java.util.HashSet<>();
    pks.forEach(p -> p.pk().anggaran().forEach(a -> programKode.add(a.kode())));
    Map<String, BelanjaDok> first = new LinkedHashMap<>();
    for (PkMasuk p : pks) {
      List<BelanjaDok> lines = p.pk().belanjaOrEmpty();
      for (int i = 0; i < lines.size(); i++) {
        BelanjaDok b = lines.get(i);
        String at = Violations.at(Violations.at(p.path(), "belanja"), i);
        if (programKode.contains(b.kode())) {
          v.add(Violations.at(at, "kode"), BELANJA_IS_ANGGARAN, "kode", b.kode());
          continue;
        }
        BelanjaDok f = first.putIfAbsent(b.kode(), b);
        if (f == null) {
          continue;
        }
        if (!Objects.equals(f.pagu(), b.pagu())) {
          v.add(Violations.at(at, "pagu"), CONFLICTING_LINE_PAGU, "kode", b.kode(), "pagu", b.pagu(), "paguLain", f.pagu());
        } else if (b.paguTriwulan() != null && f.paguTriwulan() == null) {
          first.put(b.kode(), new BelanjaDok(f.kode(), f.nama(), f.pagu(), b.paguTriwulan()));
        } else if (b.paguTriwulan() != null && !b.paguTriwulan().equals(f.paguTriwulan())) {
          v.add(Violations.at(at, "paguTriwulan"), CONFLICTING_LINE_PAGU_TRIWULAN, "kode", b.kode());
        }
      }
    }
    return first.values().stream().sorted(Comparator.comparing(BelanjaDok::kode, RencanaBuilder::compareKode)).toList();
  }

  /** SIPD codes compared segment by segment, numerically where both segments are numbers. */
  static int compareKode(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (x[i].matches("\\d+") && y[i].matches("\\d+")) {
        c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
