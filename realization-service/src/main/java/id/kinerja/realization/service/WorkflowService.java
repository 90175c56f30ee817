package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.domain.Workflow;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * Workflow actions (submit, verify, approve, return) on one cell, or on a whole triwulan of a kecamatan at once (the
 * portal's way). Either way the rows are locked, the ETag checked, every rule checked for every cell, and then
 * every cell moves in one transaction with one event each. Both kinds of cell move alike.
 */
@ApplicationScoped
public class WorkflowService {

  /** A cell after the action. */
  public record Changed(Jenis jenis, String kode, int versi, int revisi, Status status) {
  }

  /**
   * @param revisiTriwulan the triwulan sheet's ETag after the action
   * @param cell           the changed version, when the action moved one cell
   */
  public record Result(List<Changed> sel, long revisiTriwulan, Realisasi cell) {
  }

  @Inject
  CaptureService capture;

  @Inject
  RealisasiStore store;

  @Inject
  Writer writer;

  /** One cell; {@code ifMatch} is the cell's revisi. */
  @Transactional
  public Result actOnCell(String kecamatan, int tahun, int triwulan, Jenis jenis, String kode, Action action,
      AlasanKode alasanKode, String alasan, Long ifMatch, Actor actor) {
    checkReason(action, alasanKode, alasan);
    Plan plan = action == Action.SUBMIT ? capture.requirePlan(kecamatan, tahun) : null;
    EntryWindow.Decision window = plan == null ? null : capture.requireWindow(plan, triwulan, actor);
    store.lockSheet(kecamatan, tahun, triwulan);
    CellKind<?, ?> kind = CellKind.of(jenis);
    Realisasi r = store.current(kind, kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
    if (r == null) {
      throw ProblemException.notFound(kind.thingRealisasi, "kode", kode, "triwulan", triwulan, "tahun", tahun);
    }
    checkIfMatch(ifMatch, r.revisi);
    if (!action.allowedFrom(r.status)) {
      throw Refusals.single(Kind.CONFLICT, "status", Workflow.statusRule(action), "versi", r.versi, "alasan",
          Workflow.refusal(action, r.status));
    }
    List<Realisasi> cells = List.of(r);
    Naming naming = (j, i, n) -> n;
    checkReviewer(action, cells, actor, naming);
    if (action == Action.SUBMIT) {
      checkSubmittable(plan, cells, naming);
    }
    return apply(action, cells, alasanKode, alasan, window, actor);
  }

  /**
   * Every eligible cell of a triwulan, or exactly the listed ones (a null list = none of that kind, both null = the
   * whole triwulan); {@code ifMatch} is the triwulan sheet's ETag (sum of its cells' revisi).
   */
  @Transactional
  public Result actOnTriwulan(String kecamatan, int tahun, int triwulan, Action action, List<String> indikatorKodes,
      List<String> anggaranKodes, AlasanKode alasanKode, String alasan, Long ifMatch, Actor actor) {
    checkReason(action, alasanKode, alasan);
    Plan plan = action == Action.SUBMIT ? capture.requirePlan(kecamatan, tahun) : null;
    EntryWindow.Decision window = plan == null ? null : capture.requireWindow(plan, triwulan, actor);
    // Every cell of the sheet is locked below, but a new cell may be inserted meanwhile: the sheet lock keeps the
    // sheet (and its revisi) as read until this action commits.
    store.lockSheet(kecamatan, tahun, triwulan);
    Map<CellKind<?, ?>, Map<String, ? extends Realisasi>> all = new LinkedHashMap<>();
    for (CellKind<?, ?> kind : CellKind.ALL) {
      all.put(kind, store.current(kind, kecamatan, tahun, triwulan, null, true));
    }
    checkIfMatch(ifMatch, all.values().stream().flatMap(m -> m.values().stream()).mapToLong(r -> r.revisi).sum());
    Refusals refusals = new Refusals();
    List<Realisasi> cells = new ArrayList<>();
    if (indikatorKodes == null && anggaranKodes == null) {
      selectEligible(refusals, plan, tahun, triwulan, action, all, cells);
    } else {
      select(refusals, CellKind.INDIKATOR, indikatorKodes, all, action, cells);
      select(refusals, CellKind.ANGGARAN, anggaranKodes, all, action, cells);
    }
    Naming naming = (j, i, n) -> CellKind.of(j).listName + "[" + n + "]";
    refusals.throwIfAny(WHAT_TRIWULAN_ACTION);
    checkReviewer(action, cells, actor, naming);
    if (action == Action.SUBMIT) {
      checkSubmittable(plan, cells, naming);
    }
    return apply(action, cells, alasanKode, alasan, window, actor);
  }

  private static void checkIfMatch(Long ifMatch, long revisi) {
    if (ifMatch == null) {
      throw ProblemException.preconditionRequired();
    }
    if (ifMatch != revisi) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + revisi + "\"");
    }
  }

  /** The whole triwulan: every cell the action applies to; a submission needs every due indicator entered. */
  private static void selectEligible(Refusals refusals, Plan plan, int tahun, int triwulan, Action action,
      Map<CellKind<?, ?>, Map<String, ? extends Realisasi>> all, List<Realisasi> into) {
    all.values().forEach(m -> m.values().stream().filter(r -> action.allowedFrom(r.status)).forEach(into::add));
    if (action == Action.SUBMIT) {
      Map<String, ? extends Realisasi> entered = all.get(CellKind.INDIKATOR);
      List<String> missing = plan.indikator().values().stream()
          .filter(d -> d.due(triwulan) && !entered.containsKey(d.kode())).map(IndikatorDef::kode).toList();
      if (!missing.isEmpty()) {
        refusals.add(Kind.RULE, "indikator", EVERY_DUE_INDICATOR_ENTERED, "triwulan", triwulan, "belumDiisi", missing);
      }
    }
    if (into.isEmpty() && !refusals.any()) {
      refusals.add(Kind.CONFLICT, "status", Workflow.noEligibleCell(action), "triwulan", triwulan, "tahun", tahun);
    }
  }

  /** Exactly the listed cells of one kind: each must have a realisasi the action applies to. */
  private static void select(Refusals refusals, CellKind<?, ?> kind, List<String> kodes,
      Map<CellKind<?, ?>, Map<String, ? extends Realisasi>> all, Action action, List<Realisasi> into) {
    if (kodes == null) {
      return;
    }
    int i = 0;
    for (String kode : new LinkedHashSet<>(kodes)) {
      Realisasi r = all.get(kind).get(kode);
      String field = kind.listName + "[" + i++ + "]";
      if (r == null) {
        refusals.add(Kind.RULE, field, MUST_HAVE_REALISASI, "kode", kode);
      } else if (!action.allowedFrom(r.status)) {
        refusals.add(Kind.CONFLICT, field, MUST_BE_ELIGIBLE, "kode", kode, "versi", r.versi, "alasan",
            Workflow.refusal(action, r.status));
      } else {
        into.add(r);
      }
    }
  }

  private static void checkReason(Action action, AlasanKode kode, String alasan) {
    if (action != Action.RETURN) {
      return;
    }
    if (kode == null) {
      throw ProblemException.invalid("alasanKode", REQUIRED_TO_RETURN);
    }
    if (kode == AlasanKode.LAIN_LAIN && (alasan == null || alasan.isBlank())) {
      throw ProblemException.invalid("alasan", REQUIRED_FOR_LAIN_LAIN);
    }
  }

  /** The verifier is never the submitter (compared by user name of the token). */
  private static void checkReviewer(Action action, List<Realisasi> cells, Actor actor, Naming naming) {
    if (!action.mustNotBeSubmitter()) {
      return;
    }
    List<FieldViolation> own = new ArrayList<>();
    for (Realisasi r : cells) {
      if (actor.user().equals(r.diajukanOleh)) {
        own.add(FieldViolation.of(naming.field(r.jenis(), 0, r.kode), VERIFIER_IS_NOT_SUBMITTER, "kode", r.kode,
            "versi", r.versi));
      }
    }
    if (!own.isEmpty()) {
      throw ProblemException.of(403, "forbidden", Message.of(VERIFIER_IS_NOT_SUBMITTER_DETAIL, "jumlah", own.size(),
          "pengguna", actor.user()), own);
    }
  }

  /** What each kind needs of a version before it is submitted (an indicator: still in the plan, with evidence). */
  private void checkSubmittable(Plan plan, List<Realisasi> cells, Naming naming) {
    Refusals refusals = new Refusals();
    for (CellKind<?, ?> kind : CellKind.ALL) {
      checkSubmittable(kind, plan, cells, refusals, naming);
    }
    refusals.throwIfAny(WHAT_SUBMISSION);
  }

  private <R extends Realisasi> void checkSubmittable(CellKind<R, ?> kind, Plan plan, List<Realisasi> cells,
      Refusals refusals, Naming naming) {
    kind.checkSubmittable(store, plan, cells.stream().filter(kind.rowType::isInstance).map(kind.rowType::cast).toList(),
        refusals, naming);
  }

  private Result apply(Action action, List<Realisasi> cells, AlasanKode alasanKode, String alasan,
      EntryWindow.Decision window, Actor actor) {
    Writes w = writer.start(actor);
    List<Changed> changed = new ArrayList<>();
    for (Realisasi r : cells) {
      Status before = r.status;
      r.apply(action, actor.user(), actor.now(), window != null && window.terlambat(), alasanKode, alasan);
      w.changed(r);
      w.audit(r, action.transition().name(), Changes.status(before.name(), r.status.name()), reason(alasanKode, alasan));
      w.announce(r, action.transition());
      changed.add(new Changed(r.jenis(), r.kode, r.versi, r.revisi, r.status));
    }
    long revisiLembar = w.flush();
    return new Result(changed, revisiLembar, cells.size() == 1 ? cells.get(0) : null);
  }

  private static String reason(AlasanKode kode, String alasan) {
    if (kode == null) {
      return alasan;
    }
    return alasan == null || alasan.isBlank() ? kode.name() : kode.name() + ": " + alasan;
  }
}
