package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.service.QueryService.Cell;

@Schema(name = "SelAnggaran", description = "One budget line's realisasi cell in one triwulan with every version")
public record SelAnggaranView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(examples = "7.01.05") String anggaranKode,
    @Schema(description = "Null when the line is no longer in the plan (its entered versions stay readable)", nullable = true, examples = "Program Penyelenggaraan Urusan Pemerintahan Umum") String nama,
    @Schema(description = "Annual pagu in force (Rupiah); null when the line is no longer in the plan", nullable = true, examples = "11000000") Long pagu,
    @Schema(description = "NOT_REPORTED before the first entry, else REPORTED", examples = "REPORTED") Keadaan keadaan,
    @Schema(description = "The cell's ETag; null before the first entry", nullable = true, examples = "2") Integer revisi,
    @Schema(description = "Number of the current version; null before the first entry", nullable = true, examples = "1") Integer versiTerkini,
    @Schema(description = "Newest APPROVED version (the official one), null when none", nullable = true, examples = "1") Integer versiResmi,
    List<RealisasiAnggaranView> versi) {

  static SelAnggaranView of(String kecamatan, int tahun, int triwulan, String kode, Cell<RealisasiAnggaran> cell) {
    AnggaranDef def = cell.plan() == null ? null : cell.plan().anggaran().get(kode);
    RealisasiAnggaran current = cell.current().orElse(null);
    return new SelAnggaranView(kecamatan, tahun, triwulan, kode, def == null ? null : def.nama(),
        def == null ? null : def.pagu(), current == null ? Keadaan.NOT_REPORTED : Keadaan.REPORTED,
        current == null ? null : current.revisi, current == null ? null : current.versi, cell.resmi(),
        cell.versions().stream().map(r -> RealisasiAnggaranView.of(r, List.of())).toList());
  }
}
