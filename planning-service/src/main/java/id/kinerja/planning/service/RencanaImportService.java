package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.DRAFT_NOT_LATEST;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_JADWAL;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_PK_VERSION;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_SKALA;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_CATATAN_SUMBER;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_JADWAL;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_KABUPATEN;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_KECAMATAN;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_PK_DITETAPKAN;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_PK_DRAFT;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_RENCANA;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_SKALA;
import static id.kinerja.planning.domain.PlanningMessages.PK_DITETAPKAN_IMMUTABLE_IMPORT;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.dokumen.JadwalDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.SkalaDok;
import id.kinerja.planning.domain.rencana.Penetapan;
import id.kinerja.planning.domain.rencana.RencanaBuilder;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.JadwalRules;
import id.kinerja.planning.domain.rules.PejabatIndex;
import id.kinerja.planning.domain.rules.PkRules;
import id.kinerja.planning.domain.rules.RenstraIndex;
import id.kinerja.planning.domain.rules.RenstraRules;
import id.kinerja.planning.domain.rules.SkalaRules;
import id.kinerja.planning.domain.rules.Violations;

/**
 * Imports a whole kecamatan plan (docs/planning/rencana-import.v1.schema.json) as one unit: the document is
 * validated completely against the stored state — every error listed with its JSON path — and then applied in
 * one transaction, or not at all. Only what differs from the stored state is written and announced, so an
 * identical document changes and publishes nothing. A ditetapkan PK version cannot be changed by a document; a
 * higher version (PK perubahan) is added and the old one stays readable.
 */
@ApplicationScoped
public class RencanaImportService {

  /** The outcome of an import. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RencanaImportHasil",
      description = "What an import changed (empty when the document equals the stored plan), the plans it republished, warnings")
  public record Hasil(String kabupatenKode, String kecamatanKode, boolean berubah, List<Message> perubahan,
      List<RencanaPublisher.Hasil> rencana, List<FieldViolation> peringatan) {
  }

  @Inject
  PlanningLock lock;

  @Inject
  StoredPlans stored;

  @Inject
  KabupatenService kabupatenService;

  @Inject
  KecamatanService kecamatanService;

  @Inject
  RenstraService renstraService;

  @Inject
  PerjanjianKinerjaService pkService;

  @Inject
  SkalaService skalaService;

  @Inject
  JadwalService jadwalService;

  @Inject
  RencanaPublisher publisher;

  /** A PK of the document after its checks. */
  private record DocPk(int index, String path, PkRules.Checked checked, PerjanjianKinerja stored) {
    PkDok pk() {
      return checked.pk();
    }
  }

  /** A jadwal of the document with its window read in the kabupaten's zone. */
  private record DocJadwal(JadwalDok dok, JadwalService.Jendela jendela) {
  }

  /** The document after every check passed: its parts with defaults filled in, and the warnings. */
  private record CheckedDokumen(KecamatanDok kecamatan, RenstraDok renstra, RenstraIndex renstraIndex, List<DocPk> pks,
      List<SkalaDok> skala, List<DocJadwal> jadwal, List<FieldViolation> warnings) {
  }

  /** Validates the structurally valid document {@code raw} against the stored state and applies it. */
  @Transactional
  public Hasil importDokumen(RencanaDokumen raw, String user) {
    String kab = raw.kabupaten().kode();
    lock.kabupaten(kab);
    CheckedDokumen doc = check(raw);
    // Apply: kabupaten, kecamatan, Renstra, PKs, scales, calendar; then republish the plans that changed.
    String kec = doc.kecamatan().kode();
    List<Message> perubahan = new ArrayList<>();
    KabupatenService.Applied k = applyMasterData(raw, doc.kecamatan(), user, perubahan);
    Set<Integer> years = new TreeSet<>(renstraService.apply(kec, doc.renstra(), user));
    if (!years.isEmpty()) {
      perubahan.add(Message.of(PERUBAHAN_RENSTRA, "kode", doc.renstra().kode()));
    }
    years.addAll(applyPks(doc, k.kabupaten(), user, perubahan));
    applyCalendar(kab, doc, user, perubahan);
    PerjanjianKinerja.flush();
    if (k.changed()) {
      years.addAll(publisher.publishedYears(kec));
    }
    List<RencanaPublisher.Hasil> rencana = publisher.refresh(kec, years);
    rencana.stream().filter(RencanaPublisher.Hasil::diterbitkan)
        .forEach(r -> perubahan.add(Message.of(PERUBAHAN_RENCANA, "tahun", r.tahun(), "versi", r.planVersi())));
    return new Hasil(kab, kec, !perubahan.isEmpty(), perubahan, rencana, doc.warnings());
  }

