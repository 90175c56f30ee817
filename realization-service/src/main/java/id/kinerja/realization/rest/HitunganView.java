package id.kinerja.realization.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.KotakMasuk.Hitungan;

@Schema(name = "HitunganKecamatan", description = "A kecamatan's cells due in the triwulan (due indicators, budget"
    + " lines realisasi is entered on) by the status of their current version")
public record HitunganView(
    @Schema(examples = "80") int wajib,
    @Schema(description = "Not started, DRAFT or RETURNED", examples = "0") int belumDiajukan,
    @Schema(examples = "12") int diajukan,
    @Schema(examples = "60") int diverifikasi,
    @Schema(examples = "8") int disahkan,
    @Schema(description = "Current versions marked late", examples = "0") int terlambat) {

  static HitunganView of(Hitungan h) {
    return h == null ? null : new HitunganView(h.wajib(), h.belumDiajukan(), h.diajukan(), h.diverifikasi(),
        h.disahkan(), h.terlambat());
  }
}
