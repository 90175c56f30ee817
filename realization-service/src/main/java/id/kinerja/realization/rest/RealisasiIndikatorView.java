package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Status;

@Schema(name = "RealisasiIndikator", description = "One version of one indicator's triwulan realisasi. Values are raw as entered; NOT_REPORTED never appears here (a version is REPORTED or NOT_APPLICABLE).")
public record RealisasiIndikatorView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(examples = "IKU-SKM") String indikatorKode,
    @Schema(description = "1 = first entry; n+1 = correction of approved version n", examples = "1") int versi,
    @Schema(description = "Counts every change of the cell; the cell's ETag", examples = "2") int revisi,
    @Schema(description = "Whether this is the cell's current (newest) version", examples = "true") boolean terkini,
    @Schema(examples = "SUBMITTED") Status status,
    @Schema(description = "REPORTED or NOT_APPLICABLE", examples = "REPORTED") Keadaan keadaan,
    @Schema(description = "The value, raw as entered; null for components, text and NOT_APPLICABLE", nullable = true, examples = "99") BigDecimal nilai,
    @Schema(description = "Numerator, for indicators entered as components; else null", nullable = true, examples = "15") BigDecimal pembilang,
    @Schema(description = "Denominator, for indicators entered as components; else null", nullable = true, examples = "15") BigDecimal penyebut,
    @Schema(description = "Realisasi of a TEXT-target indicator; else null", nullable = true, examples = "Tersusun") String teks,
    @Schema(description = "Manual capaian of a TEXT-target indicator; else null", nullable = true) CapaianManualInput capaianManual,
    @Schema(description = "Why the indicator does not apply (NOT_APPLICABLE), or a note; null when none was given", nullable = true, examples = "Tidak ada kejadian bencana") String alasan,
    @Schema(description = "Null when none was given", nullable = true, examples = "Pelayanan administrasi kependudukan tepat waktu") String faktorPendukung,
    @Schema(description = "Null when none was given", nullable = true, examples = "Sebagian responden belum terbiasa dengan survei daring") String faktorPenghambat,
    @Schema(description = "Null when none was given", nullable = true, examples = "Survei SKM dilanjutkan setiap semester") String tindakLanjut,
    @Schema(description = "Reason of the correction that opened this version; null for version 1", nullable = true, examples = "Salah ketik") String alasanKoreksi,
    @Schema(description = "The last return of this version; null when it was never returned", nullable = true) PengembalianView pengembalian,
    @Schema(description = "Entered during a reopening after the window closed", examples = "false") boolean terlambat,
    List<BuktiView> bukti,
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

  static RealisasiIndikatorView of(RealisasiIndikator r, List<Bukti> bukti) {
    NilaiIndikator n = r.nilai;
    String cell = Paths.indikator(r.kecamatanKode, r.tahun, r.triwulan, r.kode);
    return new RealisasiIndikatorView(r.kecamatanKode, r.tahun, r.triwulan, r.kode, r.versi, r.revisi, r.terkini,
        r.status, n.keadaan(), n.nilai(), n.pembilang(), n.penyebut(), n.teks(),
        n.capaianManual() == null ? null : new CapaianManualInput(n.capaianManual(), n.capaianManualJustifikasi()),
        n.alasan(), n.faktorPendukung(), n.faktorPenghambat(), n.tindakLanjut(), r.alasanKoreksi,
        PengembalianView.of(r.kembaliAlasanKode, r.kembaliAlasan, r.dikembalikanOleh, r.dikembalikanPada), r.terlambat,
        bukti.stream().map(b -> BuktiView.of(b, cell, r.versi)).toList(), r.dibuatOleh, r.dibuatPada, r.diubahOleh,
        r.diubahPada, r.diajukanOleh, r.diajukanPada, r.diverifikasiOleh, r.diverifikasiPada, r.disahkanOleh,
        r.disahkanPada);
  }
}