  /**
   * Every check of the document against the rules and the stored state; all errors are listed in one 400 and nothing
   * is stored. The plans the document would put in force are checked last, once its parts are valid.
   */
  private CheckedDokumen check(RencanaDokumen raw) {
    String kab = raw.kabupaten().kode();
    Violations v = new Violations();
    Violations warnings = new Violations();
    KecamatanDok kec = Defaults.kecamatan(raw.kecamatan());
    kecamatanService.check(kab, kec, "kecamatan", v);
    RenstraDok renstra = Defaults.renstra(raw.renstra());
    int before = v.list().size();
    RenstraRules.check(renstra, "renstra", v);
    if (v.list().size() == before) {
      renstraService.checkSignedPks(kec.kode(), renstra, "renstra", v);
    }
    RenstraIndex renstraIndex = new RenstraIndex(renstra);
    List<DocPk> pks = pks(raw, kec.kode(), renstraIndex, new PejabatIndex(kec.pejabat()), v, warnings);
    List<SkalaDok> skala = skala(raw, v);
    // Jadwal dates are local days of the kabupaten's zone as it will be after the import.
    List<DocJadwal> jadwal = jadwal(raw, kabupatenService.zona(raw.kabupaten()).zone(), v);
    // The plans the document would put in force must be consistent across the officials' PKs.
    if (v.isEmpty()) {
      Set<Integer> pkYears = new TreeSet<>();
      pks.forEach(p -> pkYears.add(p.pk().tahun()));
      for (int tahun : pkYears) {
        planCheck(raw, kec.kode(), tahun, renstra, renstraIndex, pks, v);
      }
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    return new CheckedDokumen(kec, renstra, renstraIndex, pks, skala, jadwal, warnings.list());
  }

  /** Applies the kabupaten's settings, the kecamatan and its provenance notes; returns the kabupaten applied. */
  private KabupatenService.Applied applyMasterData(RencanaDokumen raw, KecamatanDok kec, String user,
      List<Message> perubahan) {
    String kab = raw.kabupaten().kode();
    KabupatenService.Applied k = kabupatenService.apply(raw.kabupaten(), user);
    if (k.changed()) {
      perubahan.add(Message.of(PERUBAHAN_KABUPATEN, "kode", kab, "versi", k.kabupaten().konfigurasiVersi));
    }
    if (kecamatanService.apply(kab, kec, user)) {
      perubahan.add(Message.of(PERUBAHAN_KECAMATAN, "kode", kec.kode()));
    }
    if (raw.catatanSumber() != null) {
      Kecamatan stored = Kecamatan.findById(kec.kode());
      String catatan = CanonicalJson.write(raw.catatanSumber());
      if (!catatan.equals(stored.catatanSumber)) {
        stored.catatanSumber = catatan;
        perubahan.add(Message.of(PERUBAHAN_CATATAN_SUMBER));
      }
    }
    return k;
  }

  /**
   * Writes the document's PKs that differ from the stored ones (a ditetapkan one is identical, checked before) and
   * signs those the document gives as ditetapkan; returns the years whose plan they change.
   */
  private Set<Integer> applyPks(CheckedDokumen doc, Kabupaten kabupaten, String user, List<Message> perubahan) {
    Set<Integer> years = new TreeSet<>();
    for (DocPk p : doc.pks()) {
      PkDok pk = p.pk();
      PerjanjianKinerja e = p.stored();
      boolean ditetapkan = Boolean.TRUE.equals(pk.ditetapkan());
      if (e != null && e.status == PkStatus.DITETAPKAN) {
        continue; // identical to the stored version (checked above)
      }
      if (e != null && samePk(e, pk) && !ditetapkan) {
        continue;
      }
      if (e == null) {
        e = new PerjanjianKinerja();
      }
      pkService.write(e, doc.kecamatan().kode(), p.checked(), user);
      if (ditetapkan) {
        Penetapan penetapan = Penetapan.of(pk, p.checked().pihak(), doc.renstraIndex(), kabupaten.negativeFormulaDefault);
        e.status = PkStatus.DITETAPKAN;
        e.penetapan = CanonicalJson.write(penetapan);
        e.ditetapkanAt = Instant.now();
        e.ditetapkanBy = user;
        e.persist();
      }
      perubahan.add(Message.of(ditetapkan ? PERUBAHAN_PK_DITETAPKAN : PERUBAHAN_PK_DRAFT, "tahun", pk.tahun(), "pejabat",
          p.checked().pihak().nama(), "versi", pk.versi()));
      years.add(pk.tahun());
    }
    return years;
  }

  /** Writes the document's scales and calendar where they differ from the stored ones (each announces itself). */
  private void applyCalendar(String kab, CheckedDokumen doc, String user, List<Message> perubahan) {
    for (SkalaDok s : doc.skala()) {
      if (skalaService.apply(kab, s, user)) {
        perubahan.add(Message.of(PERUBAHAN_SKALA, "tahun", s.tahun(), "tujuan", s.tujuan()));
      }
    }
    for (DocJadwal j : doc.jadwal()) {
      if (jadwalService.apply(kab, j.dok().tahun(), j.dok().triwulan(), j.jendela(), user)) {
        perubahan.add(Message.of(PERUBAHAN_JADWAL, "tahun", j.dok().tahun(), "triwulan", j.dok().triwulan()));
      }
    }
  }

  private List<DocPk> pks(RencanaDokumen raw, String kecamatanKode, RenstraIndex renstra, PejabatIndex pejabat,
      Violations v, Violations warnings) {
    List<DocPk> out = new ArrayList<>();
    List<PkDok> list = Defaults.list(raw.perjanjianKinerja());
    Map<String, Integer> identity = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = Violations.at("perjanjianKinerja", i);
      PkDok pk = Defaults.pk(list.get(i), renstra.sasaranKode());
      PkRules.Checked checked = PkRules.check(pk, path, renstra, pejabat, v, warnings);
      if (checked.pihakKunci() == null) {
        continue;
      }
      String id = pk.tahun() + "|" + checked.pihakKunci() + "|" + pk.versi();
      if (identity.putIfAbsent(id, i) != null) {
        v.add(Violations.at(path, "versi"), DUPLICATE_CODE_PK_VERSION, "indeks", identity.get(id), "versi", pk.versi(),
            "pejabat", checked.pihak().nama(), "tahun", pk.tahun());
        continue;
      }
      PerjanjianKinerja existing = PerjanjianKinerja.find(
          "kecamatanKode = ?1 and tahun = ?2 and pihakKunci = ?3 and versi = ?4", kecamatanKode, pk.tahun(),
          checked.pihakKunci(), pk.versi()).firstResult();
      if (existing != null && existing.status == PkStatus.DITETAPKAN
          && (!Boolean.TRUE.equals(pk.ditetapkan()) || !samePk(existing, checked.pk()))) {
        v.add(path, PK_DITETAPKAN_IMMUTABLE_IMPORT, "versi", pk.versi(), "pejabat", checked.pihak().nama(), "tahun",
            pk.tahun(), "jenis", PkJenis.PERUBAHAN, "versiBaru", maxVersi(kecamatanKode, pk.tahun(), checked.pihakKunci()) + 1);
        continue;
      }
      out.add(new DocPk(i, path, checked, existing));
    }
    // A draft is always the newest version of its official's PK, and there is at most one.
    Map<String, List<Integer>> byOfficial = new LinkedHashMap<>();
    for (DocPk p : out) {
      byOfficial.computeIfAbsent(p.pk().tahun() + "|" + p.checked().pihakKunci(), x -> new ArrayList<>()).add(out.indexOf(p));
    }
    for (var e : byOfficial.entrySet()) {
      DocPk first = out.get(e.getValue().get(0));
      int tahun = first.pk().tahun();
      String kunci = first.checked().pihakKunci();
      Map<Integer, Boolean> draft = new HashMap<>();
      for (PerjanjianKinerja s : pkService.versions(kecamatanKode, tahun, kunci)) {
        draft.put(s.versi, s.status == PkStatus.DRAFT);
      }
      e.getValue().forEach(i -> draft.put(out.get(i).pk().versi(), !Boolean.TRUE.equals(out.get(i).pk().ditetapkan())));
      int newest = draft.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      for (var d : draft.entrySet()) {
        if (d.getValue() && d.getKey() != newest) {
          DocPk at = e.getValue().stream().map(out::get).filter(p -> p.pk().versi() == newest).findFirst()
              .orElse(out.get(e.getValue().get(0)));
          v.add(Violations.at(at.path(), "versi"), DRAFT_NOT_LATEST, "versi", d.getKey(), "pejabat",
              first.checked().pihak().nama(), "tahun", tahun, "terbaru", newest);
        }
      }
    }
    return out;
  }

