package id.kinerja.reporting.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.CapaianStatus;
import id.kinerja.reporting.domain.calc.Coverage;
import id.kinerja.reporting.domain.calc.PohonCapaian;
import id.kinerja.reporting.domain.calc.Ranking;
import id.kinerja.reporting.domain.calc.RankingEntry;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Rpjmd;
import id.kinerja.reporting.domain.plan.Sasaran;
import id.kinerja.reporting.domain.plan.TautanKinerja;
import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.PohonViews;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.Views.Cakupan;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Predikat;
import id.kinerja.reporting.service.view.Views.Rupiah;

/**
 * The pohon kinerja (issue #19, docs/reporting.md "Pohon kinerja"): built when read from the RPJMD copy, the links
 * (tautan) and plan copies of the kecamatan and the stored figures, so it follows every event without being stored.
 *
 * <p>Placement: an RPJMD tujuan holds its sasaran, an RPJMD sasaran its children (indukKode), then the kecamatan tujuan
 * and sasaran linked to it. A kecamatan sasaran sits under the Renstra sasaran it serves (a SASARAN link), else under
 * its tujuan, as long as that one leads to the same RPJMD node its own RPJMD link names; otherwise under that RPJMD
 * node. Every node appears once. A node holds its indicators (those of the plan whose sasaranKode is it, and the PKs'
 * own indicators linked to it); a PK indicator linked to a Renstra indicator sits in an INDIKATOR node under the node
 * of that indicator. The budget lines funding a sasaran (the line's sasaran, a line's link overriding it, kegiatan and
 * sub kegiatan inheriting their parent's) are ANGGARAN nodes under it. Capaian by rule POHON_RERATA_TERLAPOR over the
 * distinct indicators beneath a node; budget over the distinct lines beneath it.
 */
@ApplicationScoped
public class PohonService {

  private static final String STRATEGIS = "STRATEGIS";

  @Inject
  ProjectionStore inputs;

  @Inject
  FigureStore figures;

  // ---- answers ------------------------------------------------------------------------------------------------

  /** What the drawing and the workbook print beside a tree: the kabupaten's logo (null: none) and kecamatan names. */
  public record Cetakan(byte[] logo, Map<String, String> namaKecamatan) {
  }

  @Transactional
  public Cetakan cetakan(String kabupatenKode) {
    Map<String, String> nama = new HashMap<>();
    for (ProjectionStore.KecamatanInfo k : inputs.kecamatanOf(kabupatenKode)) {
      if (k.nama() != null) {
        nama.put(k.kode(), k.nama());
      }
    }
    return new Cetakan(inputs.logo(kabupatenKode).orElse(null), nama);
  }

  /** The kabupaten's tree of a year; 404 without an RPJMD covering the year. */
  @Transactional
  public PohonViews.Pohon kabupaten(String kabupatenKode, int tahun, int periode, Tampilan tampilan) {
    Model m = kabupatenModel(kabupatenKode, tahun, periode, tampilan);
    return new PohonViews.Pohon(kabupatenKode, m.kabupatenNama, null, null, tahun, periode, tampilan.name(),
        m.rpjmd.kode(), m.rpjmd.visi(), m.roots.stream().map(n -> build(n, m).simpul()).toList(), m.audit, m.asOf);
  }

  /** The audit of a kabupaten-year: nodes that link nowhere, broken links, RPJMD sasaran no kecamatan serves. */
  @Transactional
  public List<PohonViews.TanpaTautan> tanpaTautan(String kabupatenKode, int tahun) {
    return kabupatenModel(kabupatenKode, tahun, 0, Tampilan.OFFICIAL).audit;
  }

  /** The kecamatan serving one RPJMD sasaran (and the sasaran beneath it), ranked by capaian. */
  @Transactional
  public PohonViews.KontributorDaftar kontributor(String kabupatenKode, int tahun, String sasaranKode, int periode,
      Tampilan tampilan) {
    Model m = kabupatenModel(kabupatenKode, tahun, periode, tampilan);
    N sasaran = m.rpjmdNodes.get(rpjmdId(JenisSimpul.RPJMD_SASARAN, sasaranKode));
    if (sasaran == null) {
      throw ProblemException.notFound(ReportingMessages.THING_RPJMD_SASARAN, "sasaran", sasaranKode, "rpjmd",
          m.rpjmd.kode());
    }
    // Per kecamatan, in the order first met: its indicators and budget lines beneath the sasaran.
    Map<String, Map<String, Item>> items = new LinkedHashMap<>();
    Map<String, Map<String, Line>> lines = new LinkedHashMap<>();
    collect(sasaran, items, lines, new HashSet<>());
    Map<String, java.math.BigDecimal> capaian = new LinkedHashMap<>();
    Map<String, PohonCapaian.Hasil> hasil = new HashMap<>();
    for (var e : items.entrySet()) {
      PohonCapaian.Hasil h = PohonCapaian.of(e.getValue().values().stream().map(Item::anggota).toList(), m.skala);
      hasil.put(e.getKey(), h);
      capaian.put(e.getKey(), h.nilai());
    }
    List<PohonViews.Kontributor> out = new ArrayList<>();
    for (RankingEntry r : Ranking.rankValues(capaian)) {
      PohonCapaian.Hasil h = hasil.get(r.kecamatanKode());
      Budget b = Budget.of(lines.getOrDefault(r.kecamatanKode(), Map.of()).values());
      out.add(new PohonViews.Kontributor(r.peringkat(), r.kecamatanKode(), m.nama(r.kecamatanKode()),
          items.get(r.kecamatanKode()).values().stream().map(Item::view).toList(), nilai(h), predikat(h),
          Cakupan.of(h.cakupan().reported(), h.cakupan().expected()), b.pagu()));
    }
    return new PohonViews.KontributorDaftar(kabupatenKode, tahun, periode, tampilan.name(), m.rpjmd.kode(),
        sasaranKode, sasaran.uraian, out);
  }

