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

@Schema(name = "BatchRequest", description = "A whole triwulan of one kecamatan (or part of it) in one request."
    + " All or nothing: every item is validated first; one bad item refuses the batch, naming each bad item"
    + " (indikator[i].field / anggaran[i].field), and nothing is saved.")
public record BatchRequest(
    @Schema(description = "Also submit every item (DRAFT/RETURNED → SUBMITTED)", examples = "true") Boolean ajukan,
    @Size(max = 5000) List<@NotNull @Valid Indikator> indikator,
    @Size(max = 5000) List<@NotNull @Valid Anggaran> anggaran) {

  @Schema(name = "BatchIndikatorItem", description = "One indicator cell; revisi is the cell's current ETag when it exists")
  public record Indikator(
      @NotBlank @Size(max = 40) @Schema(examples = "IKU-01") String indikatorKode,
      @Schema(description = "Current revisi of the cell (its ETag); omit to create the cell", examples = "1") Long revisi,
      @NotNull @Schema(examples = "REPORTED") Keadaan keadaan,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "37.84") BigDecimal nilai,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "12") BigDecimal pembilang,
      @Digits(integer = 15, fraction = 6) @Schema(examples = "36") BigDecimal penyebut,
      @Size(max = 4000) @Schema(examples = "Tersusun") String teks,
      @Valid CapaianManualInput capaianManual,
      @Size(max = 60) @Schema(examples = "%") String satuan,
      @Size(max = 2000) @Schema(examples = "Tidak ada kejadian bencana") String alasan,
      @Size(max = 4000) @Schema(examples = "Koordinasi dengan desa berjalan baik") String faktorPendukung,
      @Size(max = 4000) @Schema(examples = "Sebagian desa terlambat menyampaikan laporan") String faktorPenghambat,
      @Size(max = 4000) @Schema(examples = "Pendampingan penyusunan dokumen desa") String tindakLanjut,
      @Size(max = 20) @Schema(examples = "[\"https://drive.example.id/bukti/apbdes-2024.pdf\"]") List<@NotBlank @Size(max = 2000) String> buktiTautan)
      implements NilaiFields {
  }

  @Schema(name = "BatchAnggaranItem", description = "One budget cell; revisi is the cell's current ETag when it exists")
  public record Anggaran(
      @NotBlank @Size(max = 60) @Schema(examples = "7.01.01.2.01.0001") String anggaranKode,
      @Schema(examples = "1") Long revisi,
      @NotNull @PositiveOrZero @Schema(examples = "498729771") Long nilai,
      @Size(max = 2000) @Schema(examples = "Belanja ATK") String keterangan) {
  }
}
