package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.RealisasiIndikator;

@Schema(name = "RealisasiIndikator", description = "One version of one indicator's triwulan realisasi. Values are raw as entered; NOT_REPORTED never appears here (a version is REPORTED or NOT_APPLICABLE).")
public record RealisasiIndikatorView(
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(examples = "IKU-01") String indikatorKode,
    @Schema(description = "1 = first entry; n+1 = correction of approved version n", examples = "1") int versi,
    @Schema(description = "Counts every change of the cell; the cell's ETag", examples = "2") int revisi,
    @Schema(description = "Whether this is the cell's current (newest) version", examples = "true") boolean terkini,
    @Schema(examples = "SUBMITTED") String status,
    @Schema(examples = "REPORTED") String keadaan,
    @Schema(examples = "37.84") BigDecimal nilai,
    @Schema(examples = "12") BigDecimal pembilang,
    @Schema(examples = "36") BigDecimal penyebut,
    @Schema(examples = "Tersusun") String teks,
    CapaianManualInput capaianManual,
    @Schema(examples = "Tidak ada kejadian bencana") String alasan,
    @Schema(examples = "Koordinasi dengan desa berjalan baik") String faktorPendukung,
    @Schema(examples = "Sebagian desa terlambat menyampaikan laporan") String faktorPenghambat,
    @Schema(examples = "Pendampingan penyusunan dokumen desa") String tindakLanjut,
    @Schema(description = "Reason of the correction that opened this version", examples = "Salah ketik") String alasanKoreksi,
    PengembalianView pengembalian,
    @Schema(description = "Entered during a reopening after the window closed", examples = "false") boolean terlambat,
    List<BuktiView> bukti,
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

  static RealisasiIndikatorView of(RealisasiIndikator r, List<Bukti> bukti) {
    NilaiIndikator n = r.nilai;
    String cell = Paths.indikator(r.kecamatanKode, r.tahun, r.triwulan, r.indikatorKode);
    return new RealisasiIndikatorView(r.kecamatanKode, r.tahun, r.triwulan, r.indikatorKode, r.versi, r.revisi, r.terkini,
        r.status.name(), n.keadaan().name(), n.nilai(), n.pembilang(), n.penyebut(), n.teks(),
        n.capaianManual() == null ? null : new CapaianManualInput(n.capaianManual(), n.capaianManualJustifikasi()),
        n.alasan(), n.faktorPendukung(), n.faktorPenghambat(), n.tindakLanjut(), r.alasanKoreksi,
        PengembalianView.of(r.kembaliAlasanKode, r.kembaliAlasan, r.dikembalikanOleh, r.dikembalikanPada), r.terlambat,
        bukti.stream().map(b -> BuktiView.of(b, cell, r.versi)).toList(), r.dibuatOleh, r.dibuatPada, r.diubahOleh,
        r.diubahPada, r.diajukanOleh, r.diajukanPada, r.diverifikasiOleh, r.diverifikasiPada, r.disahkanOleh,
        r.disahkanPada);
  }
}
