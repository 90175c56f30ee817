package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.BuktiRules;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.IndikatorRules;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Serapan;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.domain.Transition;
import id.kinerja.realization.domain.Workflow;
import id.kinerja.realization.events.RealisasiEvents;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * Entering realisasi: saving cells as drafts (creating version 1 or editing the current draft or returned version),
 * optionally submitting them in the same transaction, and opening corrections of approved versions. One code path
 * serves a single cell and a batch: everything is validated first, refusals name every item, and only then is
 * anything written (all-or-nothing), with JDBC batches and one outbox write.
 */
@ApplicationScoped
public class CaptureService {

  public enum Hasil {
    CREATED, UPDATED, UNCHANGED
  }

  /**
   * One indicator cell to save. A save replaces the cell's entered content as a whole: the value, the narrative and
   * the links are the item's, and what the item leaves out is cleared (files uploaded on their own stay).
   *
   * @param revisi expected current revisi (If-Match); null to create the cell
   * @param tautan the version's evidence links from now on; null or empty: none
   */
  public record IndikatorItem(int index, String kode, Long revisi, NilaiIndikator nilai, String satuan,
      List<String> tautan) {

    public IndikatorItem {
      tautan = tautan == null ? List.of() : List.copyOf(tautan);
    }
  }

  public record AnggaranItem(int index, String kode, Long revisi, long nilai, String keterangan) {
  }

  /** What happened to one item; exactly one of indikator / anggaran is set. */
  public record ItemResult(Jenis jenis, int index, String kode, Hasil hasil, RealisasiIndikator indikator,
      RealisasiAnggaran anggaran, List<FieldViolation> peringatan) {

    public int versi() {
      return indikator != null ? indikator.versi : anggaran.versi;
    }

    public int revisi() {
      return indikator != null ? indikator.revisi : anggaran.revisi;
    }

    public Status status() {
      return indikator != null ? indikator.status : anggaran.status;
    }
  }

  @Inject
  PlanCache plans;

  @Inject
  RealisasiStore store;

  @Inject
  Outbox outbox;

  @Inject
  RealisasiEvents events;

  @Inject
  Clock clock;

  /** The plan copy of (kecamatan, tahun), or 422 naming tahun. */
  Plan requirePlan(String kecamatan, int tahun) {
    return plans.plan(kecamatan, tahun).orElseThrow(() -> Refusals.single(Kind.RULE, "tahun", MUST_HAVE_PLAN,
        "kecamatan", kecamatan, "tahun", tahun));
  }

  /** The entry window decision, or 422 naming triwulan and saying when it opens or closed. */
  EntryWindow.Decision requireWindow(Plan plan, int triwulan, Actor actor) {
    EntryWindow.Decision d = EntryWindow.decide(plans.jadwal(plan.kabupatenKode(), plan.tahun(), triwulan).orElse(null),
        plan.kecamatanKode(), plan.tahun(), triwulan, actor.now());
    if (!d.allowed()) {
      throw Refusals.single(Kind.RULE, "triwulan", d.message());
    }
    return d;
  }

  /** The entry window as it stands now (for views). */
  public EntryWindow.Decision window(Plan plan, int triwulan) {
    return EntryWindow.decide(plans.jadwal(plan.kabupatenKode(), plan.tahun(), triwulan).orElse(null),
        plan.kecamatanKode(), plan.tahun(), triwulan, clock.instant());
  }

  static boolean evidenceMissing(IndikatorDef def, NilaiIndikator n, int bukti) {
    return def != null && def.evidenceRequired() && n.keadaan() == Keadaan.REPORTED && bukti == 0;
  }

