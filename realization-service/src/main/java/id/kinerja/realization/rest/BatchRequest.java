package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.CaptureService.IndikatorItem;

@Schema(name = "BatchRequest", description = "A whole triwulan of one kecamatan (or part of it) in one request."
    + " All or nothing: every item is validated first; one bad item refuses the batch, naming each bad item"
    + " (indikator[i].field / anggaran[i].field), and nothing is saved. Each item is its cell's whole entered content,"
    + " as in a PUT: an optional field left out (or null) is cleared, links included; evidence files stay.")
public record BatchRequest(
    @Schema(description = "Also submit every item (DRAFT/RETURNED → SUBMITTED)", examples = "true") Boolean ajukan,
    @Size(max = 5000) List<@NotNull @Valid Indikator> indikator,
    @Size(max = 5000) List<@NotNull @Valid Anggaran> anggaran) {

  @Schema(name = "BatchIndikatorItem", description = "One indicator cell; revisi is the cell's current ETag when it exists")
  public record Indikator(
      @NotBlank @Size(max = 40) @Schema(examples = "IKU-SKM") String indikatorKode,
      @Schema(description = "Current revisi of the cell (its ETag); omit to create the cell", examples = "1") Long revisi,
      @NotNull @Schema(examples = "REPORTED") Keadaan keadaan,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "99") BigDecimal nilai,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "15") BigDecimal pembilang,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "15") BigDecimal penyebut,
      @Size(max = 4000) @Schema(examples = "Tersusun") String teks,
      @Valid CapaianManualInput capaianManual,
      @Size(max = 60) @Schema(examples = "indeks") String satuan,
      @Size(max = 2000) @Schema(description = "Why the indicator does not apply (NOT_APPLICABLE); omitted or null: cleared", examples = "Tidak ada tahapan pemilu pada TW IV 2024") String alasan,
      @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Pelayanan administrasi kependudukan tepat waktu") String faktorPendukung,
      @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Sebagian responden belum terbiasa dengan survei daring") String faktorPenghambat,
      @Size(max = 4000) @Schema(description = "Omitted or null: cleared", examples = "Survei SKM dilanjutkan setiap semester") String tindakLanjut,
      @Size(max = 20) @Schema(description = "The version's links from now on; omitted, null or empty: none (files stay)", examples = "[\"https://drive.example.id/bukti/skm-2024.pdf\"]") List<@NotBlank @Size(max = 2000) String> buktiTautan)
      implements NilaiFields {

    IndikatorItem item(int index) {
      return new IndikatorItem(index, indikatorKode(), revisi(), toNilai(), satuan(), buktiTautan());
    }
  }

  @Schema(name = "BatchAnggaranItem", description = "One budget cell; revisi is the cell's current ETag when it exists")
  public record Anggaran(
      @NotBlank @Size(max = 60) @Schema(examples = "7.01.05") String anggaranKode,
      @Schema(examples = "1") Long revisi,
      @NotNull @PositiveOrZero @Schema(examples = "11000000") Long nilai,
      @Size(max = 2000) @Schema(description = "Omitted or null: cleared", examples = "Honorarium tim pembina desa") String keterangan) {

    AnggaranItem item(int index) {
      return new AnggaranItem(index, anggaranKode(), revisi(), nilai(), NilaiFields.blankToNull(keterangan()));
    }
  }
}
