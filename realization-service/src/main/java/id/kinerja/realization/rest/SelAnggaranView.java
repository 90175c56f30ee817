package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.service.QueryService.AnggaranCell;

@Schema(name = "SelAnggaran", description = "One budget line's realisasi cell in one triwulan with every version")
public record SelAnggaranView(
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(examples = "7.01.01.2.01.0001") String anggaranKode,
    @Schema(examples = "Penyusunan Dokumen Perencanaan Perangkat Daerah") String nama,
    @Schema(description = "Annual pagu in force (Rupiah)", examples = "1917084558") Long pagu,
    @Schema(description = "NOT_REPORTED before the first entry, else REPORTED", examples = "REPORTED") String keadaan,
    @Schema(examples = "3") Integer revisi,
    @Schema(examples = "1") Integer versiTerkini,
    @Schema(examples = "1") Integer versiResmi,
    List<RealisasiAnggaranView> versi) {

  static SelAnggaranView of(String kecamatan, int tahun, int triwulan, String kode, AnggaranCell cell) {
    AnggaranDef def = cell.plan() == null ? null : cell.plan().anggaran().get(kode);
    RealisasiAnggaran current = cell.current().orElse(null);
    return new SelAnggaranView(kecamatan, tahun, triwulan, kode, def == null ? null : def.nama(),
        def == null ? null : def.pagu(), current == null ? Keadaan.NOT_REPORTED.name() : Keadaan.REPORTED.name(),
        current == null ? null : current.revisi, current == null ? null : current.versi, cell.resmi(),
        cell.versions().stream().map(r -> RealisasiAnggaranView.of(r, List.of())).toList());
  }
}