  @Transactional
  public List<ItemResult> capture(String kecamatan, int tahun, int triwulan, List<IndikatorItem> indikator,
      List<AnggaranItem> anggaran, boolean ajukan, Actor actor, Naming naming) {
    Plan plan = requirePlan(kecamatan, tahun);
    EntryWindow.Decision window = requireWindow(plan, triwulan, actor);

    // 1. Rules against the plan copy, before touching a row.
    Refusals refusals = new Refusals();
    Set<String> seen = new HashSet<>();
    for (IndikatorItem item : indikator) {
      if (!seen.add(item.kode())) {
        refusals.add(Kind.RULE, naming.field(Jenis.INDIKATOR, item.index(), "indikatorKode"), MUST_BE_UNIQUE_IN_BATCH,
            "kode", item.kode());
        continue;
      }
      IndikatorDef def = plan.indikator().get(item.kode());
      if (def == null) {
        refusals.add(Kind.RULE, naming.field(Jenis.INDIKATOR, item.index(), "indikatorKode"),
            MUST_EXIST_IN_PLAN_INDIKATOR, "kode", item.kode(), "kecamatan", kecamatan, "tahun", tahun);
        continue;
      }
      refusals.addAll(Kind.RULE, IndikatorRules.validate(def, triwulan, item.nilai(), item.satuan(),
          name -> naming.field(Jenis.INDIKATOR, item.index(), name)));
      checkLinks(refusals, item, naming);
    }
    seen.clear();
    for (AnggaranItem item : anggaran) {
      String field = naming.field(Jenis.ANGGARAN, item.index(), "anggaranKode");
      if (!seen.add(item.kode())) {
        refusals.add(Kind.RULE, field, MUST_BE_UNIQUE_IN_BATCH, "kode", item.kode());
        continue;
      }
      AnggaranDef def = plan.anggaran().get(item.kode());
      if (def == null) {
        refusals.add(Kind.RULE, field, MUST_EXIST_IN_PLAN_ANGGARAN, "kode", item.kode(), "kecamatan", kecamatan,
            "tahun", tahun);
      } else if (def.punyaAnak()) {
        refusals.add(Kind.RULE, field, MUST_BE_LEAF, "kode", item.kode(), "level", def.level());
      }
      if (item.nilai() < 0) {
        refusals.add(Kind.RULE, naming.field(Jenis.ANGGARAN, item.index(), "nilai"), MUST_NOT_BE_NEGATIVE_RUPIAH);
      }
    }
    refusals.throwIfAny(what(indikator, anggaran));

    // 2. Concurrency and workflow state, on locked rows, with the sheet's writers serialised (sheet revisi in commit
    // order, for GET ?sejak). A single cell sent without revisi is a creation: no row is read, and an existing cell
    // shows up as a conflict of the insert (then 428), one round trip less.
    store.lockSheet(kecamatan, tahun, triwulan);
    boolean creationOnly = indikator.size() + anggaran.size() == 1
        && indikator.stream().allMatch(i -> i.revisi() == null) && anggaran.stream().allMatch(a -> a.revisi() == null);
    Map<String, RealisasiIndikator> currentInd = indikator.isEmpty() || creationOnly ? Map.of()
        : store.currentIndikator(kecamatan, tahun, triwulan, indikator.stream().map(IndikatorItem::kode).toList(), true);
    Map<String, RealisasiAnggaran> currentAng = anggaran.isEmpty() || creationOnly ? Map.of()
        : store.currentAnggaran(kecamatan, tahun, triwulan, anggaran.stream().map(AnggaranItem::kode).toList(), true);
    for (IndikatorItem item : indikator) {
      RealisasiIndikator cur = currentInd.get(item.kode());
      checkVersion(refusals, Jenis.INDIKATOR, item.index(), item.revisi(), cur == null ? null : cur.revisi,
          cur == null ? null : cur.status, cur == null ? 0 : cur.versi, naming);
    }
    for (AnggaranItem item : anggaran) {
      RealisasiAnggaran cur = currentAng.get(item.kode());
      checkVersion(refusals, Jenis.ANGGARAN, item.index(), item.revisi(), cur == null ? null : cur.revisi,
          cur == null ? null : cur.status, cur == null ? 0 : cur.versi, naming);
    }
    refusals.throwIfAny(what(indikator, anggaran));

    // 3. Evidence where the indicator requires it, when submitting. The links of existing cells are read to compare
    // them with the item's (which replace them); their files stay.
    Map<Long, List<Bukti>> bukti = currentInd.isEmpty() ? Map.of()
        : store.bukti(currentInd.values().stream().map(r -> r.id).toList());
    if (ajukan) {
      for (IndikatorItem item : indikator) {
        RealisasiIndikator cur = currentInd.get(item.kode());
        List<Bukti> existing = cur == null ? List.of() : bukti.getOrDefault(cur.id, List.of());
        long count = existing.stream().filter(b -> Bukti.FILE.equals(b.jenis())).count() + item.tautan().size();
        if (evidenceMissing(plan.indikator().get(item.kode()), item.nilai(), (int) count)) {
          refusals.add(Kind.RULE, naming.field(Jenis.INDIKATOR, item.index(), "buktiTautan"), BUKTI_REQUIRED_UPLOAD,
              "kode", item.kode());
        }
      }
      refusals.throwIfAny(what(indikator, anggaran));
    }

    // 4. Write.
    Writes w = new Writes(actor);
    List<ItemResult> results = new ArrayList<>(indikator.size() + anggaran.size());
    for (IndikatorItem item : indikator) {
      results.add(saveIndikator(plan, triwulan, item, currentInd.get(item.kode()), bukti, ajukan, window, actor, w));
    }
    if (!anggaran.isEmpty()) {
      Map<String, Long> before = store.anggaranSebelumnya(kecamatan, tahun, triwulan,
          anggaran.stream().map(AnggaranItem::kode).toList());
      for (AnggaranItem item : anggaran) {
        results.add(saveAnggaran(plan, triwulan, item, currentAng.get(item.kode()), before.getOrDefault(item.kode(), 0L),
            ajukan, window, actor, naming, w));
      }
    }
    w.flush(store, outbox);
    return results;
  }

