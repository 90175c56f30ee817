package id.kinerja.realization.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.CaptureService.IndikatorItem;
import id.kinerja.realization.service.CaptureService.Item;

/**
 * What the one cell path needs to know about a kind of realisasi cell, and all it needs: its table and value columns
 * ({@link RealisasiTable}), its rules against the plan copy, and how an entry becomes a version's content. Versions,
 * revisi, the workflow, locking, the audit trail, events and evidence plumbing are the same for every kind and are
 * written once, in {@link CaptureService}, {@link WorkflowService}, {@link QueryService} and {@link RealisasiStore}.
 *
 * @param <R> the kind's version row
 * @param <I> what a request enters into a cell of this kind
 */
public abstract class CellKind<R extends Realisasi, I extends Item> {

  public static final CellKind<RealisasiIndikator, IndikatorItem> INDIKATOR = new IndikatorKind();
  public static final CellKind<RealisasiAnggaran, AnggaranItem> ANGGARAN = new AnggaranKind();
  /** Every kind, in the order requests list them and writes happen (indikator before anggaran). */
  static final List<CellKind<?, ?>> ALL = List.of(INDIKATOR, ANGGARAN);

  final Jenis jenis;
  final Class<R> rowType;
  final Class<I> itemType;
  final RealisasiTable<R> table;
  /** The request field naming a cell of this kind ("indikatorKode"). */
  final String kodeField;
  /** The name of this kind's list in a triwulan request ("indikator"). */
  final String listName;
  /** The kind's definitions in a plan copy, by kode. */
  private final Function<Plan, Map<String, ?>> definitions;
  /** The refusal of a kode that is not in the plan copy. */
  final RealizationMessages mustExistInPlan;
  /** What is not found when a cell of this kind has no realisasi yet. */
  final RealizationMessages thingRealisasi;

  CellKind(Jenis jenis, Class<R> rowType, Class<I> itemType, RealisasiTable<R> table,
      Function<Plan, Map<String, ?>> definitions, String kodeField, RealizationMessages mustExistInPlan,
      RealizationMessages thingRealisasi) {
    this.jenis = jenis;
    this.rowType = rowType;
    this.itemType = itemType;
    this.table = table;
    this.definitions = definitions;
    this.kodeField = kodeField;
    this.listName = jenis == Jenis.INDIKATOR ? "indikator" : "anggaran";
    this.mustExistInPlan = mustExistInPlan;
    this.thingRealisasi = thingRealisasi;
  }

  static CellKind<?, ?> of(Jenis jenis) {
    return jenis == Jenis.INDIKATOR ? INDIKATOR : ANGGARAN;
  }

  public Jenis jenis() {
    return jenis;
  }

  /** {@code r} as this kind's row (a ClassCastException when it is of another kind). */
  public R row(Realisasi r) {
    return rowType.cast(r);
  }

  /** Whether the kind's cells carry evidence (bukti dukung). */
  boolean hasBukti() {
    return false;
  }

  /** Whether {@code kode} names a cell of this kind in the plan copy. */
  boolean inPlan(Plan plan, String kode) {
    return definitions.apply(plan).containsKey(kode);
  }

  /** The rules of this kind an entered item breaks against the plan copy, besides that its kode is in the plan. */
  abstract void check(Plan plan, int triwulan, I item, Refusals refusals, Naming naming);

  /**
   * The rules the items break against the kecamatan-year's other cells of this kind, read with the sheet locked (the
   * kind takes what further lock its rule needs).
   */
  void checkAgainstCells(RealisasiStore store, Plan plan, List<I> items, Refusals refusals, Naming naming) {
  }

  /** The rules a correction's content breaks (its kode is in the plan), before anything is read. */
  void checkCorrection(Plan plan, int triwulan, I item, Refusals refusals) {
  }

  /** What submitting versions already entered needs besides their status (the workflow's SUBMIT). */
  void checkSubmittable(RealisasiStore store, Plan plan, List<R> rows, Refusals refusals, Naming naming) {
  }

  /**
   * Starts saving {@code items} in one request: reads, once, what their content needs besides the current rows
   * ({@code current}, by kode; the versions a correction corrects).
   */
  abstract Entry<R, I> entry(RealisasiStore store, Plan plan, int triwulan, Map<String, R> current, List<I> items);

  /** Saving cells of one kind in one request: how an item becomes a version's content, and what that changes. */
  abstract static class Entry<R extends Realisasi, I extends Item> {

    /** The audit trail's old → new of the content ({@code before} null: a new cell). */
    abstract Changes changes(R before, I item);

    /** Sets the item's content on the version. */
    abstract void fill(R r, I item);

    /** Whether saving {@code item} leaves {@code current} as it is, given the content's changes. */
    boolean unchanged(R current, I item, Changes changes) {
      return changes.isEmpty();
    }

    /** Evidence a submission of the items needs, with their current rows (by kode). */
    void checkEvidence(List<I> items, Map<String, R> current, Refusals refusals, Naming naming) {
    }

    /**
     * The evidence writes of a save of {@code r} ({@code current} null: a new cell), adding what they change to
     * {@code changes}.
     */
    void saveEvidence(R current, R r, I item, Changes changes, Writes w) {
    }

    /** Accepted but flagged: the warnings of a saved item. */
    List<FieldViolation> warnings(I item, Naming naming) {
      return List.of();
    }

    /** A correction's content: the item's where it gives one, else {@code old}'s. */
    abstract I corrected(R old, I item);

    /** Refuses a correction submitted at once without the evidence it needs. */
    void checkCorrectionEvidence(R old, I item, I content) {
    }

    /** The evidence a correction's new version starts with: its predecessor's, links replaced when given. */
    void inheritEvidence(R old, R r, I item, Writes w) {
    }
  }
}