  /** The kecamatan's tree of a year: the RPJMD nodes its Renstra serves, then its own unlinked tujuan and sasaran. */
  @Transactional
  public PohonViews.Pohon kecamatan(String kecamatanKode, int tahun, int periode, Tampilan tampilan) {
    ProjectionStore.StoredRencana plan = inputs.rencana(kecamatanKode, tahun)
        .orElseThrow(() -> ReportService.notFoundRencana(kecamatanKode, tahun));
    String kab = plan.rencana().kabupatenKode();
    Model m = new Model(kab, tahun, periode, tampilan);
    m.kabupatenNama = inputs.kabupaten(kab).map(ProjectionStore.KabupatenSettings::nama).orElse(null);
    m.skala = inputs.scale(kab, tahun, "KINERJA").map(ProjectionStore.StoredScale::scale).orElse(null);
    Kec k = kec(kecamatanKode, inputs.kecamatan(kecamatanKode).map(ProjectionStore.KecamatanInfo::nama).orElse(null),
        plan, m);
    m.names.put(kecamatanKode, k.nama);
    Map<String, Rpjmd> all = rpjmdOf(kab, m);
    Rpjmd rpjmd = k.tautan != null && all.containsKey(k.tautan.rpjmdKode()) ? all.get(k.tautan.rpjmdKode())
        : covering(all.values(), tahun).orElse(null);
    m.rpjmd = rpjmd;
    List<N> rpjmdRoots = new ArrayList<>();
    if (rpjmd != null) {
      // Only the RPJMD nodes this kecamatan serves, each as a root holding the kecamatan's nodes.
      rpjmd.tujuan().forEach(t -> m.rpjmdNodes.put(rpjmdId(JenisSimpul.RPJMD_TUJUAN, t.kode()),
          new N(rpjmdId(JenisSimpul.RPJMD_TUJUAN, t.kode()), JenisSimpul.RPJMD_TUJUAN, t.kode(), t.uraian(), null)));
      rpjmd.sasaran().forEach(s -> m.rpjmdNodes.put(rpjmdId(JenisSimpul.RPJMD_SASARAN, s.kode()),
          new N(rpjmdId(JenisSimpul.RPJMD_SASARAN, s.kode()), JenisSimpul.RPJMD_SASARAN, s.kode(), s.uraian(), null)));
      rpjmdIndicators(rpjmd, m);
    }
    List<N> own = kecamatanNodes(k, m, all);
    for (N n : m.rpjmdNodes.values()) {
      if (!n.anak.isEmpty()) {
        rpjmdRoots.add(n);
      }
    }
    List<N> roots = new ArrayList<>(rpjmdRoots);
    roots.addAll(own);
    return new PohonViews.Pohon(kab, m.kabupatenNama, kecamatanKode, k.nama, tahun, periode, tampilan.name(),
        rpjmd == null ? null : rpjmd.kode(), rpjmd == null ? null : rpjmd.visi(),
        roots.stream().map(n -> build(n, m).simpul()).toList(), m.audit, m.asOf);
  }

  // ---- the model ----------------------------------------------------------------------------------------------

  /** What one answer is built from. */
  private static final class Model {
    final String kabupatenKode;
    final int tahun;
    final int periode;
    final Tampilan tampilan;
    String kabupatenNama;
    Skala skala;
    Rpjmd rpjmd;
    final Map<String, N> rpjmdNodes = new LinkedHashMap<>();
    final List<N> roots = new ArrayList<>();
    final List<PohonViews.TanpaTautan> audit = new ArrayList<>();
    final Map<String, String> names = new HashMap<>();
    Instant asOf;

    Model(String kabupatenKode, int tahun, int periode, Tampilan tampilan) {
      this.kabupatenKode = kabupatenKode;
      this.tahun = tahun;
      this.periode = periode;
      this.tampilan = tampilan;
    }

    void seen(Instant at) {
      if (at != null && (asOf == null || at.isAfter(asOf))) {
        asOf = at;
      }
    }

    String nama(String kecamatanKode) {
      return names.get(kecamatanKode);
    }
  }

  /** A node being built. */
  private static final class N {
    final String id;
    final JenisSimpul jenis;
    final String kode;
    final String uraian;
    final String kecamatanKode;
    final List<PohonViews.Indikator> indikator = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    final List<N> anak = new ArrayList<>();

