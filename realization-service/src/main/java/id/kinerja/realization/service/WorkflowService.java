package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.domain.Workflow;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.events.RealisasiEvents;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * Workflow actions (submit, verify, approve, return) on one cell, or on a whole triwulan of a kecamatan at once (the
 * portal's way). Either way the rows are locked, the ETag checked, every rule checked for every cell, and then
 * every cell moves in one transaction with one event each.
 */
@ApplicationScoped
public class WorkflowService {

  /** A cell after the action. */
  public record Changed(Jenis jenis, String kode, int versi, int revisi, Status status) {
  }

  /**
   * @param revisiTriwulan the triwulan sheet's ETag after the action
   * @param indikator      the changed version, for a single indicator cell
   * @param anggaran       the changed version, for a single budget cell
   */
  public record Result(List<Changed> sel, long revisiTriwulan, RealisasiIndikator indikator, RealisasiAnggaran anggaran) {
  }

  @Inject
  CaptureService capture;

  @Inject
  RealisasiStore store;

  @Inject
  Outbox outbox;

  @Inject
  RealisasiEvents events;

  /** One cell; {@code ifMatch} is the cell's revisi. */
  @Transactional
  public Result actOnCell(String kecamatan, int tahun, int triwulan, Jenis jenis, String kode, Action action,
      AlasanKode alasanKode, String alasan, Long ifMatch, Actor actor) {
    checkReason(action, alasanKode, alasan);
    Plan plan = action == Action.SUBMIT ? capture.requirePlan(kecamatan, tahun) : null;
    EntryWindow.Decision window = plan == null ? null : capture.requireWindow(plan, triwulan, actor);
    List<RealisasiIndikator> ind = new ArrayList<>();
    List<RealisasiAnggaran> ang = new ArrayList<>();
    int revisi;
    Status status;
    int versi;
    store.lockSheet(kecamatan, tahun, triwulan);
    if (jenis == Jenis.INDIKATOR) {
      RealisasiIndikator r = store.currentIndikator(kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
      if (r == null) {
        throw ProblemException.notFound(THING_REALISASI_INDIKATOR, "kode", kode, "triwulan", triwulan, "tahun", tahun);
      }
      ind.add(r);
      revisi = r.revisi;
      status = r.status;
      versi = r.versi;
    } else {
      RealisasiAnggaran r = store.currentAnggaran(kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
      if (r == null) {
        throw ProblemException.notFound(THING_REALISASI_ANGGARAN, "kode", kode, "triwulan", triwulan, "tahun", tahun);
      }
      ang.add(r);
      revisi = r.revisi;
      status = r.status;
      versi = r.versi;
    }
    if (ifMatch == null) {
      throw ProblemException.preconditionRequired();
    }
    if (ifMatch != revisi) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + revisi + "\"");
    }
    if (!action.allowedFrom(status)) {
      throw Refusals.single(Kind.CONFLICT, "status", Workflow.statusRule(action), "versi", versi, "alasan",
          Workflow.refusal(action, status));
    }
    Naming naming = (j, i, n) -> n;
    checkReviewer(action, ind, ang, actor, naming);
    if (action == Action.SUBMIT) {
      checkSubmittable(plan, ind, naming);
    }
    return apply(action, ind, ang, alasanKode, alasan, window, actor);
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
    Map<String, RealisasiIndikator> allInd = store.currentIndikator(kecamatan, tahun, triwulan, null, true);
    Map<String, RealisasiAnggaran> allAng = store.currentAnggaran(kecamatan, tahun, triwulan, null, true);
    long sheet = allInd.values().stream().mapToLong(r -> r.revisi).sum()
        + allAng.values().stream().mapToLong(r -> r.revisi).sum();
    if (ifMatch == null) {
      throw ProblemException.preconditionRequired();
    }
    if (ifMatch != sheet) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + sheet + "\"");
    }
    boolean whole = indikatorKodes == null && anggaranKodes == null;
    Refusals refusals = new Refusals();
    List<RealisasiIndikator> ind = new ArrayList<>();
    List<RealisasiAnggaran> ang = new ArrayList<>();
    if (whole) {
      allInd.values().stream().filter(r -> action.allowedFrom(r.status)).forEach(ind::add);
      allAng.values().stream().filter(r -> action.allowedFrom(r.status)).forEach(ang::add);
      if (action == Action.SUBMIT) {
        List<String> missing = plan.indikator().values().stream()
            .filter(d -> d.due(triwulan) && !allInd.containsKey(d.kode())).map(IndikatorDef::kode).toList();
        if (!missing.isEmpty()) {
          refusals.add(Kind.RULE, "indikator", EVERY_DUE_INDICATOR_ENTERED, "triwulan", triwulan, "belumDiisi", missing);
        }
      }
      if (ind.isEmpty() && ang.isEmpty() && !refusals.any()) {
        refusals.add(Kind.CONFLICT, "status", Workflow.noEligibleCell(action), "triwulan", triwulan, "tahun", tahun);
      }
    } else {
      select(refusals, "indikator", indikatorKodes, allInd, action, ind, r -> r.status, r -> r.versi);
      select(refusals, "anggaran", anggaranKodes, allAng, action, ang, r -> r.status, r -> r.versi);
    }
    Naming naming = (j, i, n) -> (j == Jenis.INDIKATOR ? "indikator" : "anggaran") + "[" + n + "]";
    refusals.throwIfAny(WHAT_TRIWULAN_ACTION);
    checkReviewer(action, ind, ang, actor, naming);
    if (action == Action.SUBMIT) {
      checkSubmittable(plan, ind, naming);
    }
    return apply(action, ind, ang, alasanKode, alasan, window, actor);
  }

  private static <R> void select(Refusals refusals, String kind, List<String> kodes, Map<String, R> all, Action action,
      List<R> into, java.util.function.Function<R, Status> status, java.util.function.ToIntFunction<R> versi) {
    if (kodes == null) {
      return;
    }
    Set<String> unique = new LinkedHashSet<>(kodes);
    int i = 0;
    for (String kode : unique) {
      R r = all.get(kode);
      String field = kind + "[" + i++ + "]";
      if (r == null) {
        refusals.add(Kind.RULE, field, MUST_HAVE_REALISASI, "kode", kode);
      } else if (!action.allowedFrom(status.apply(r))) {
        refusals.add(Kind.CONFLICT, field, MUST_BE_ELIGIBLE, "kode", kode, "versi", versi.applyAsInt(r), "alasan",
            Workflow.refusal(action, status.apply(r)));
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
  private static void checkReviewer(Action action, List<RealisasiIndikator> ind, List<RealisasiAnggaran> ang, Actor actor,
      Naming naming) {
    if (!action.mustNotBeSubmitter()) {
      return;
    }
    List<FieldViolation> own = new ArrayList<>();
    for (RealisasiIndikator r : ind) {
      if (actor.user().equals(r.diajukanOleh)) {
        own.add(FieldViolation.of(naming.field(Jenis.INDIKATOR, 0, r.indikatorKode), VERIFIER_IS_NOT_SUBMITTER,
            "kode", r.indikatorKode, "versi", r.versi));
      }
    }
    for (RealisasiAnggaran r : ang) {
      if (actor.user().equals(r.diajukanOleh)) {
        own.add(FieldViolation.of(naming.field(Jenis.ANGGARAN, 0, r.anggaranKode), VERIFIER_IS_NOT_SUBMITTER,
            "kode", r.anggaranKode, "versi", r.versi));
      }
    }
    if (!own.isEmpty()) {
      throw ProblemException.of(403, "forbidden", Message.of(VERIFIER_IS_NOT_SUBMITTER_DETAIL, "jumlah", own.size(),
          "pengguna", actor.user()), own);
    }
  }

  /** Indicators still in the plan, with evidence where the plan requires it. */
  private void checkSubmittable(Plan plan, List<RealisasiIndikator> ind, Naming naming) {
    Refusals refusals = new Refusals();
    Map<Long, List<Bukti>> bukti = ind.isEmpty() ? Map.of() : store.bukti(ind.stream().map(r -> r.id).toList());
    for (RealisasiIndikator r : ind) {
      IndikatorDef def = plan.indikator().get(r.indikatorKode);
      String field = naming.field(Jenis.INDIKATOR, 0, r.indikatorKode);
      if (def == null) {
        refusals.add(Kind.RULE, field, MUST_EXIST_IN_PLAN_NO_LONGER, "kode", r.indikatorKode);
      } else if (CaptureService.evidenceMissing(def, r.nilai, bukti.getOrDefault(r.id, List.of()).size())) {
        refusals.add(Kind.RULE, field, BUKTI_REQUIRED, "kode", r.indikatorKode);
      }
    }
    refusals.throwIfAny(WHAT_SUBMISSION);
  }

  private Result apply(Action action, Collection<RealisasiIndikator> ind, Collection<RealisasiAnggaran> ang,
      AlasanKode alasanKode, String alasan, EntryWindow.Decision window, Actor actor) {
    Writes w = new Writes(actor);
    List<Changed> changed = new ArrayList<>();
    for (RealisasiIndikator r : ind) {
      Status before = r.status;
      r.status = action.to();
      r.revisi++;
      stamp(action, actor, alasanKode, alasan, window, r);
      w.changedIndikator.add(r);
      w.audit(r, action.transition().name(), Changes.status(before.name(), r.status.name()), reason(alasanKode, alasan),
          actor);
      w.events.add(events.indikator(r, action.transition(), actor.user(), actor.peran(), actor.now()));
      changed.add(new Changed(Jenis.INDIKATOR, r.indikatorKode, r.versi, r.revisi, r.status));
    }
    for (RealisasiAnggaran r : ang) {
      Status before = r.status;
      r.status = action.to();
      r.revisi++;
      stampAnggaran(action, actor, alasanKode, alasan, window, r);
      w.changedAnggaran.add(r);
      w.audit(r, action.transition().name(), Changes.status(before.name(), r.status.name()), reason(alasanKode, alasan),
          actor);
      w.events.add(events.anggaran(r, action.transition(), actor.user(), actor.peran(), actor.now()));
      changed.add(new Changed(Jenis.ANGGARAN, r.anggaranKode, r.versi, r.revisi, r.status));
    }
    long revisiLembar = w.flush(store, outbox);
    return new Result(changed, revisiLembar, ind.size() == 1 && ang.isEmpty() ? ind.iterator().next() : null,
        ang.size() == 1 && ind.isEmpty() ? ang.iterator().next() : null);
  }

  private static String reason(AlasanKode kode, String alasan) {
    if (kode == null) {
      return alasan;
    }
    return alasan == null || alasan.isBlank() ? kode.name() : kode.name() + ": " + alasan;
  }

  private static void stamp(Action action, Actor actor, AlasanKode kode, String alasan, EntryWindow.Decision window,
      RealisasiIndikator r) {
    switch (action) {
      case SUBMIT -> {
        r.diajukanOleh = actor.user();
        r.diajukanPada = actor.now();
        r.terlambat |= window != null && window.terlambat();
      }
      case VERIFY -> {
        r.diverifikasiOleh = actor.user();
        r.diverifikasiPada = actor.now();
      }
      case APPROVE -> {
        r.disahkanOleh = actor.user();
        r.disahkanPada = actor.now();
      }
      case RETURN -> {
        r.dikembalikanOleh = actor.user();
        r.dikembalikanPada = actor.now();
        r.kembaliAlasanKode = kode;
        r.kembaliAlasan = alasan;
      }
    }
  }

  private static void stampAnggaran(Action action, Actor actor, AlasanKode kode, String alasan,
      EntryWindow.Decision window, RealisasiAnggaran r) {
    switch (action) {
      case SUBMIT -> {
        r.diajukanOleh = actor.user();
        r.diajukanPada = actor.now();
        r.terlambat |= window != null && window.terlambat();
      }
      case VERIFY -> {
        r.diverifikasiOleh = actor.user();
        r.diverifikasiPada = actor.now();
      }
      case APPROVE -> {
        r.disahkanOleh = actor.user();
        r.disahkanPada = actor.now();
      }
      case RETURN -> {
        r.dikembalikanOleh = actor.user();
        r.dikembalikanPada = actor.now();
        r.kembaliAlasanKode = kode;
        r.kembaliAlasan = alasan;
      }
    }
  }
}
