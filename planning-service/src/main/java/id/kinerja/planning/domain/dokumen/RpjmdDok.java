package id.kinerja.planning.domain.dokumen;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The RPJMD of a kabupaten for a period (issue #19): visi, misi, tujuan and sasaran, each tujuan and sasaran with its
 * indicators (baseline, a target for every year of the period, end target). The body of PUT
 * /api/kabupaten/{kode}/rpjmd/{rpjmd} and the payload of planning.rpjmd.published (with kabupatenKode and versi).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Rpjmd", description = "The kabupaten's medium-term plan (RPJMD) for a period")
public record RpjmdDok(
    @Schema(required = true, examples = "RPJMD-PONOROGO-2021-2026") @NotNull @Pattern(regexp = KODE) @Size(max = 80) String kode,
    @Schema(nullable = true, examples = "RPJMD Kabupaten Ponorogo Tahun 2021-2026") @Size(max = 500) String nama,
    @Schema(required = true, examples = "2021") @NotNull @Min(2000) @Max(2100) Integer periodeAwal,
    @Schema(required = true, examples = "2026") @NotNull @Min(2000) @Max(2100) Integer periodeAkhir,
    @Schema(required = true, examples = "Ponorogo Hebat: Makmur, Berkah, Bergas") @NotBlank @Size(max = 2000) String visi,
    @Schema(required = true) @NotNull @Size(max = 50) List<@Valid @NotNull Misi> misi,
    @Schema(required = true) @NotNull @Size(max = 200) List<@Valid @NotNull Tujuan> tujuan,
    @Schema(required = true) @NotNull @Size(max = 500) List<@Valid @NotNull Sasaran> sasaran) {

  /** Codes of misi, tujuan, sasaran and indicators: letters, digits and . _ - (no spaces). */
  public static final String KODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,79}";

  @Schema(name = "RpjmdMisi")
  public record Misi(
      @Schema(required = true, examples = "M1") @NotNull @Pattern(regexp = KODE) @Size(max = 80) String kode,
      @Schema(required = true, examples = "Mewujudkan tata kelola pemerintahan yang bersih dan melayani") @NotBlank @Size(max = 2000) String uraian) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "RpjmdTujuan")
  public record Tujuan(
      @Schema(required = true, examples = "T1") @NotNull @Pattern(regexp = KODE) @Size(max = 80) String kode,
      @Schema(required = true, examples = "Meningkatkan kualitas tata kelola pemerintahan") @NotBlank @Size(max = 2000) String uraian,
      @Schema(description = "The misi it serves", nullable = true, examples = "M1") @Pattern(regexp = KODE) @Size(max = 80) String misiKode,
      @Schema(required = true) @NotNull @Size(max = 100) List<@Valid @NotNull Indikator> indikator) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "RpjmdSasaran")
  public record Sasaran(
      @Schema(required = true, examples = "S1.1") @NotNull @Pattern(regexp = KODE) @Size(max = 80) String kode,
      @Schema(required = true, examples = "Meningkatnya akuntabilitas kinerja perangkat daerah") @NotBlank @Size(max = 2000) String uraian,
      @Schema(description = "The tujuan it belongs to", nullable = true, examples = "T1") @Pattern(regexp = KODE) @Size(max = 80) String tujuanKode,
      @Schema(description = "The parent RPJMD sasaran (a sasaran program under a sasaran strategis)", nullable = true, examples = "null")
      @Pattern(regexp = KODE) @Size(max = 80) String indukKode,
      @Schema(required = true) @NotNull @Size(max = 100) List<@Valid @NotNull Indikator> indikator) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "RpjmdIndikator")
  public record Indikator(
      @Schema(required = true, examples = "IKU-K-01") @NotNull @Pattern(regexp = KODE) @Size(max = 80) String kode,
      @Schema(required = true, examples = "Nilai SAKIP Kabupaten") @NotBlank @Size(max = 1000) String nama,
      @Schema(required = true, examples = "nilai") @NotBlank @Size(max = 100) String satuan,
      @Schema(required = true, examples = "HIGHER_IS_BETTER") @NotNull id.kinerja.planning.domain.Polarity polarity,
      @Schema(description = "An indikator kinerja utama of the kabupaten (default false)", nullable = true, examples = "true") Boolean iku,
      @Schema(description = "Value before the period", nullable = true) @Valid Nilai baseline,
      @Schema(required = true, description = "One target for every year of the period") @NotNull @Size(max = 10) List<@Valid @NotNull Nilai> targetTahunan,
      @Schema(description = "End-of-period target", nullable = true) @Valid Nilai targetAkhir) {
  }

  @Schema(name = "RpjmdNilai", description = "A value of one year")
  public record Nilai(
      @Schema(required = true, examples = "2021") @NotNull @Min(1990) @Max(2100) Integer tahun,
      @Schema(required = true, examples = "63.5") @NotNull @jakarta.validation.constraints.DecimalMin("-1000000000000")
      @jakarta.validation.constraints.DecimalMax("1000000000000") java.math.BigDecimal nilai) {
  }
}