  private List<SkalaDok> skala(RencanaDokumen raw, Violations v) {
    List<SkalaDok> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<SkalaDok> list = Defaults.list(raw.skalaPredikat());
    for (int i = 0; i < list.size(); i++) {
      SkalaDok s = Defaults.skala(list.get(i));
      String path = Violations.at("skalaPredikat", i);
      SkalaRules.tahun(s.tahun(), Violations.at(path, "tahun"), v);
      if (seen.putIfAbsent(s.tahun() + "|" + s.tujuan(), i) != null) {
        v.add(Violations.at(path, "tujuan"), DUPLICATE_CODE_SKALA, "indeks", seen.get(s.tahun() + "|" + s.tujuan()), "tujuan",
            s.tujuan(), "tahun", s.tahun());
      }
      SkalaRules.check(s.tujuan(), s.bands(), path, v);
      out.add(s);
    }
    return out;
  }

  private List<DocJadwal> jadwal(RencanaDokumen raw, ZoneId zone, Violations v) {
    List<DocJadwal> out = new ArrayList<>();
    List<JadwalDok> list = Defaults.list(raw.jadwal());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JadwalDok j = list.get(i);
      String path = Violations.at("jadwal", i);
      SkalaRules.tahun(j.tahun(), Violations.at(path, "tahun"), v);
      if (seen.putIfAbsent(j.tahun() + "|" + j.triwulan(), i) != null) {
        v.add(Violations.at(path, "triwulan"), DUPLICATE_CODE_JADWAL, "indeks", seen.get(j.tahun() + "|" + j.triwulan()),
            "triwulan", j.triwulan(), "tahun", j.tahun());
      }
      JadwalService.Jendela w = JadwalService.jendela(
          new JadwalService.Masukan(j.inputDibuka(), j.inputDitutup(), j.verifikasiDitutup()), zone, path, v);
      JadwalRules.check(w.inputDibuka(), w.inputDitutup(), w.verifikasiDitutup(), path, v);
      out.add(new DocJadwal(j, w));
    }
    return out;
  }

  /** Builds the plan of {@code tahun} as it would be after the import and adds its violations. */
  private void planCheck(RencanaDokumen raw, String kecamatanKode, int tahun, RenstraDok renstra,
      RenstraIndex renstraIndex, List<DocPk> pks, Violations v) {
    // The Renstra in force after the import: the document's, unless a stored one covering the year starts later.
    Optional<Renstra> other = stored.renstraInForce(kecamatanKode, tahun)
        .filter(r -> !r.kode.equals(renstra.kode()) && (r.periodeAwal > renstra.periodeAwal()
            || r.periodeAwal == renstra.periodeAwal() && r.kode.compareTo(renstra.kode()) < 0));
    RenstraDok inForce = other.map(stored::renstra).orElse(renstra);
    List<RencanaBuilder.PkMasuk> signed = new ArrayList<>();
    Set<Long> replaced = new java.util.HashSet<>();
    for (DocPk p : pks) {
      if (p.pk().tahun() != tahun || !Boolean.TRUE.equals(p.pk().ditetapkan())) {
        continue;
      }
      if (p.stored() != null) {
        replaced.add(p.stored().id);
      }
      Penetapan penetapan = Penetapan.of(p.pk(), p.checked().pihak(), renstraIndex, raw.kabupaten().negativeFormulaDefault());
      signed.add(new RencanaBuilder.PkMasuk("doc-" + p.index(), p.path(), p.checked().pihakKunci(), p.pk(), penetapan));
    }
    for (RencanaBuilder.PkMasuk s : pkService.signed(kecamatanKode, tahun)) {
      if (!replaced.contains(Long.valueOf(s.id()))) {
        signed.add(s);
      }
    }
    v.addAll(RencanaBuilder.build(raw.kabupaten().kode(), kecamatanKode, tahun, raw.kabupaten().negativeFormulaDefault(),
        inForce, signed).violations());
  }

  private boolean samePk(PerjanjianKinerja e, PkDok pk) {
    return e.isi.equals(CanonicalJson.write(pk.with(null, null)));
  }

  private static int maxVersi(String kecamatanKode, int tahun, String kunci) {
    return PerjanjianKinerja.<PerjanjianKinerja>list("kecamatanKode = ?1 and tahun = ?2 and pihakKunci = ?3",
        kecamatanKode, tahun, kunci).stream().mapToInt(p -> p.versi).max().orElse(0);
  }
}
