package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.service.QueryService.IndikatorCell;

@Schema(name = "SelIndikator", description = "One indicator's realisasi cell in one triwulan with every version, oldest first. keadaan is NOT_DUE or NOT_REPORTED when nothing was entered (never 0).")
public record SelIndikatorView(
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(examples = "IKU-01") String indikatorKode,
    @Schema(examples = "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti") String nama,
    @Schema(examples = "%") String satuan,
    @Schema(description = "NOT_DUE, NOT_REPORTED, REPORTED or NOT_APPLICABLE (of the current version)", examples = "REPORTED") String keadaan,
    @Schema(description = "The cell's ETag; null before the first entry", examples = "4") Integer revisi,
    @Schema(description = "Number of the current version", examples = "2") Integer versiTerkini,
    @Schema(description = "Newest APPROVED version (the official one), null when none", examples = "1") Integer versiResmi,
    List<RealisasiIndikatorView> versi) {

  static SelIndikatorView of(String kecamatan, int tahun, int triwulan, String kode, IndikatorCell cell) {
    IndikatorDef def = cell.plan() == null ? null : cell.plan().indikator().get(kode);
    RealisasiIndikator current = cell.current().orElse(null);
    String keadaan = current != null ? current.nilai.keadaan().name()
        : def != null && !def.due(triwulan) ? Keadaan.NOT_DUE.name() : Keadaan.NOT_REPORTED.name();
    return new SelIndikatorView(kecamatan, tahun, triwulan, kode, def == null ? null : def.nama(),
        def == null ? null : def.satuan(), keadaan, current == null ? null : current.revisi,
        current == null ? null : current.versi, cell.resmi(), cell.versions().stream()
            .map(r -> RealisasiIndikatorView.of(r, cell.bukti().getOrDefault(r.id, List.of()))).toList());
  }
}
