package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.RealisasiAnggaran;

@Schema(name = "RealisasiAnggaran", description = "One version of one budget line's triwulan spending (Rupiah)")
public record RealisasiAnggaranView(
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(examples = "7.01.01.2.01.0001") String anggaranKode,
    @Schema(examples = "1") int versi,
    @Schema(description = "The cell's ETag", examples = "2") int revisi,
    @Schema(examples = "true") boolean terkini,
    @Schema(examples = "SUBMITTED") String status,
    @Schema(description = "Rupiah spent in this triwulan", examples = "520584681") long nilai,
    @Schema(description = "Realisasi s.d. this triwulan exceeds the pagu: accepted, flagged", examples = "false") boolean melebihiPagu,
    @Schema(examples = "Belanja ATK dan honorarium") String keterangan,
    @Schema(examples = "Sesuai SP2D") String alasanKoreksi,
    PengembalianView pengembalian,
    @Schema(examples = "false") boolean terlambat,
    @Schema(description = "Warnings of the request that saved it (e.g. melebihi-pagu)") List<FieldViolation> peringatan,
    @Schema(examples = "operator.klakah") String dibuatOleh,
    @Schema(examples = "2024-07-02T03:00:00Z") Instant dibuatPada,
    @Schema(examples = "operator.klakah") String diubahOleh,
    @Schema(examples = "2024-07-02T03:00:00Z") Instant diubahPada,
    @Schema(examples = "operator.klakah") String diajukanOleh,
    @Schema(examples = "2024-07-02T03:00:00Z") Instant diajukanPada,
    @Schema(examples = "sekcam.klakah") String diverifikasiOleh,
    @Schema(examples = "2024-07-04T01:00:00Z") Instant diverifikasiPada,
    @Schema(examples = "camat.klakah") String disahkanOleh,
    @Schema(examples = "2024-07-05T01:00:00Z") Instant disahkanPada) {

  static RealisasiAnggaranView of(RealisasiAnggaran r, List<FieldViolation> peringatan) {
    return new RealisasiAnggaranView(r.kecamatanKode, r.tahun, r.triwulan, r.anggaranKode, r.versi, r.revisi, r.terkini,
        r.status.name(), r.nilai, r.melebihiPagu, r.keterangan, r.alasanKoreksi,
        PengembalianView.of(r.kembaliAlasanKode, r.kembaliAlasan, r.dikembalikanOleh, r.dikembalikanPada), r.terlambat,
        peringatan, r.dibuatOleh, r.dibuatPada, r.diubahOleh, r.diubahPada, r.diajukanOleh, r.diajukanPada,
        r.diverifikasiOleh, r.diverifikasiPada, r.disahkanOleh, r.disahkanPada);
  }
}
