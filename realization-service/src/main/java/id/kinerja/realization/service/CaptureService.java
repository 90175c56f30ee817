package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.domain.Transition;
import id.kinerja.realization.domain.Workflow;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * Entering realisasi: saving cells as drafts (creating version 1 or editing the current draft or returned version),
 * optionally submitting them in the same transaction, and opening corrections of approved versions. One code path
 * serves a single cell and a batch, and both kinds of cell (what differs is the {@link CellKind}): everything is
 * validated first, refusals name every item, and only then is anything written (all-or-nothing), with JDBC batches
 * and one outbox write.
 */
@ApplicationScoped
public class CaptureService {

  public enum Hasil {
    CREATED, UPDATED, UNCHANGED
  }

  /**
   * One cell to save. A save replaces the cell's entered content as a whole: what the item leaves out is cleared
   * (files uploaded on their own stay).
   */
  public sealed interface Item permits IndikatorItem, AnggaranItem {

    /** Position in its list of the request. */
    int index();

    String kode();

    /** Expected current revisi (If-Match); null to create the cell. */
    Long revisi();

    /** The version's evidence links from now on. */
    default List<String> links() {
      return List.of();
    }
  }

  /**
   * An indicator's value.
   *
   * @param nilai  null in a correction: a copy of the corrected version's
   * @param tautan the version's evidence links from now on; null or empty: none (in a correction, null keeps the
   *               corrected version's links)
   */
  public record IndikatorItem(int index, String kode, Long revisi, NilaiIndikator nilai, String satuan,
      List<String> tautan) implements Item {

    public IndikatorItem {
      tautan = tautan == null ? null : List.copyOf(tautan);
    }

    @Override
    public List<String> links() {
      return tautan == null ? List.of() : tautan;
    }
  }

  /**
   * A budget line's spending in Rupiah.
   *
   * @param nilai      null in a correction: the corrected version's
   * @param keterangan null in a correction: the corrected version's
   */
  public record AnggaranItem(int index, String kode, Long revisi, Long nilai, String keterangan) implements Item {
  }

  /** What happened to one item. */
  public record ItemResult(Jenis jenis, int index, String kode, Hasil hasil, Realisasi cell,
      List<FieldViolation> peringatan) {

    public int versi() {
      return cell.versi;
    }

    public int revisi() {
      return cell.revisi;
    }

    public Status status() {
      return cell.status;
    }
  }

  /** The items of one kind in a request, with what was read for them. */
  private static final class Group<R extends Realisasi, I extends Item> {

    final CellKind<R, I> kind;
    final List<I> items = new ArrayList<>();
    /** The current versions of the items' cells, by kode; none read for a single creation. */
    Map<String, R> current = Map.of();
    CellKind.Entry<R, I> entry;

    Group(CellKind<R, I> kind) {
      this.kind = kind;
    }

    R current(Item item) {
      return current.get(item.kode());
    }
  }

  @Inject
  PlanCache plans;

  @Inject
  RealisasiStore store;

  @Inject
  Writer writer;

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

  /**
   * Saves the items (of either kind, results in the order of {@link CellKind#ALL}, then of the request), submitting
   * them too when {@code ajukan}: all of them, or none with every refusal named.
   */
  @Transactional
  public List<ItemResult> capture(String kecamatan, int tahun, int triwulan, List<? extends Item> items, boolean ajukan,
      Actor actor, Naming naming) {
    Plan plan = requirePlan(kecamatan, tahun);
    EntryWindow.Decision window = requireWindow(plan, triwulan, actor);
    List<Group<?, ?>> groups = byKind(items);
    RealizationMessages what = items.size() == 1 ? WHAT_REQUEST : WHAT_BATCH;
    checkAgainstPlan(plan, triwulan, groups, naming, what);
    lockAndCheckVersions(plan, triwulan, groups, creationOnly(items), naming, what);
    readForEntry(plan, triwulan, groups, ajukan, naming, what);
    Writes w = writer.start(actor);
    List<ItemResult> results = new ArrayList<>(items.size());
    for (Group<?, ?> g : groups) {
      save(plan, triwulan, g, ajukan, window, actor, naming, w, results);
    }
    w.flush();
    return results;
  }