  private static RealizationMessages what(List<?> indikator, List<?> anggaran) {
    return indikator.size() + anggaran.size() == 1 ? WHAT_REQUEST : WHAT_BATCH;
  }

  private static void checkLinks(Refusals refusals, IndikatorItem item, Naming naming) {
    for (int i = 0; i < item.tautan().size(); i++) {
      Message problem = BuktiRules.linkProblem(item.tautan().get(i));
      if (problem != null) {
        refusals.add(Kind.RULE, naming.field(Jenis.INDIKATOR, item.index(), "buktiTautan[" + i + "]"), problem);
      }
    }
  }

  private static void checkVersion(Refusals refusals, Jenis jenis, int index, Long expected, Integer current,
      Status status, int versi, Naming naming) {
    String field = naming.field(jenis, index, "revisi");
    if (current == null) {
      if (expected != null) {
        refusals.add(Kind.STALE, field, MUST_MATCH_CURRENT_REVISI_NOT_YET);
      }
      return;
    }
    if (expected == null) {
      refusals.add(Kind.MISSING_PRECONDITION, field, REQUIRED_FOR_EXISTING_CELL, "revisi", current);
    } else if (expected.longValue() != current) {
      // The revisi sent is a code the client echoes, written as sent (a Long would be grouped like an amount).
      refusals.add(Kind.STALE, field, MUST_MATCH_CURRENT_REVISI, "terkini", current, "dikirim", expected.toString());
    } else if (!status.editable()) {
      refusals.add(Kind.CONFLICT, naming.field(jenis, index, "status"),
          status == Status.APPROVED ? MUST_BE_EDITABLE_APPROVED : MUST_BE_EDITABLE_IN_REVIEW, "versi", versi,
          "status", status);
    }
  }

