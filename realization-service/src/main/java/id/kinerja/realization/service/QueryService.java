package id.kinerja.realization.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Status;

/**
 * Reads: the triwulan sheet, one cell with every version, the audit trail. Only the sheet needs a transaction (one
 * snapshot); the other reads are single cells or append-only lines.
 */
@ApplicationScoped
public class QueryService {

  /** Everything the triwulan sheet shows: the plan, the current version of each cell, the window. */
  public record Sheet(Plan plan, int triwulan, Map<String, RealisasiIndikator> indikator,
      Map<String, RealisasiAnggaran> anggaran, Map<String, Integer> resmiIndikator, Map<String, Integer> resmiAnggaran,
      Map<Long, Integer> buktiCount, EntryWindow.Decision window, long revisi) {
  }

  /**
   * A cell with all its versions (oldest first) and their evidence (none for a kind without evidence).
   *
   * @param inPlan whether the plan copy has the cell (its versions stay readable when it left the plan)
   */
  public record Cell<R extends Realisasi>(Plan plan, boolean inPlan, List<R> versions, Map<Long, List<Bukti>> bukti) {

    public Optional<R> current() {
      return versions.stream().filter(r -> r.terkini).findFirst();
    }

    public Optional<R> version(int versi) {
      return versions.stream().filter(r -> r.versi == versi).findFirst();
    }

    /** The newest approved version, the official one. */
    public Integer resmi() {
      return versions.stream().filter(r -> r.status == Status.APPROVED).mapToInt(r -> r.versi).boxed()
          .reduce((a, b) -> b).orElse(null);
    }
  }

  public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
  }

  @Inject
  PlanCache plans;

  @Inject
  RealisasiStore store;

  @Inject
  CaptureService capture;

  /**
   * The whole sheet as one snapshot: its revisi, rows, approved versions and evidence counts describe the same moment,
   * so that a client holding revisi N and applying the rows changed after N (GET ?sejak=N) misses nothing.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Sheet> sheet(String kecamatan, int tahun, int triwulan) {
    store.readOneSnapshot();
    Optional<Plan> plan = plans.plan(kecamatan, tahun);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    Map<String, RealisasiIndikator> ind = store.current(CellKind.INDIKATOR, kecamatan, tahun, triwulan, null, false);
    Map<String, RealisasiAnggaran> ang = store.current(CellKind.ANGGARAN, kecamatan, tahun, triwulan, null, false);
    long revisi = ind.values().stream().mapToLong(r -> r.revisi).sum() + ang.values().stream().mapToLong(r -> r.revisi).sum();
    return Optional.of(new Sheet(plan.get(), triwulan, ind, ang, store.approved(CellKind.INDIKATOR, kecamatan, tahun,
        triwulan), store.approved(CellKind.ANGGARAN, kecamatan, tahun, triwulan),
        store.buktiCount(ind.values().stream().map(r -> r.id).toList()), capture.window(plan.get(), triwulan), revisi));
  }

  /** The sheet's ETag alone (sum of the cells' revisi), for answers after a change. */
  public long sheetRevisi(String kecamatan, int tahun, int triwulan) {
    return store.sheetRevisi(kecamatan, tahun, triwulan);
  }

  /** The sheet's ETag alone, for a conditional GET; empty when there is no sheet (no plan for the year). */
  public Optional<Long> sheetRevisiIfAny(String kecamatan, int tahun, int triwulan) {
    if (plans.plan(kecamatan, tahun).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(store.sheetRevisi(kecamatan, tahun, triwulan));
  }

  public <R extends Realisasi> Cell<R> cell(CellKind<R, ?> kind, String kecamatan, int tahun, int triwulan,
      String kode) {
    List<R> versions = store.versions(kind, kecamatan, tahun, triwulan, kode);
    Map<Long, List<Bukti>> bukti = kind.hasBukti() ? store.bukti(versions.stream().map(r -> r.id).toList()) : Map.of();
    Plan plan = plans.plan(kecamatan, tahun).orElse(null);
    return new Cell<>(plan, plan != null && kind.inPlan(plan, kode), versions, bukti);
  }

  public List<Bukti> bukti(long realisasiId) {
    return new ArrayList<>(store.bukti(List.of(realisasiId)).getOrDefault(realisasiId, List.of()));
  }

  public AuditPage audit(String kecamatan, Integer tahun, Integer triwulan, Jenis entitas, String kode, int page, int size) {
    Map.Entry<List<AuditEntry>, Long> r = store.audit(kecamatan, tahun, triwulan, entitas, kode, page, size);
    return new AuditPage(r.getKey(), page, size, r.getValue());
  }
}