  /** The items by kind, in the order of {@link CellKind#ALL}; kinds without items left out. */
  private static List<Group<?, ?>> byKind(List<? extends Item> items) {
    List<Group<?, ?>> groups = new ArrayList<>();
    for (CellKind<?, ?> kind : CellKind.ALL) {
      Group<?, ?> g = group(kind, items);
      if (!g.items.isEmpty()) {
        groups.add(g);
      }
    }
    return groups;
  }

  private static <R extends Realisasi, I extends Item> Group<R, I> group(CellKind<R, I> kind,
      List<? extends Item> items) {
    Group<R, I> g = new Group<>(kind);
    items.stream().filter(kind.itemType::isInstance).map(kind.itemType::cast).forEach(g.items::add);
    return g;
  }

  /** A single cell sent without revisi is a creation: no row is read (an existing cell fails the insert: 428). */
  private static boolean creationOnly(List<? extends Item> items) {
    return items.size() == 1 && items.get(0).revisi() == null;
  }

  /** 1. Rules against the plan copy, before touching a row: each kode once, in the plan, with a valid value. */
  private void checkAgainstPlan(Plan plan, int triwulan, List<Group<?, ?>> groups, Naming naming,
      RealizationMessages what) {
    Refusals refusals = new Refusals();
    for (Group<?, ?> g : groups) {
      checkAgainstPlan(plan, triwulan, g, refusals, naming);
    }
    refusals.throwIfAny(what);
  }

  private static <I extends Item> void checkAgainstPlan(Plan plan, int triwulan, Group<?, I> g, Refusals refusals,
      Naming naming) {
    Set<String> seen = new HashSet<>();
    for (I item : g.items) {
      String field = naming.field(g.kind.jenis, item.index(), g.kind.kodeField);
      if (!seen.add(item.kode())) {
        refusals.add(Kind.RULE, field, MUST_BE_UNIQUE_IN_BATCH, "kode", item.kode());
        continue;
      }
      if (!g.kind.inPlan(plan, item.kode())) {
        refusals.add(Kind.RULE, field, g.kind.mustExistInPlan, "kode", item.kode(), "kecamatan", plan.kecamatanKode(),
            "tahun", plan.tahun());
      }
      g.kind.check(plan, triwulan, item, refusals, naming);
    }
  }

  /**
   * 2. Concurrency and workflow state, on locked rows, with the sheet's writers serialised (sheet revisi in commit
   * order, for GET ?sejak).
   */
  private void lockAndCheckVersions(Plan plan, int triwulan, List<Group<?, ?>> groups, boolean creationOnly,
      Naming naming, RealizationMessages what) {
    store.lockSheet(plan.kecamatanKode(), plan.tahun(), triwulan);
    Refusals refusals = new Refusals();
    for (Group<?, ?> g : groups) {
      if (!creationOnly) {
        readCurrent(plan, triwulan, g);
      }
      for (Item item : g.items) {
        checkVersion(refusals, g.kind.jenis, item.index(), item.revisi(), g.current(item), naming);
      }
      checkAgainstCells(plan, g, refusals, naming);
    }
    refusals.throwIfAny(what);
  }

  private <I extends Item> void checkAgainstCells(Plan plan, Group<?, I> g, Refusals refusals, Naming naming) {
    g.kind.checkAgainstCells(store, plan, g.items, refusals, naming);
  }

  private <R extends Realisasi> void readCurrent(Plan plan, int triwulan, Group<R, ?> g) {
    g.current = store.current(g.kind, plan.kecamatanKode(), plan.tahun(), triwulan,
        g.items.stream().map(Item::kode).toList(), true);
  }

  private static void checkVersion(Refusals refusals, Jenis jenis, int index, Long expected, Realisasi current,
      Naming naming) {
    String field = naming.field(jenis, index, "revisi");
    if (current == null) {
      if (expected != null) {
        refusals.add(Kind.STALE, field, MUST_MATCH_CURRENT_REVISI_NOT_YET);
      }
      return;
    }
    if (expected == null) {
      refusals.add(Kind.MISSING_PRECONDITION, field, REQUIRED_FOR_EXISTING_CELL, "revisi", current.revisi);
    } else if (expected.longValue() != current.revisi) {
      // The revisi sent is a code the client echoes, written as sent (a Long would be grouped like an amount).
      refusals.add(Kind.STALE, field, MUST_MATCH_CURRENT_REVISI, "terkini", current.revisi, "dikirim",
          expected.toString());
    } else if (!current.status.editable()) {
      refusals.add(Kind.CONFLICT, naming.field(jenis, index, "status"), current.status == Status.APPROVED
          ? MUST_BE_EDITABLE_APPROVED : MUST_BE_EDITABLE_IN_REVIEW, "versi", current.versi, "status", current.status);
    }
  }