  private ItemResult saveIndikator(Plan plan, int triwulan, IndikatorItem item, RealisasiIndikator cur,
      Map<Long, List<Bukti>> bukti, boolean ajukan, EntryWindow.Decision window, Actor actor, Writes w) {
    Hasil hasil;
    RealisasiIndikator r;
    if (cur == null) {
      r = new RealisasiIndikator();
      r.kabupatenKode = plan.kabupatenKode();
      r.kecamatanKode = plan.kecamatanKode();
      r.tahun = plan.tahun();
      r.triwulan = triwulan;
      r.indikatorKode = item.kode();
      r.versi = 1;
      r.terkini = true;
      r.revisi = 1;
      r.status = Status.DRAFT;
      r.nilai = item.nilai();
      r.terlambat = window.terlambat();
      r.dibuatOleh = actor.user();
      r.dibuatPada = actor.now();
      r.diubahOleh = actor.user();
      r.diubahPada = actor.now();
      hasil = Hasil.CREATED;
      w.audit(r, "CREATED", new Changes().putAll(NilaiIndikator.changes(null, item.nilai())), null, actor);
      w.newIndikator.add(r);
      if (!item.tautan().isEmpty()) {
        w.links.add(new Writes.PendingLinks(r, item.tautan()));
      }
    } else {
      r = cur;
      Changes changes = new Changes().putAll(NilaiIndikator.changes(cur.nilai, item.nilai()));
      List<Bukti> oldLinks = bukti.getOrDefault(cur.id, List.of()).stream()
          .filter(b -> Bukti.LINK.equals(b.jenis())).toList();
      // Links come back in upload order, and links saved together have no order among them: order does not count.
      boolean linksChanged = !oldLinks.stream().map(Bukti::url).sorted().toList()
          .equals(item.tautan().stream().map(String::trim).sorted().toList());
      if (linksChanged) {
        changes.put("buktiTautan", oldLinks.stream().map(Bukti::url).toList(), item.tautan());
        oldLinks.forEach(b -> w.removedBukti.add(b.id()));
        if (!item.tautan().isEmpty()) {
          w.links.add(new Writes.PendingLinks(r, item.tautan()));
        }
      }
      if (changes.isEmpty() && cur.status == Status.DRAFT) {
        hasil = Hasil.UNCHANGED;
      } else {
        if (cur.status != Status.DRAFT) {
          changes.put("status", cur.status.name(), Status.DRAFT.name());
        }
        r.nilai = item.nilai();
        r.status = Status.DRAFT;
        r.revisi++;
        r.terlambat |= window.terlambat();
        r.diubahOleh = actor.user();
        r.diubahPada = actor.now();
        hasil = Hasil.UPDATED;
        w.audit(r, "UPDATED", changes, null, actor);
      }
      if (hasil != Hasil.UNCHANGED || ajukan) {
        w.changedIndikator.add(r);
      }
    }
    if (ajukan) {
      submit(r, window, actor, w);
    }
    return new ItemResult(Jenis.INDIKATOR, item.index(), item.kode(), hasil, r, null, List.of());
  }

  private void submit(RealisasiIndikator r, EntryWindow.Decision window, Actor actor, Writes w) {
    Status before = r.status;
    r.status = Status.SUBMITTED;
    r.revisi++;
    r.terlambat |= window.terlambat();
    r.diajukanOleh = actor.user();
    r.diajukanPada = actor.now();
    r.diubahOleh = actor.user();
    r.diubahPada = actor.now();
    w.audit(r, "SUBMITTED", Changes.status(before.name(), r.status.name()), null, actor);
    w.events.add(events.indikator(r, Transition.SUBMITTED, actor.user(), actor.peran(), actor.now()));
  }

