package id.kinerja.realization.rest;

import java.util.List;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.service.CellKind;
import id.kinerja.realization.service.QueryService.Cell;

/**
 * What the two cell resources differ in, as data: the views of a cell and of a version (their schemas are the API's),
 * where a created version is read (Location), what is not found (a kode neither in the plan nor entered), and whether
 * a version's view shows its evidence. {@link RealisasiEndpoints} serves both with it.
 */
record CellViews<R extends Realisasi>(CellKind<R, ?> kind, RealizationMessages thing, boolean withBukti,
    CellView<R> cell, VersionView<R> version, Location<R> location) {

  @FunctionalInterface
  interface CellView<R extends Realisasi> {
    Object of(String kecamatan, int tahun, int triwulan, String kode, Cell<R> cell);
  }

  @FunctionalInterface
  interface VersionView<R> {
    Object of(R version, List<Bukti> bukti, List<FieldViolation> peringatan);
  }

  @FunctionalInterface
  interface Location<R> {
    String of(R version);
  }

  static final CellViews<RealisasiIndikator> INDIKATOR = new CellViews<>(CellKind.INDIKATOR,
      RealizationMessages.THING_INDIKATOR, true, SelIndikatorView::of,
      (r, bukti, peringatan) -> RealisasiIndikatorView.of(r, bukti),
      r -> Paths.indikator(r.kecamatanKode, r.tahun, r.triwulan, r.kode) + "/versi/" + r.versi);

  static final CellViews<RealisasiAnggaran> ANGGARAN = new CellViews<>(CellKind.ANGGARAN,
      RealizationMessages.THING_ANGGARAN, false, SelAnggaranView::of,
      (r, bukti, peringatan) -> RealisasiAnggaranView.of(r, peringatan),
      r -> Paths.anggaran(r.kecamatanKode, r.tahun, r.triwulan, r.kode));
}