  /** 3. What the content needs besides the rows, and the evidence a submission needs. */
  private void readForEntry(Plan plan, int triwulan, List<Group<?, ?>> groups, boolean ajukan, Naming naming,
      RealizationMessages what) {
    Refusals refusals = new Refusals();
    for (Group<?, ?> g : groups) {
      startEntry(plan, triwulan, g);
      if (ajukan) {
        checkEvidence(g, refusals, naming);
      }
    }
    refusals.throwIfAny(what);
  }

  private <R extends Realisasi, I extends Item> void startEntry(Plan plan, int triwulan, Group<R, I> g) {
    g.entry = g.kind.entry(store, plan, triwulan, g.current, g.items);
  }

  private static <R extends Realisasi, I extends Item> void checkEvidence(Group<R, I> g, Refusals refusals,
      Naming naming) {
    g.entry.checkEvidence(g.items, g.current, refusals, naming);
  }

  /** 4. Each item becomes a new cell, an edit, or nothing; then it is submitted when asked. */
  private <R extends Realisasi, I extends Item> void save(Plan plan, int triwulan, Group<R, I> g, boolean ajukan,
      EntryWindow.Decision window, Actor actor, Naming naming, Writes w, List<ItemResult> results) {
    for (I item : g.items) {
      R cur = g.current(item);
      R r = cur == null ? create(plan, triwulan, g, item, window, actor, w) : cur;
      Hasil hasil = cur == null ? Hasil.CREATED : edit(g.entry, cur, item, window, actor, w);
      if (cur != null && (hasil != Hasil.UNCHANGED || ajukan)) {
        w.changed(r);
      }
      if (ajukan) {
        submit(r, window, actor, w);
      }
      results.add(new ItemResult(g.kind.jenis, item.index(), item.kode(), hasil, r, g.entry.warnings(item, naming)));
    }
  }

  private <R extends Realisasi, I extends Item> R create(Plan plan, int triwulan, Group<R, I> g, I item,
      EntryWindow.Decision window, Actor actor, Writes w) {
    R r = g.kind.table.create();
    r.startVersion(plan.kabupatenKode(), plan.kecamatanKode(), plan.tahun(), triwulan, item.kode(), 1, 1,
        window.terlambat(), actor.user(), actor.now());
    g.entry.fill(r, item);
    w.created.add(r);
    w.audit(r, "CREATED", g.entry.changes(null, item), null);
    g.entry.saveEvidence(null, r, item, new Changes(), w);
    return r;
  }

  /** Edits the current version (back to a draft) unless the item changes nothing of a draft. */
  private static <R extends Realisasi, I extends Item> Hasil edit(CellKind.Entry<R, I> entry, R cur, I item,
      EntryWindow.Decision window, Actor actor, Writes w) {
    Changes changes = entry.changes(cur, item);
    entry.saveEvidence(cur, cur, item, changes, w);
    if (entry.unchanged(cur, item, changes) && cur.status == Status.DRAFT) {
      return Hasil.UNCHANGED;
    }
    if (cur.status != Status.DRAFT) {
      changes.put("status", cur.status.name(), Status.DRAFT.name());
    }
    entry.fill(cur, item);
    cur.edited(actor.user(), actor.now(), window.terlambat());
    w.audit(cur, "UPDATED", changes, null);
    return Hasil.UPDATED;
  }

  private void submit(Realisasi r, EntryWindow.Decision window, Actor actor, Writes w) {
    Status before = r.status;
    r.apply(Action.SUBMIT, actor.user(), actor.now(), window.terlambat(), null, null);
    r.diubahOleh = actor.user();
    r.diubahPada = actor.now();
    w.audit(r, "SUBMITTED", Changes.status(before.name(), r.status.name()), null);
    w.announce(r, Transition.SUBMITTED);
  }

  // ---------------------------------------------------------------- corrections