  private ItemResult saveAnggaran(Plan plan, int triwulan, AnggaranItem item, RealisasiAnggaran cur, long sebelumnya,
      boolean ajukan, EntryWindow.Decision window, Actor actor, Naming naming, Writes w) {
    AnggaranDef def = plan.anggaran().get(item.kode());
    boolean melebihi = Serapan.melebihiPagu(def.pagu(), sebelumnya, item.nilai());
    List<FieldViolation> peringatan = melebihi ? List.of(FieldViolation.of(naming.field(Jenis.ANGGARAN, item.index(),
        "nilai"), MELEBIHI_PAGU, "triwulan", triwulan, "jumlah", Math.addExact(sebelumnya, item.nilai()), "kode",
        item.kode(), "pagu", def.pagu()))
        : List.of();
    Hasil hasil;
    RealisasiAnggaran r;
    if (cur == null) {
      r = new RealisasiAnggaran();
      r.kabupatenKode = plan.kabupatenKode();
      r.kecamatanKode = plan.kecamatanKode();
      r.tahun = plan.tahun();
      r.triwulan = triwulan;
      r.anggaranKode = item.kode();
      r.versi = 1;
      r.terkini = true;
      r.revisi = 1;
      r.status = Status.DRAFT;
      r.nilai = item.nilai();
      r.melebihiPagu = melebihi;
      r.keterangan = item.keterangan();
      r.terlambat = window.terlambat();
      r.dibuatOleh = actor.user();
      r.dibuatPada = actor.now();
      r.diubahOleh = actor.user();
      r.diubahPada = actor.now();
      hasil = Hasil.CREATED;
      w.audit(r, "CREATED", new Changes().put("nilai", null, r.nilai).put("keterangan", null, r.keterangan), null, actor);
      w.newAnggaran.add(r);
    } else {
      r = cur;
      Changes changes = new Changes();
      if (cur.nilai != item.nilai()) {
        changes.put("nilai", cur.nilai, item.nilai());
      }
      if (!Objects.equals(cur.keterangan, item.keterangan())) {
        changes.put("keterangan", cur.keterangan, item.keterangan());
      }
      if (changes.isEmpty() && cur.status == Status.DRAFT && cur.melebihiPagu == melebihi) {
        hasil = Hasil.UNCHANGED;
      } else {
        if (cur.status != Status.DRAFT) {
          changes.put("status", cur.status.name(), Status.DRAFT.name());
        }
        r.nilai = item.nilai();
        r.keterangan = item.keterangan();
        r.melebihiPagu = melebihi;
        r.status = Status.DRAFT;
        r.revisi++;
        r.terlambat |= window.terlambat();
        r.diubahOleh = actor.user();
        r.diubahPada = actor.now();
        hasil = Hasil.UPDATED;
        w.audit(r, "UPDATED", changes, null, actor);
      }
      if (hasil != Hasil.UNCHANGED || ajukan) {
        w.changedAnggaran.add(r);
      }
    }
    if (ajukan) {
      Status before = r.status;
      r.status = Status.SUBMITTED;
      r.revisi++;
      r.diajukanOleh = actor.user();
      r.diajukanPada = actor.now();
      r.diubahOleh = actor.user();
      r.diubahPada = actor.now();
      w.audit(r, "SUBMITTED", Changes.status(before.name(), r.status.name()), null, actor);
      w.events.add(events.anggaran(r, Transition.SUBMITTED, actor.user(), actor.peran(), actor.now()));
    }
    return new ItemResult(Jenis.ANGGARAN, item.index(), item.kode(), hasil, null, r, peringatan);
  }

  // ---------------------------------------------------------------- corrections