    N(String id, JenisSimpul jenis, String kode, String uraian, String kecamatanKode) {
      this.id = id;
      this.jenis = jenis;
      this.kode = kode;
      this.uraian = uraian;
      this.kecamatanKode = kecamatanKode;
    }
  }

  /** A kecamatan indicator in the tree: its member of the rule and its view. */
  private record Item(PohonCapaian.Anggota anggota, PohonViews.Indikator view, String kecamatanKode) {
  }

  /** A budget line counted in the tree (key: kecamatan and kode), with its figures for the periode. */
  private record Line(String key, String kecamatanKode, long pagu, Long realisasi, Long paguDilaporkan) {
  }

  /** One kecamatan-year of the tree. */
  private record Kec(String kode, String nama, Rencana plan, TautanKinerja tautan,
      Map<String, IndikatorFigure> indikator, Map<String, AnggaranFigure> anggaran) {
  }

  private Model kabupatenModel(String kabupatenKode, int tahun, int periode, Tampilan tampilan) {
    Model m = new Model(kabupatenKode, tahun, periode, tampilan);
    Map<String, Rpjmd> all = rpjmdOf(kabupatenKode, m);
    Rpjmd rpjmd = covering(all.values(), tahun).orElseThrow(() -> ProblemException.notFound(
        ReportingMessages.THING_RPJMD, "kabupaten", kabupatenKode, "tahun", tahun));
    m.rpjmd = rpjmd;
    m.kabupatenNama = inputs.kabupaten(kabupatenKode).map(ProjectionStore.KabupatenSettings::nama).orElse(null);
    m.skala = inputs.scale(kabupatenKode, tahun, "KINERJA").map(ProjectionStore.StoredScale::scale).orElse(null);
    m.roots.addAll(rpjmdTree(rpjmd, m));
    rpjmdIndicators(rpjmd, m);
    Map<String, String> names = new HashMap<>();
    inputs.kecamatanOf(kabupatenKode).forEach(k -> names.put(k.kode(), k.nama()));
    m.names.putAll(names);
    // Only the kecamatan whose plan of the year is this kabupaten's: another kabupaten's never appears.
    for (ProjectionStore.RencanaKey key : inputs.rencanaOf(kabupatenKode, tahun)) {
      Optional<ProjectionStore.StoredRencana> plan = inputs.rencana(key.kecamatanKode(), tahun);
      if (plan.isEmpty() || !kabupatenKode.equals(plan.get().rencana().kabupatenKode())) {
        continue;
      }
      kecamatanNodes(kec(key.kecamatanKode(), names.get(key.kecamatanKode()), plan.get(), m), m, all);
    }
    // RPJMD sasaran that no kecamatan serves (nothing of a kecamatan beneath them).
    for (N n : m.rpjmdNodes.values()) {
      if (n.jenis == JenisSimpul.RPJMD_SASARAN && !hasKecamatan(n, new HashSet<>())) {
        m.audit.add(new PohonViews.TanpaTautan(null, JenisSimpul.RPJMD_SASARAN.name(), n.kode, null,
            "TANPA_KONTRIBUTOR", teks(ReportingMessages.POHON_TANPA_KONTRIBUTOR, "kode", n.kode, "uraian", n.uraian)));
      }
    }
    return m;
  }

  private Map<String, Rpjmd> rpjmdOf(String kabupatenKode, Model m) {
    Map<String, Rpjmd> out = new LinkedHashMap<>();
    for (ProjectionStore.StoredRpjmd r : inputs.rpjmdOf(kabupatenKode)) {
      out.put(r.rpjmd().kode(), r.rpjmd());
      if (r.rpjmd().covers(m.tahun)) {
        m.seen(r.occurredAt());
      }
    }
    return out;
  }