  /**
   * Opens version n+1 of an approved cell (reason required). Its content is the item's where it gives one, else a copy
   * of version n's; an indicator's evidence starts as version n's (links replaced when the item gives links).
   * Version n stays the official one until n+1 is approved. {@code item.revisi()} is the If-Match.
   */
  @Transactional
  public ItemResult correct(String kecamatan, int tahun, int triwulan, Item item, String alasanKoreksi, boolean ajukan,
      Actor actor) {
    return correct(kecamatan, tahun, triwulan, kindOf(item), item, alasanKoreksi, ajukan, actor);
  }

  private static CellKind<?, ?> kindOf(Item item) {
    return CellKind.ALL.stream().filter(k -> k.itemType.isInstance(item)).findFirst().orElseThrow();
  }

  private <R extends Realisasi, I extends Item> ItemResult correct(String kecamatan, int tahun, int triwulan,
      CellKind<R, I> kind, Item anItem, String alasanKoreksi, boolean ajukan, Actor actor) {
    I item = kind.itemType.cast(anItem);
    Plan plan = requirePlan(kecamatan, tahun);
    if (!kind.inPlan(plan, item.kode())) {
      throw Refusals.single(Kind.RULE, kind.kodeField, kind.mustExistInPlan, "kode", item.kode(), "kecamatan",
          kecamatan, "tahun", tahun);
    }
    EntryWindow.Decision window = requireWindow(plan, triwulan, actor);
    Refusals refusals = new Refusals();
    kind.checkCorrection(plan, triwulan, item, refusals);
    refusals.throwIfAny(WHAT_CORRECTION);
    R old = lockCorrectable(kind, plan, triwulan, item);
    CellKind.Entry<R, I> entry = kind.entry(store, plan, triwulan, Map.of(item.kode(), old), List.of(item));
    I content = entry.corrected(old, item);
    if (ajukan) {
      entry.checkCorrectionEvidence(old, item, content);
    }
    Writes w = writer.start(actor);
    R r = openVersion(kind, entry, old, item, content, alasanKoreksi, window, actor, w);
    if (ajukan) {
      submit(r, window, actor, w);
    }
    w.flush();
    return new ItemResult(kind.jenis, 0, item.kode(), Hasil.CREATED, r, List.of());
  }

  /** The current version, locked, if it is the approved one the If-Match names. */
  private <R extends Realisasi> R lockCorrectable(CellKind<R, ?> kind, Plan plan, int triwulan, Item item) {
    store.lockSheet(plan.kecamatanKode(), plan.tahun(), triwulan);
    R old = store.current(kind, plan.kecamatanKode(), plan.tahun(), triwulan, List.of(item.kode()), true)
        .get(item.kode());
    if (old == null) {
      throw ProblemException.notFound(kind.thingRealisasi, "kode", item.kode(), "triwulan", triwulan, "tahun",
          plan.tahun());
    }
    Long ifMatch = item.revisi();
    if (ifMatch == null) {
      throw Refusals.single(Kind.MISSING_PRECONDITION, "If-Match", REQUIRED_ETAG);
    }
    if (ifMatch != old.revisi) {
      throw Refusals.single(Kind.STALE, "If-Match", MUST_MATCH_CURRENT_ETAG_CELL, "revisi", old.revisi);
    }
    if (!Workflow.correctable(old.status)) {
      throw Refusals.single(Kind.CONFLICT, "status", old.status.editable() ? MUST_BE_APPROVED_EDITABLE
          : MUST_BE_APPROVED_IN_REVIEW, "versi", old.versi, "status", old.status);
    }
    return old;
  }

  /** Version n leaves "terkini"; version n+1 starts as a draft with the correction's content and reason. */
  private <R extends Realisasi, I extends Item> R openVersion(CellKind<R, I> kind, CellKind.Entry<R, I> entry, R old,
      I item, I content, String alasanKoreksi, EntryWindow.Decision window, Actor actor, Writes w) {
    old.terkini = false;
    w.changed(old);
    R r = kind.table.create();
    r.startVersion(old.kabupatenKode, old.kecamatanKode, old.tahun, old.triwulan, old.kode, old.versi + 1,
        old.revisi + 1, window.terlambat(), actor.user(), actor.now());
    r.alasanKoreksi = alasanKoreksi;
    entry.fill(r, content);
    w.created.add(r);
    entry.inheritEvidence(old, r, item, w);
    w.audit(r, "CORRECTION_OPENED", new Changes().put("versi", old.versi, r.versi).putAll(entry.changes(old, content)),
        alasanKoreksi);
    w.announce(r, Transition.CORRECTION_OPENED);
    return r;
  }
}