  /**
   * Opens version n+1 of an approved indicator cell (reason required). Its content is {@code nilai} when given, else a
   * copy of version n; its evidence starts as version n's (links replaced when {@code tautan} is given). Version n
   * stays the official one until n+1 is approved.
   */
  @Transactional
  public ItemResult correctIndikator(String kecamatan, int tahun, int triwulan, String kode, Long ifMatch,
      String alasanKoreksi, NilaiIndikator nilai, String satuan, List<String> tautan, boolean ajukan, Actor actor) {
    Plan plan = requirePlan(kecamatan, tahun);
    IndikatorDef def = plan.indikator().get(kode);
    if (def == null) {
      throw Refusals.single(Kind.RULE, "indikatorKode", MUST_EXIST_IN_PLAN_INDIKATOR, "kode", kode, "kecamatan",
          kecamatan, "tahun", tahun);
    }
    EntryWindow.Decision window = requireWindow(plan, triwulan, actor);
    Refusals refusals = new Refusals();
    if (nilai != null) {
      refusals.addAll(Kind.RULE, IndikatorRules.validate(def, triwulan, nilai, satuan, name -> "realisasi." + name));
    }
    checkLinks(refusals, new IndikatorItem(0, kode, null, nilai, satuan, tautan), (j, i, n) -> n);
    refusals.throwIfAny(WHAT_CORRECTION);
    store.lockSheet(kecamatan, tahun, triwulan);
    RealisasiIndikator old = store.currentIndikator(kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
    if (old == null) {
      throw ProblemException.notFound(THING_REALISASI_INDIKATOR, "kode", kode, "triwulan", triwulan, "tahun", tahun);
    }
    checkCorrectable(old.revisi, old.status, old.versi, ifMatch);
    Map<Long, List<Bukti>> oldBukti = store.bukti(List.of(old.id));
    List<Bukti> inherited = oldBukti.getOrDefault(old.id, List.of());
    NilaiIndikator content = nilai == null ? old.nilai : nilai;
    if (ajukan) {
      long count = tautan == null ? inherited.size()
          : inherited.stream().filter(b -> Bukti.FILE.equals(b.jenis())).count() + tautan.size();
      if (evidenceMissing(def, content, (int) count)) {
        throw Refusals.single(Kind.RULE, "buktiTautan", BUKTI_REQUIRED_UPLOAD, "kode", kode);
      }
    }
    Writes w = new Writes(actor);
    old.terkini = false;
    w.changedIndikator.add(old);
    RealisasiIndikator r = new RealisasiIndikator();
    r.kabupatenKode = old.kabupatenKode;
    r.kecamatanKode = old.kecamatanKode;
    r.tahun = old.tahun;
    r.triwulan = old.triwulan;
    r.indikatorKode = old.indikatorKode;
    r.versi = old.versi + 1;
    r.terkini = true;
    r.revisi = old.revisi + 1;
    r.status = Status.DRAFT;
    r.nilai = content;
    r.alasanKoreksi = alasanKoreksi;
    r.terlambat = window.terlambat();
    r.dibuatOleh = actor.user();
    r.dibuatPada = actor.now();
    r.diubahOleh = actor.user();
    r.diubahPada = actor.now();
    w.newIndikator.add(r);
    w.copyBukti.add(new Writes.PendingCopy(old.id, r));
    if (tautan != null) {
      // Inherited links are replaced: they are copied first, then dropped by url in flush.
      w.replaceLinksAfterCopy.add(new Writes.PendingLinks(r, tautan));
    }
    w.audit(r, "CORRECTION_OPENED", new Changes().put("versi", old.versi, r.versi)
        .putAll(NilaiIndikator.changes(old.nilai, content)), alasanKoreksi, actor);
    w.events.add(events.indikator(r, Transition.CORRECTION_OPENED, actor.user(), actor.peran(), actor.now()));
    if (ajukan) {
      submit(r, window, actor, w);
    }
    w.flush(store, outbox);
    return new ItemResult(Jenis.INDIKATOR, 0, kode, Hasil.CREATED, r, null, List.of());
  }

  @Transactional
  public ItemResult correctAnggaran(String kecamatan, int tahun, int triwulan, String kode, Long ifMatch,
      String alasanKoreksi, Long nilai, String keterangan, boolean ajukan, Actor actor) {
    Plan plan = requirePlan(kecamatan, tahun);
    AnggaranDef def = plan.anggaran().get(kode);
    if (def == null) {
      throw Refusals.single(Kind.RULE, "anggaranKode", MUST_EXIST_IN_PLAN_ANGGARAN, "kode", kode, "kecamatan",
          kecamatan, "tahun", tahun);
    }
    EntryWindow.Decision window = requireWindow(plan, triwulan, actor);
    store.lockSheet(kecamatan, tahun, triwulan);
    RealisasiAnggaran old = store.currentAnggaran(kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
    if (old == null) {
      throw ProblemException.notFound(THING_REALISASI_ANGGARAN, "kode", kode, "triwulan", triwulan, "tahun", tahun);
    }
    checkCorrectable(old.revisi, old.status, old.versi, ifMatch);
    long value = nilai == null ? old.nilai : nilai;
    long sebelumnya = store.anggaranSebelumnya(kecamatan, tahun, triwulan, List.of(kode)).getOrDefault(kode, 0L);
    Writes w = new Writes(actor);
    old.terkini = false;
    w.changedAnggaran.add(old);
    RealisasiAnggaran r = new RealisasiAnggaran();
    r.kabupatenKode = old.kabupatenKode;
    r.kecamatanKode = old.kecamatanKode;
    r.tahun = old.tahun;
    r.triwulan = old.triwulan;
    r.anggaranKode = old.anggaranKode;
    r.versi = old.versi + 1;
    r.terkini = true;
    r.revisi = old.revisi + 1;
    r.status = Status.DRAFT;
    r.nilai = value;
    r.keterangan = keterangan == null ? old.keterangan : keterangan;
    r.melebihiPagu = Serapan.melebihiPagu(def.pagu(), sebelumnya, value);
    r.alasanKoreksi = alasanKoreksi;
    r.terlambat = window.terlambat();
    r.dibuatOleh = actor.user();
    r.dibuatPada = actor.now();
    r.diubahOleh = actor.user();
    r.diubahPada = actor.now();
    w.newAnggaran.add(r);
    Changes changes = new Changes().put("versi", old.versi, r.versi);
    if (old.nilai != r.nilai) {
      changes.put("nilai", old.nilai, r.nilai);
    }
    if (!Objects.equals(old.keterangan, r.keterangan)) {
      changes.put("keterangan", old.keterangan, r.keterangan);
    }
    w.audit(r, "CORRECTION_OPENED", changes, alasanKoreksi, actor);
    w.events.add(events.anggaran(r, Transition.CORRECTION_OPENED, actor.user(), actor.peran(), actor.now()));
    if (ajukan) {
      r.status = Status.SUBMITTED;
      r.revisi++;
      r.diajukanOleh = actor.user();
      r.diajukanPada = actor.now();
      w.audit(r, "SUBMITTED", Changes.status(Status.DRAFT.name(), Status.SUBMITTED.name()), null, actor);
      w.events.add(events.anggaran(r, Transition.SUBMITTED, actor.user(), actor.peran(), actor.now()));
    }
    w.flush(store, outbox);
    return new ItemResult(Jenis.ANGGARAN, 0, kode, Hasil.CREATED, null, r, List.of());
  }

  private static void checkCorrectable(int revisi, Status status, int versi, Long ifMatch) {
    if (ifMatch == null) {
      throw Refusals.single(Kind.MISSING_PRECONDITION, "If-Match", REQUIRED_ETAG);
    }
    if (ifMatch != revisi) {
      throw Refusals.single(Kind.STALE, "If-Match", MUST_MATCH_CURRENT_ETAG_CELL, "revisi", revisi);
    }
    if (!Workflow.correctable(status)) {
      throw Refusals.single(Kind.CONFLICT, "status", status.editable() ? MUST_BE_APPROVED_EDITABLE
          : MUST_BE_APPROVED_IN_REVIEW, "versi", versi, "status", status);
    }
  }
}
