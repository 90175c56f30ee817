package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.service.QueryService.Cell;

@Schema(name = "SelIndikator", description = "One indicator's realisasi cell in one triwulan with every version, oldest first. keadaan is NOT_DUE or NOT_REPORTED when nothing was entered (never 0).")
public record SelIndikatorView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(examples = "IKU-SKM") String indikatorKode,
    @Schema(description = "Null when the indicator is no longer in the plan (its entered versions stay readable)", nullable = true, examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
    @Schema(description = "Null when the indicator is no longer in the plan", nullable = true, examples = "indeks") String satuan,
    @Schema(description = "NOT_DUE, NOT_REPORTED, REPORTED or NOT_APPLICABLE (of the current version)", examples = "REPORTED") Keadaan keadaan,
    @Schema(description = "The cell's ETag; null before the first entry", nullable = true, examples = "4") Integer revisi,
    @Schema(description = "Number of the current version; null before the first entry", nullable = true, examples = "1") Integer versiTerkini,
    @Schema(description = "Newest APPROVED version (the official one), null when none", nullable = true, examples = "1") Integer versiResmi,
    List<RealisasiIndikatorView> versi) {

  static SelIndikatorView of(String kecamatan, int tahun, int triwulan, String kode, Cell<RealisasiIndikator> cell) {
    IndikatorDef def = cell.plan() == null ? null : cell.plan().indikator().get(kode);
    RealisasiIndikator current = cell.current().orElse(null);
    Keadaan keadaan = current != null ? current.nilai.keadaan()
        : def != null && !def.due(triwulan) ? Keadaan.NOT_DUE : Keadaan.NOT_REPORTED;
    return new SelIndikatorView(kecamatan, tahun, triwulan, kode, def == null ? null : def.nama(),
        def == null ? null : def.satuan(), keadaan, current == null ? null : current.revisi,
        current == null ? null : current.versi, cell.resmi(), cell.versions().stream()
            .map(r -> RealisasiIndikatorView.of(r, cell.bukti().getOrDefault(r.id, List.of()))).toList());
  }
}
