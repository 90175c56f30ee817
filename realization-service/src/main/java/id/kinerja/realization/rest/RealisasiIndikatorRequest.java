package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.service.CaptureService.IndikatorItem;

@Schema(name = "RealisasiIndikatorRequest", description = "The realisasi of one indicator in one triwulan, as entered."
    + " REPORTED needs the value the indicator is defined by: nilai, or pembilang and penyebut (indicators with komponen),"
    + " or teks (TEXT target). 0 is a value. NOT_APPLICABLE needs alasan and no value. NOT_REPORTED and NOT_DUE are"
    + " never entered: they are the absence of a value. The request is the cell's whole entered content: an optional"
    + " field left out (or null) is cleared, links included; evidence files are separate and stay.")
public record RealisasiIndikatorRequest(
    @NotNull @Schema(examples = "REPORTED") Keadaan keadaan,
    @Digits(integer = 15, fraction = 6) @Schema(description = "The triwulan's value, raw (0 is a value).", examples = "99") BigDecimal nilai,
    @Digits(integer = 15, fraction = 6) @Schema(description = "Numerator, for indicators defined by components.", examples = "15") BigDecimal pembilang,
    @Digits(integer = 15, fraction = 6) @Schema(description = "Denominator, for indicators defined by components.", examples = "15") BigDecimal penyebut,
    @Size(max = 4000) @Schema(description = "Realisasi of a TEXT-target indicator", examples = "Tersusun") String teks,
    @Valid @Schema(description = "Only for TEXT-target indicators") CapaianManualInput capaianManual,
    @Size(max = 60) @Schema(description = "Optional: the unit the client entered in; refused when it is not the plan's satuan", examples = "indeks") String satuan,
    @Size(max = 2000) @Schema(description = "Why the indicator does not apply (NOT_APPLICABLE); omitted or null: cleared", examples = "Tidak ada tahapan pemilu pada TW IV 2024") String alasan,
    @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Pelayanan administrasi kependudukan tepat waktu") String faktorPendukung,
    @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Sebagian responden belum terbiasa dengan survei daring") String faktorPenghambat,
    @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Survei SKM dilanjutkan setiap semester") String tindakLanjut,
    @Size(max = 20) @Schema(description = "Evidence links (https) of this version: they replace its links; omitted, null or empty, the version has no links. Uploaded files are not touched.",
        examples = "[\"https://drive.example.id/bukti/skm-2024.pdf\"]") List<@NotBlank @Size(max = 2000) String> buktiTautan,
    @Schema(description = "Also submit (DRAFT → SUBMITTED) in the same request", examples = "true") Boolean ajukan)
    implements NilaiFields, RealisasiEndpoints.SaveRequest {

  @Override
  public IndikatorItem item(String kode, Long revisi) {
    return new IndikatorItem(0, kode, revisi, toNilai(), satuan(), buktiTautan());
  }
}
