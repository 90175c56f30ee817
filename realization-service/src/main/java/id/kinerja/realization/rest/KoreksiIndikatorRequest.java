package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.service.CaptureService.IndikatorItem;

@Schema(name = "KoreksiIndikatorRequest", description = "Opens version n+1 of an APPROVED cell. With keadaan the new"
    + " version carries the given content; without it, a copy of version n to edit as a draft. Version n stays the"
    + " official one until n+1 is approved.")
public record KoreksiIndikatorRequest(
    @NotBlank @Size(max = 2000) @Schema(description = "Why the approved value is corrected", examples = "Salah ketik: nilai SKM 99, bukan 98") String alasanKoreksi,
    @Schema(examples = "REPORTED") Keadaan keadaan,
    @Digits(integer = 15, fraction = 6) @Schema(examples = "99") BigDecimal nilai,
    @Digits(integer = 15, fraction = 6) @Schema(examples = "15") BigDecimal pembilang,
    @Digits(integer = 15, fraction = 6) @Schema(examples = "15") BigDecimal penyebut,
    @Size(max = 4000) @Schema(examples = "Tersusun") String teks,
    @Valid CapaianManualInput capaianManual,
    @Size(max = 60) @Schema(examples = "indeks") String satuan,
    @Size(max = 2000) @Schema(examples = "Tidak ada tahapan pemilu pada TW IV 2024") String alasan,
    @Size(max = 4000) @Schema(examples = "Pelayanan administrasi kependudukan tepat waktu") String faktorPendukung,
    @Size(max = 4000) @Schema(examples = "Sebagian responden belum terbiasa dengan survei daring") String faktorPenghambat,
    @Size(max = 4000) @Schema(examples = "Survei SKM dilanjutkan setiap semester") String tindakLanjut,
    @Size(max = 20) @Schema(examples = "[\"https://drive.example.id/bukti/skm-2024-rev.pdf\"]") List<@NotBlank @Size(max = 2000) String> buktiTautan,
    @Schema(description = "Also submit the new version in the same request", examples = "false") Boolean ajukan)
    implements NilaiFields, RealisasiEndpoints.CorrectionRequest {

  /** Without keadaan the new version starts as a copy of version n. */
  @Override
  public IndikatorItem item(String kode, Long revisi) {
    return new IndikatorItem(0, kode, revisi, keadaan() == null ? null : toNilai(), satuan(), buktiTautan());
  }
}
