package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.Status;

@Schema(name = "RealisasiAnggaran", description = "One version of one budget line's triwulan spending (Rupiah)")
public record RealisasiAnggaranView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(examples = "7.01.05") String anggaranKode,
    @Schema(examples = "1") int versi,
    @Schema(description = "The cell's ETag", examples = "2") int revisi,
    @Schema(examples = "true") boolean terkini,
    @Schema(examples = "SUBMITTED") Status status,
    @Schema(description = "Rupiah spent in this triwulan", examples = "11000000") long nilai,
    @Schema(description = "Realisasi s.d. this triwulan exceeds the pagu: accepted, flagged", examples = "false") boolean melebihiPagu,
    @Schema(description = "Null when none was given", nullable = true, examples = "Belanja ATK dan honorarium") String keterangan,
    @Schema(description = "Reason of the correction that opened this version; null for version 1", nullable = true, examples = "Sesuai SP2D") String alasanKoreksi,
    @Schema(description = "The last return of this version; null when it was never returned", nullable = true) PengembalianView pengembalian,
    @Schema(examples = "false") boolean terlambat,
    @Schema(description = "Warnings of the request that saved it (e.g. melebihi-pagu); empty when read back") List<FieldViolation> peringatan,
    @Schema(examples = "operator.mlarak") String dibuatOleh,
    @Schema(examples = "2025-01-06T09:00:00+07:00") Instant dibuatPada,
    @Schema(examples = "operator.mlarak") String diubahOleh,
    @Schema(examples = "2025-01-06T09:00:00+07:00") Instant diubahPada,
    @Schema(description = "Null until submitted", nullable = true, examples = "operator.mlarak") String diajukanOleh,
    @Schema(description = "Null until submitted", nullable = true, examples = "2025-01-06T09:00:00+07:00") Instant diajukanPada,
    @Schema(description = "Null until verified", nullable = true, examples = "camat.mlarak") String diverifikasiOleh,
    @Schema(description = "Null until verified", nullable = true, examples = "2025-01-07T08:30:00+07:00") Instant diverifikasiPada,
    @Schema(description = "Null until approved", nullable = true, examples = "camat.mlarak") String disahkanOleh,
    @Schema(description = "Null until approved", nullable = true, examples = "2025-01-07T08:35:00+07:00") Instant disahkanPada) {

  static RealisasiAnggaranView of(RealisasiAnggaran r, List<FieldViolation> peringatan) {
    return new RealisasiAnggaranView(r.kecamatanKode, r.tahun, r.triwulan, r.kode, r.versi, r.revisi, r.terkini,
        r.status, r.nilai, r.melebihiPagu, r.keterangan, r.alasanKoreksi,
        PengembalianView.of(r.kembaliAlasanKode, r.kembaliAlasan, r.dikembalikanOleh, r.dikembalikanPada), r.terlambat,
        peringatan, r.dibuatOleh, r.dibuatPada, r.diubahOleh, r.diubahPada, r.diajukanOleh, r.diajukanPada,
        r.diverifikasiOleh, r.diverifikasiPada, r.disahkanOleh, r.disahkanPada);
  }
}