  /** The RPJMD whose period covers the year (the latest starting one when several do). */
  private static Optional<Rpjmd> covering(java.util.Collection<Rpjmd> all, int tahun) {
    Rpjmd best = null;
    for (Rpjmd r : all) {
      if (r.covers(tahun) && (best == null || r.periodeAwal() > best.periodeAwal()
          || r.periodeAwal() == best.periodeAwal() && r.kode().compareTo(best.kode()) > 0)) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String rpjmdId(JenisSimpul jenis, String kode) {
    return "RPJMD/" + (jenis == JenisSimpul.RPJMD_TUJUAN ? "TUJUAN/" : "SASARAN/") + kode;
  }

  /** The RPJMD's tujuan → sasaran → sasaran beneath them (indukKode); sasaran without a known parent are roots. */
  private static List<N> rpjmdTree(Rpjmd rpjmd, Model m) {
    Map<String, N> tujuan = new LinkedHashMap<>();
    for (Rpjmd.Tujuan t : rpjmd.tujuan()) {
      N n = new N(rpjmdId(JenisSimpul.RPJMD_TUJUAN, t.kode()), JenisSimpul.RPJMD_TUJUAN, t.kode(), t.uraian(), null);
      tujuan.putIfAbsent(t.kode(), n);
      m.rpjmdNodes.putIfAbsent(n.id, n);
    }
    Map<String, N> sasaran = new LinkedHashMap<>();
    for (Rpjmd.Sasaran s : rpjmd.sasaran()) {
      N n = new N(rpjmdId(JenisSimpul.RPJMD_SASARAN, s.kode()), JenisSimpul.RPJMD_SASARAN, s.kode(), s.uraian(), null);
      sasaran.putIfAbsent(s.kode(), n);
      m.rpjmdNodes.putIfAbsent(n.id, n);
    }
    List<N> roots = new ArrayList<>(tujuan.values());
    Set<String> placed = new HashSet<>();
    for (Rpjmd.Sasaran s : rpjmd.sasaran()) {
      N n = sasaran.get(s.kode());
      N parent = s.indukKode() != null && !s.indukKode().equals(s.kode()) ? sasaran.get(s.indukKode()) : null;
      if (parent == null && s.tujuanKode() != null) {
        parent = tujuan.get(s.tujuanKode());
      }
      if (parent != null && !placed.contains(n.id) && !below(n, parent)) {
        parent.anak.add(n);
        placed.add(n.id);
      }
    }
    for (N n : sasaran.values()) {
      if (!placed.contains(n.id)) {
        roots.add(n);
      }
    }
    return roots;
  }

  /** Whether {@code node} lies under (or is) {@code n}: adding n under node would close a cycle. */
  private static boolean below(N n, N node) {
    if (n == node) {
      return true;
    }
    for (N c : n.anak) {
      if (below(c, node)) {
        return true;
      }
    }
    return false;
  }

  /** The RPJMD's own indicators in its nodes: their target of the year; realisasi not captured (NOT_APPLICABLE). */
  private static void rpjmdIndicators(Rpjmd rpjmd, Model m) {
    for (Rpjmd.Tujuan t : rpjmd.tujuan()) {
      N n = m.rpjmdNodes.get(rpjmdId(JenisSimpul.RPJMD_TUJUAN, t.kode()));
      if (n != null && n.indikator.isEmpty()) {
        t.indikator().forEach(i -> n.indikator.add(rpjmdIndikator(i, m.tahun)));
      }
    }
    for (Rpjmd.Sasaran s : rpjmd.sasaran()) {
      N n = m.rpjmdNodes.get(rpjmdId(JenisSimpul.RPJMD_SASARAN, s.kode()));
      if (n != null && n.indikator.isEmpty()) {
        s.indikator().forEach(i -> n.indikator.add(rpjmdIndikator(i, m.tahun)));
      }
    }
  }

  private static PohonViews.Indikator rpjmdIndikator(Rpjmd.Indikator i, int tahun) {
    return new PohonViews.Indikator(i.kode(), i.nama(), i.satuan(), null, IdFormat.number(i.target(tahun)), null,
        new Nilai(CapaianStatus.NOT_APPLICABLE.name(), null, null, null), new Predikat(null, null));
  }

  private Kec kec(String kode, String nama, ProjectionStore.StoredRencana plan, Model m) {
    Rencana r = plan.rencana();
    m.seen(plan.occurredAt());
    TautanKinerja tautan = null;
    if (r.renstra() != null) {
      Optional<ProjectionStore.StoredTautan> t = inputs.tautan(kode, r.renstra().kode());
      if (t.isPresent()) {
        tautan = t.get().tautan();
        m.seen(t.get().occurredAt());
      }
    }
    Map<String, IndikatorFigure> ind = new HashMap<>();
    for (IndikatorFigure f : figures.indikator(kode, m.tahun, m.tampilan.name())) {
      if (f.periode() == m.periode) {
        ind.put(f.indikatorKode(), f);
        m.seen(f.asOf());
      }
    }
    Map<String, AnggaranFigure> ang = new HashMap<>();
    for (AnggaranFigure f : figures.anggaran(kode, m.tahun, m.tampilan.name())) {
      if (f.periode() == m.periode) {
        ang.put(f.anggaranKode(), f);
        m.seen(f.asOf());
      }
    }
    return new Kec(kode, nama, r, tautan, ind, ang);
  }

  // ---- one kecamatan's nodes ----------------------------------------------------------------------------------

  /**
   * Creates the nodes of one kecamatan, places those that lead to an RPJMD node of the model under it and returns
   * the rest (the kecamatan's own roots); adds its audit entries to the model.
   */
  private List<N> kecamatanNodes(Kec k, Model m, Map<String, Rpjmd> allRpjmd) {
    String kec = k.kode();
    Rencana plan = k.plan();
    int tahun = m.tahun;
    String namaKec = k.nama() == null ? kec : k.nama();
    Map<String, N> tujuan = new LinkedHashMap<>();
    for (Rencana.Tujuan t : plan.tujuan()) {
      tujuan.putIfAbsent(t.kode(), new N(kec + "/TUJUAN/" + t.kode(), JenisSimpul.TUJUAN, t.kode(), t.uraian(), kec));
    }
    Map<String, Sasaran> sasaranPlan = new LinkedHashMap<>();
    Map<String, N> sasaran = new LinkedHashMap<>();
    for (Sasaran s : plan.sasaran()) {
      if (STRATEGIS.equals(s.level())) {
        sasaranPlan.putIfAbsent(s.kode(), s);
        sasaran.putIfAbsent(s.kode(), new N(kec + "/SASARAN/" + s.kode(), JenisSimpul.SASARAN, s.kode(), s.uraian(), kec));
      }
    }
    Map<String, Indikator> indikator = new LinkedHashMap<>();
    plan.indikator().forEach(i -> indikator.putIfAbsent(i.kode(), i));
    Map<String, Anggaran> anggaran = new LinkedHashMap<>();
    plan.anggaran().forEach(a -> anggaran.putIfAbsent(a.kode(), a));

    // The links of the Renstra that apply to this year; broken ones go to the audit.
    TautanKinerja tk = k.tautan();
    Rpjmd named = tk == null ? null : allRpjmd.get(tk.rpjmdKode());
    boolean inThisTree = named != null && m.rpjmd != null && named.kode().equals(m.rpjmd.kode());
    Map<String, String> rpjmdLink = new HashMap<>(); // "TUJUAN/T1" → RPJMD node id (this tree's RPJMD)
    Set<String> linkedElsewhere = new HashSet<>(); // linked to an RPJMD node of another RPJMD
    Map<String, String> sasaranLink = new HashMap<>();
    Map<String, TautanKinerja.Ke> indikatorLink = new HashMap<>();
    Map<String, String> anggaranLink = new HashMap<>();
    List<PohonViews.TanpaTautan> rusak = new ArrayList<>();
    for (TautanKinerja.Tautan t : tk == null ? List.<TautanKinerja.Tautan>of() : tk.tautan()) {
      TautanKinerja.Simpul dari = t.dari();
      TautanKinerja.Ke ke = t.ke();
      if (dari == null || ke == null || dari.tahun() != null && dari.tahun() != tahun) {
        continue;
      }
      boolean dariAda = switch (dari.jenis()) {
        case "TUJUAN" -> tujuan.containsKey(dari.kode());
        case "SASARAN" -> sasaran.containsKey(dari.kode());
        case "PK_INDIKATOR" -> indikator.containsKey(dari.kode());
        case "ANGGARAN" -> anggaran.containsKey(dari.kode());
        default -> false;
      };
      boolean keAda = switch (ke.jenis()) {
        case "RPJMD_SASARAN" -> named != null && named.sasaran().stream().anyMatch(s -> s.kode().equals(ke.kode()));
        case "RPJMD_TUJUAN" -> named != null && named.tujuan().stream().anyMatch(s -> s.kode().equals(ke.kode()));
        case "SASARAN" -> sasaran.containsKey(ke.kode());
        case "INDIKATOR" -> indikator.containsKey(ke.kode());
        default -> false;
      };
      if (!dariAda || !keAda) {
        rusak.add(new PohonViews.TanpaTautan(kec, dari.jenis(), dari.kode(), dari.tahun(), "TAUTAN_RUSAK",
            teks(ReportingMessages.POHON_TAUTAN_RUSAK, "jenis", dari.jenis(), "kode", dari.kode(), "kecamatan", namaKec,
                "keJenis", ke.jenis(), "keKode", ke.kode(), "hilang", dariAda ? ke.kode() : dari.kode())));
        continue;
      }
      String key = dari.jenis() + "/" + dari.kode();
      switch (ke.jenis()) {
        case "RPJMD_SASARAN", "RPJMD_TUJUAN" -> {
          if (inThisTree) {
            rpjmdLink.putIfAbsent(key, rpjmdId(JenisSimpul.valueOf(ke.jenis()), ke.kode()));
          } else {
            linkedElsewhere.add(key);
          }
        }
        case "SASARAN" -> {
          if ("SASARAN".equals(dari.jenis()) && !dari.kode().equals(ke.kode())) {
            sasaranLink.putIfAbsent(dari.kode(), ke.kode());
          } else if ("PK_INDIKATOR".equals(dari.jenis())) {
            indikatorLink.putIfAbsent(dari.kode(), ke);
          } else if ("ANGGARAN".equals(dari.jenis())) {
            anggaranLink.putIfAbsent(dari.kode(), ke.kode());
          }
        }
        case "INDIKATOR" -> {
          if ("PK_INDIKATOR".equals(dari.jenis()) && !dari.kode().equals(ke.kode())) {
            indikatorLink.putIfAbsent(dari.kode(), ke);
          }
        }
        default -> {
          // every kind is listed above
        }
      }
    }

    // Placement of tujuan and sasaran.
    Map<String, String> anchor = new HashMap<>(); // node id → RPJMD node id it leads to
    Map<String, N> parentOf = new LinkedHashMap<>(); // node id → kecamatan parent
    Set<String> reaches = new HashSet<>();
    for (N t : tujuan.values()) {
      String r = rpjmdLink.get("TUJUAN/" + t.kode);
      if (r != null) {
        anchor.put(t.id, r);
      }
      if (r != null || linkedElsewhere.contains("TUJUAN/" + t.kode)) {
        reaches.add(t.id);
      }
    }
    Map<String, Boolean> done = new HashMap<>();
    for (String s : sasaran.keySet()) {
      place(s, sasaran, sasaranPlan, tujuan, sasaranLink, rpjmdLink, linkedElsewhere, anchor, parentOf, reaches, done,
          new HashSet<>());
    }
    List<N> own = new ArrayList<>();
    for (N t : tujuan.values()) {
      attach(t, anchor.get(t.id), null, m, own);
    }
    for (N s : sasaran.values()) {
      attach(s, anchor.get(s.id), parentOf.get(s.id), m, own);
    }

    // Indicators: linked PK indicators first where their link says, the others by their sasaranKode.
    Map<String, N> indikatorNode = new LinkedHashMap<>();
    List<Indikator> tanpaIndikator = new ArrayList<>();
    for (Indikator i : indikator.values()) {
      TautanKinerja.Ke link = indikatorLink.get(i.kode());
      N host;
      if (link != null && "SASARAN".equals(link.jenis())) {
        host = sasaran.get(link.kode());
      } else if (link != null) {
        N hostOfTarget = structuralHost(indikator.get(link.kode()), tujuan, sasaran);
        host = indikatorNode.computeIfAbsent(link.kode(), j -> {
          Indikator target = indikator.get(j);
          N n = new N(kec + "/INDIKATOR/" + j, JenisSimpul.INDIKATOR, j, target.nama(), kec);
          if (hostOfTarget != null) {
            hostOfTarget.anak.add(n);
          } else {
            own.add(n);
          }
          return n;
        });
      } else {
        host = structuralHost(i, tujuan, sasaran);
      }
      if (host == null) {
        tanpaIndikator.add(i);
        continue;
      }
      Item item = item(i, k, m);
      host.items.add(item);
      host.indikator.add(item.view());
    }

    // Budget lines: the line's sasaran (its link overriding it, else inherited from its parent).
    Map<String, String> eff = new HashMap<>();
    for (Anggaran a : anggaran.values()) {
      eff.put(a.kode(), effective(a, anggaran, anggaranLink, 0));
    }
    Map<String, List<Anggaran>> children = new HashMap<>();
    for (Anggaran a : anggaran.values()) {
      if (a.parentKode() != null && anggaran.containsKey(a.parentKode()) && !a.parentKode().equals(a.kode())) {
        children.computeIfAbsent(a.parentKode(), p -> new ArrayList<>()).add(a);
      }
    }
    Map<String, Boolean> homogeneous = new HashMap<>();
    List<Anggaran> tanpaAnggaran = new ArrayList<>();
    for (Anggaran a : anggaran.values()) {
      if (!homogeneous(a.kode(), eff, children, homogeneous, 0)) {
        continue;
      }
      String parent = a.parentKode() != null && anggaran.containsKey(a.parentKode()) ? a.parentKode() : null;
      if (parent != null && homogeneous(parent, eff, children, homogeneous, 0)) {
        continue; // counted with its parent
      }
      N host = eff.get(a.kode()) == null ? null : sasaran.get(eff.get(a.kode()));
      if (host == null) {
        tanpaAnggaran.add(a);
        continue;
      }
      AnggaranFigure f = k.anggaran().get(a.kode());
      Line line = new Line(kec + "/" + a.kode(), kec, f == null ? a.pagu() : f.pagu(),
          f == null ? null : f.realisasiKumulatif(), f == null ? null : f.paguDilaporkanKumulatif());
      N n = new N(kec + "/ANGGARAN/" + a.kode(), JenisSimpul.ANGGARAN, a.kode(), a.nama(), kec);
      n.lines.add(line);
      host.anak.add(n);
    }

    // The audit: nodes that do not lead to the RPJMD, indicators and lines that link nowhere, broken links.
    for (N t : tujuan.values()) {
      if (!reaches.contains(t.id)) {
        m.audit.add(new PohonViews.TanpaTautan(kec, "TUJUAN", t.kode, null, "TANPA_TAUTAN",
            teks(ReportingMessages.POHON_TANPA_TAUTAN_TUJUAN, "kode", t.kode, "kecamatan", namaKec)));
      }
    }
    for (N s : sasaran.values()) {
      if (!reaches.contains(s.id)) {
        m.audit.add(new PohonViews.TanpaTautan(kec, "SASARAN", s.kode, null, "TANPA_TAUTAN",
            teks(ReportingMessages.POHON_TANPA_TAUTAN_SASARAN, "kode", s.kode, "kecamatan", namaKec)));
      }
    }
    for (Indikator i : tanpaIndikator) {
      m.audit.add(new PohonViews.TanpaTautan(kec, "PK_INDIKATOR", i.kode(), tahun, "TANPA_TAUTAN",
          teks(ReportingMessages.POHON_TANPA_TAUTAN_INDIKATOR, "kode", i.kode(), "tahun", String.valueOf(tahun),
              "kecamatan", namaKec)));
    }
    for (Anggaran a : tanpaAnggaran) {
      m.audit.add(new PohonViews.TanpaTautan(kec, "ANGGARAN", a.kode(), tahun, "TANPA_TAUTAN",
          teks(ReportingMessages.POHON_TANPA_TAUTAN_ANGGARAN, "kode", a.kode(), "tahun", String.valueOf(tahun),
              "kecamatan", namaKec)));
    }
    m.audit.addAll(rusak);
    return own;
  }

  /**
   * Places one Renstra sasaran: under the sasaran it serves (SASARAN link) or else its tujuan when that one leads to
   * the RPJMD node its own RPJMD link names (or it has none); else under that RPJMD node. A cycle of SASARAN links is
   * cut (the sasaran then falls back to its tujuan).
   */
  private static void place(String s, Map<String, N> sasaran, Map<String, Sasaran> plan, Map<String, N> tujuan,
      Map<String, String> sasaranLink, Map<String, String> rpjmdLink, Set<String> linkedElsewhere,
      Map<String, String> anchor, Map<String, N> parentOf, Set<String> reaches, Map<String, Boolean> done,
      Set<String> visiting) {
    if (done.containsKey(s)) {
      return;
    }
    visiting.add(s);
    N node = sasaran.get(s);
    N kp = null;
    String target = sasaranLink.get(s);
    if (target != null && !visiting.contains(target)) {
      place(target, sasaran, plan, tujuan, sasaranLink, rpjmdLink, linkedElsewhere, anchor, parentOf, reaches, done,
          visiting);
      kp = sasaran.get(target);
    }
    if (kp == null) {
      String tk = plan.get(s).tujuanKode();
      kp = tk == null ? null : tujuan.get(tk);
    }
    String r = rpjmdLink.get("SASARAN/" + s);
    String kpAnchor = kp == null ? null : anchor.get(kp.id);
    if (kp != null && (r == null || r.equals(kpAnchor))) {
      parentOf.put(node.id, kp);
      if (kpAnchor != null) {
        anchor.put(node.id, kpAnchor);
      }
    } else if (r != null) {
      anchor.put(node.id, r);
    }
    if (anchor.containsKey(node.id) || linkedElsewhere.contains("SASARAN/" + s) || kp != null && reaches.contains(kp.id)) {
      reaches.add(node.id);
    }
    done.put(s, true);
    visiting.remove(s);
  }

  /** Under its kecamatan parent, else the RPJMD node it leads to, else one of the kecamatan's own roots. */
  private static void attach(N n, String rpjmdNode, N parent, Model m, List<N> own) {
    if (parent != null) {
      parent.anak.add(n);
    } else if (rpjmdNode != null && m.rpjmdNodes.containsKey(rpjmdNode)) {
      m.rpjmdNodes.get(rpjmdNode).anak.add(n);
    } else {
      own.add(n);
    }
  }

  /** The Renstra tujuan or sasaran an indicator belongs to by its sasaranKode, or null (a PK's own sasaran). */
  private static N structuralHost(Indikator i, Map<String, N> tujuan, Map<String, N> sasaran) {
    if (i == null || i.sasaranKode() == null) {
      return null;
    }
    if ("TUJUAN".equals(i.level()) && tujuan.containsKey(i.sasaranKode())) {
      return tujuan.get(i.sasaranKode());
    }
    N s = sasaran.get(i.sasaranKode());
    return s != null ? s : tujuan.get(i.sasaranKode());
  }

  /** The sasaran a line funds: its link, else its own sasaranKode, else its parent's (depth-bounded). */
  private static String effective(Anggaran a, Map<String, Anggaran> all, Map<String, String> links, int depth) {
    if (links.containsKey(a.kode())) {
      return links.get(a.kode());
    }
    if (a.sasaranKode() != null) {
      return a.sasaranKode();
    }
    Anggaran parent = a.parentKode() == null ? null : all.get(a.parentKode());
    return parent == null || depth > all.size() ? null : effective(parent, all, links, depth + 1);
  }

  /** Whether a line and every line beneath it fund the same sasaran (then it is counted as one). */
  private static boolean homogeneous(String kode, Map<String, String> eff, Map<String, List<Anggaran>> children,
      Map<String, Boolean> memo, int depth) {
    Boolean known = memo.get(kode);
    if (known != null) {
      return known;
    }
    boolean same = true;
    if (depth <= eff.size()) {
      for (Anggaran c : children.getOrDefault(kode, List.of())) {
        if (!Objects.equals(eff.get(c.kode()), eff.get(kode)) || !homogeneous(c.kode(), eff, children, memo, depth + 1)) {
          same = false;
          break;
        }
      }
    }
    memo.put(kode, same);
    return same;
  }

  /** An indicator with its figure of the periode and view: the capaian s.d. the periode (the year for periode 0). */
  private static Item item(Indikator i, Kec k, Model m) {
    IndikatorFigure f = k.indikator().get(i.kode());
    var target = ReportService.target(i.target());
    String realisasi = null;
    Nilai capaian;
    Predikat predikat;
    PohonCapaian.Anggota anggota;
    String kunci = k.kode() + "/" + i.kode();
    if (f == null) {
      capaian = new Nilai(CapaianStatus.NOT_REPORTED.name(), null, null, null);
      predikat = new Predikat(null, null);
      anggota = new PohonCapaian.Anggota(kunci, CapaianStatus.NOT_REPORTED, null);
    } else {
      realisasi = f.realisasiTeks() != null ? f.realisasiTeks() : IdFormat.number(f.realisasiKumulatif());
      capaian = Nilai.of(f.kumulatifStatus(), f.capaianKumulatif(), f.kumulatifScore());
      predikat = new Predikat(f.predikatSkor(), f.predikatLabel());
      CapaianStatus status = CapaianStatus.valueOf(f.kumulatifStatus());
      // the value the reports' roll-ups average: the score, unrounded (equal to raw unless a cap applies)
      java.math.BigDecimal v = f.kumulatifScore() != null ? f.kumulatifScore() : f.capaianKumulatif();
      anggota = new PohonCapaian.Anggota(kunci, status, status.hasValue() ? v : null);
    }
    return new Item(anggota, new PohonViews.Indikator(i.kode(), i.nama(), i.satuan(), k.kode(),
        target == null ? null : target.tampil(), realisasi, capaian, predikat), k.kode());
  }

  // ---- figures ------------------------------------------------------------------------------------------------

  private record Built(PohonViews.Simpul simpul, Map<String, Item> items, Map<String, Line> lines) {
  }

  /** The node's Simpul with the figures of everything beneath it (each indicator and line once). */
  private static Built build(N n, Model m) {
    Map<String, Item> items = new LinkedHashMap<>();
    Map<String, Line> lines = new LinkedHashMap<>();
    n.items.forEach(i -> items.putIfAbsent(i.anggota().kunci(), i));
    n.lines.forEach(l -> lines.putIfAbsent(l.key(), l));
    List<PohonViews.Simpul> anak = new ArrayList<>();
    for (N c : n.anak) {
      Built b = build(c, m);
      anak.add(b.simpul());
      b.items().forEach(items::putIfAbsent);
      b.lines().forEach(lines::putIfAbsent);
    }
    PohonCapaian.Hasil h = PohonCapaian.of(items.values().stream().map(Item::anggota).toList(), m.skala);
    Budget budget = Budget.of(lines.values());
    return new Built(new PohonViews.Simpul(n.id, n.jenis, n.kode, n.uraian, n.kecamatanKode, List.copyOf(n.indikator),
        nilai(h), predikat(h), Cakupan.of(h.cakupan().reported(), h.cakupan().expected()), budget.pagu(),
        budget.realisasi(), budget.serapan(), anak), items, lines);
  }

  /** Every indicator and line of a subtree, per kecamatan (the kontributor list). */
  private static void collect(N n, Map<String, Map<String, Item>> items, Map<String, Map<String, Line>> lines,
      Set<String> seen) {
    if (!seen.add(n.id)) {
      return;
    }
    if (n.kecamatanKode != null) {
      items.computeIfAbsent(n.kecamatanKode, k -> new LinkedHashMap<>());
    }
    n.items.forEach(i -> items.computeIfAbsent(i.kecamatanKode(), k -> new LinkedHashMap<>())
        .putIfAbsent(i.anggota().kunci(), i));
    n.lines.forEach(l -> lines.computeIfAbsent(l.kecamatanKode(), k -> new LinkedHashMap<>()).putIfAbsent(l.key(), l));
    n.anak.forEach(c -> collect(c, items, lines, seen));
  }

  private static boolean hasKecamatan(N n, Set<String> seen) {
    if (!seen.add(n.id)) {
      return false;
    }
    if (n.kecamatanKode != null) {
      return true;
    }
    for (N c : n.anak) {
      if (hasKecamatan(c, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Nilai nilai(PohonCapaian.Hasil h) {
    return Nilai.of(h.status().name(), h.nilai());
  }

  private static Predikat predikat(PohonCapaian.Hasil h) {
    return h.predikat() == null ? new Predikat(null, null) : new Predikat(h.predikat().skor(), h.predikat().label());
  }

  /** pagu, realisasi and serapan of distinct budget lines; all absent (and serapan NOT_APPLICABLE) without a line. */
  private record Budget(Rupiah pagu, Rupiah realisasi, Nilai serapan) {

    static Budget of(java.util.Collection<Line> lines) {
      if (lines.isEmpty()) {
        return new Budget(Rupiah.of(null), Rupiah.of(null),
            new Nilai(CapaianStatus.NOT_APPLICABLE.name(), null, null, null));
      }
      long pagu = 0;
      Long realisasi = null;
      Long paguDilaporkan = 0L;
      int reported = 0;
      for (Line l : lines) {
        pagu += l.pagu();
        if (l.realisasi() != null) {
          realisasi = (realisasi == null ? 0 : realisasi) + l.realisasi();
          reported++;
        }
        paguDilaporkan = paguDilaporkan == null || l.paguDilaporkan() == null ? null : paguDilaporkan + l.paguDilaporkan();
      }
      Serapan s = Serapan.of(pagu, realisasi, new Coverage(reported, lines.size()), paguDilaporkan);
      return new Budget(Rupiah.of(pagu), Rupiah.of(realisasi), Nilai.of(s.status().name(), s.persen()));
    }
  }

  /** A text of the audit in the language of the answer. */
  private static String teks(ReportingMessages key, Object... args) {
    RequestLocale l = RequestLocale.current();
    return Message.of(key, args).render(l.locale(), l.zone());
  }
}
