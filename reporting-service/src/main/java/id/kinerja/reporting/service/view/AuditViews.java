package id.kinerja.reporting.service.view;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

/**
 * The consistency audit: figures as a report states them (e.g. an imported LKjIP table) and the list of every stated
 * value that differs from the computed one. Printed numbers are strings as printed ("119", "123,75",
 * "1.886.154.145", "1,077,194,452.00"): their decimals are the printed precision the comparison uses.
 */
public final class AuditViews {

  private AuditViews() {
  }

  @Schema(name = "AuditPengukuran", description = "One printed row of a Pengukuran Kinerja table.")
  public record Pengukuran(
      @Schema(description = "Indicator kode of the plan", examples = "IKU-SKM") @NotBlank @Size(max = 40) String indikatorKode,
      @Schema(description = "Where in the document, for the flag", examples = "Tabel 3.2") @Size(max = 200) String sumber,
      @Schema(description = "Printed target", examples = "80") @Size(max = 40) String target,
      @Schema(description = "Printed realisasi", examples = "99") @Size(max = 40) String realisasi,
      @Schema(description = "Printed capaian (%)", examples = "119") @Size(max = 40) String capaian,
      @Schema(description = "Printed predicate label", examples = "Sangat Berhasil") @Size(max = 80) String predikat,
      @Schema(description = "Printed unit", examples = "%") @Size(max = 40) String satuan,
      @Schema(description = "Printed tingkat kemajuan (%)", examples = "110") @Size(max = 40) String tingkatKemajuan) {
  }

  @Schema(name = "AuditEfisiensi", description = "One printed row of a kinerja-vs-anggaran / efisiensi table.")
  public record Efisiensi(
      @Schema(examples = "S1") @NotBlank @Size(max = 40) String sasaranKode,
      @Schema(examples = "Tabel 3.17") @Size(max = 200) String sumber,
      @Schema(description = "Printed capaian kinerja (%)", examples = "102") @Size(max = 40) String capaian,
      @Schema(description = "Printed serapan anggaran (%)", examples = "73,45") @Size(max = 40) String serapan,
      @Schema(description = "Printed efisiensi", examples = "28,55") @Size(max = 40) String efisiensi) {
  }

  @Schema(name = "AuditAnggaran", description = "A printed serapan of one budget line of the plan.")
  public record Anggaran(
      @Schema(examples = "7.01.02") @NotBlank @Size(max = 60) String anggaranKode,
      @Schema(examples = "Tabel 3.14") @Size(max = 200) String sumber,
      @Schema(description = "Printed serapan (%)", examples = "73,45") @Size(max = 40) String serapan) {
  }

  @Schema(name = "AuditBarisAnggaran", description = "One row of a printed budget table, checked for internal consistency.")
  public record BarisAnggaran(
      @Schema(description = "Row key (SIPD code or a label)", examples = "2.1") @NotBlank @Size(max = 60) String kode,
      @Schema(description = "Parent row key", examples = "2") @Size(max = 60) String parentKode,
      @Schema(examples = "Belanja pegawai") @Size(max = 300) String uraian,
      @Schema(examples = "1.726.675.200") @Size(max = 40) String anggaran,
      @Schema(examples = "1.713.435.982") @Size(max = 40) String realisasi,
      @Schema(examples = "98,15") @Size(max = 40) String persen) {
  }

  @Schema(name = "AuditTabelAnggaran", description = "A printed budget table with its total row (E5, E6).")
  public record TabelAnggaran(@Schema(examples = "Tabel 3.14") @Size(max = 200) String sumber,
      @Valid @Size(max = 2000) List<BarisAnggaran> baris, @Valid BarisAnggaran jumlah) {
  }

  @Schema(name = "AuditPengukuranTriwulan", description = "One indicator row of a printed triwulan report, for one"
      + " triwulan: the triwulan's own realisasi and capaian (against the annual target, the report's \"TW n\" columns)"
      + " and the figures s.d. that triwulan (the \"akhir\" columns of a report as of that triwulan).")
  public record PengukuranTriwulan(
      @Schema(description = "Indicator kode of the plan", examples = "IKU-FAS") @NotBlank @Size(max = 40) String indikatorKode,
      @Schema(description = "Where in the document, for the flag", examples = "Pengukuran Kinerja Individu TW II")
      @Size(max = 200) String sumber,
      @Schema(description = "The triwulan of the columns; not after the report's triwulan", examples = "1")
      @NotNull @Min(1) @Max(4) Integer triwulan,
      @Schema(description = "Printed annual target", examples = "95.45") @Size(max = 40) String target,
      @Schema(description = "Printed realisasi of the triwulan itself", examples = "37.84") @Size(max = 40) String realisasi,
      @Schema(description = "Printed capaian of the triwulan's realisasi against the annual target (%)", examples = "39.64")
      @Size(max = 40) String capaian,
      @Schema(description = "Printed capaian against the triwulan target (%)", examples = "101,30")
      @Size(max = 40) String capaianTargetTriwulan,
      @Schema(description = "Printed realisasi s.d. the triwulan (aggregated by the indicator's rule)", examples = "37.84")
      @Size(max = 40) String realisasiKumulatif,
      @Schema(description = "Printed capaian s.d. the triwulan against the annual target (%)", examples = "39.64")
      @Size(max = 40) String capaianKumulatif) {
  }

  @Schema(name = "AuditAnggaranTriwulan", description = "One row of a printed triwulan budget matrix, for one triwulan: a"
      + " budget line of the plan, or the kecamatan's total when anggaranKode is absent.")
  public record AnggaranTriwulan(
      @Schema(description = "Budget line of the plan; absent for the total row", examples = "7.01.01") @Size(max = 60)
      String anggaranKode,
      @Schema(examples = "Pengukuran Kinerja Individu TW II, program") @Size(max = 200) String sumber,
      @Schema(description = "The triwulan of the columns; not after the report's triwulan", examples = "1")
      @NotNull @Min(1) @Max(4) Integer triwulan,
      @Schema(description = "Printed pagu (anggaran)", examples = "1,917,084,558") @Size(max = 40) String pagu,
      @Schema(description = "Printed realisasi of the triwulan itself", examples = "498,729,771.00") @Size(max = 40)
      String realisasi,
      @Schema(description = "Printed serapan of the triwulan: its realisasi / the annual pagu (%)", examples = "26.02")
      @Size(max = 40) String serapan,
      @Schema(description = "Printed realisasi s.d. the triwulan", examples = "498,729,771.00") @Size(max = 40)
      String realisasiKumulatif,
      @Schema(description = "Printed serapan s.d. the triwulan (%)", examples = "26.02") @Size(max = 40)
      String serapanKumulatif) {
  }

  @Schema(name = "AuditRingkasanTriwulan", description = "The \"Capaian Rata Rata\" row of a printed triwulan report,"
      + " for one triwulan.")
  public record RingkasanTriwulan(
      @Schema(examples = "Pengukuran Kinerja Individu TW II") @Size(max = 200) String sumber,
      @Schema(description = "The triwulan of the columns; not after the report's triwulan", examples = "1")
      @NotNull @Min(1) @Max(4) Integer triwulan,
      @Schema(description = "Printed mean capaian of the triwulan (%)", examples = "24.64") @Size(max = 40)
      String capaianRataRata,
      @Schema(description = "Printed mean capaian s.d. the triwulan (%)", examples = "24.64") @Size(max = 40)
      String capaianRataRataKumulatif,
      @Schema(description = "Printed mean of the indicators' realisasi of the triwulan (the indicators of this"
          + " triwulan's pengukuranTriwulan rows)", examples = "35.59") @Size(max = 40) String realisasiRataRata,
      @Schema(description = "Printed mean of the indicators' realisasi s.d. the triwulan", examples = "35.59")
      @Size(max = 40) String realisasiRataRataKumulatif) {
  }

  @Schema(name = "AuditRequest", description = "Figures as stated by a report.")
  public record Request(
      @Schema(description = "OFFICIAL (default) or PROVISIONAL: which computed figures to compare with",
          examples = "OFFICIAL") @Pattern(regexp = "OFFICIAL|PROVISIONAL") String tampilan,
      @Schema(description = "Triwulan the report covers; omit for the year", examples = "4") @Min(1) @Max(4) Integer triwulan,
      @Schema(description = "Notation of the printed numbers: ID, EN or AUTO (default)", examples = "AUTO")
      @Pattern(regexp = "ID|EN|AUTO") String notasi,
      @Valid @Size(max = 2000) List<Pengukuran> pengukuran,
      @Valid @Size(max = 500) List<Efisiensi> efisiensi,
      @Valid @Size(max = 2000) List<Anggaran> anggaran,
      @Schema(description = "Printed overall / mean capaian", examples = "119") @Size(max = 40) String capaianRataRata,
      @Valid @Size(max = 20) List<TabelAnggaran> tabelAnggaran,
      @Schema(description = "Indicator rows of a printed triwulan report, one per indicator and triwulan")
      @Valid @Size(max = 2000) List<PengukuranTriwulan> pengukuranTriwulan,
      @Schema(description = "Rows of a printed triwulan budget matrix, one per line (or the total) and triwulan")
      @Valid @Size(max = 2000) List<AnggaranTriwulan> anggaranTriwulan,
      @Schema(description = "\"Capaian Rata Rata\" rows of a printed triwulan report, one per triwulan")
      @Valid @Size(max = 4) List<RingkasanTriwulan> ringkasanTriwulan) {
  }

  @Schema(name = "AuditFlag", description = "One stated value that differs from the computed one.")
  public record Flag(
      @Schema(description = "CAPAIAN, SERAPAN, TINGKAT_KEMAJUAN, EFISIENSI, MEAN, TOTAL, PARENT_CHILD_TOTAL,"
          + " REALISASI_OVER_PAGU, LABEL_VS_SCALE, DUPLICATE_VALUE, UNIT_VS_SATUAN, REALISASI, PAGU,"
          + " ABSENT_PRINTED_AS_VALUE",
          enumeration = { "CAPAIAN", "SERAPAN", "TINGKAT_KEMAJUAN", "EFISIENSI", "MEAN", "TOTAL", "PARENT_CHILD_TOTAL",
              "REALISASI_OVER_PAGU", "LABEL_VS_SCALE", "DUPLICATE_VALUE", "UNIT_VS_SATUAN", "REALISASI", "PAGU",
              "ABSENT_PRINTED_AS_VALUE" },
          examples = "CAPAIAN") String kind,
      @Schema(description = "JSON path of the stated value in the request; null for a flag about the data itself",
          nullable = true, examples = "pengukuran[0].capaian") String field,
      @Schema(examples = "IKU-SKM (Tabel 3.2)") String subjek,
      @Schema(description = "As stated, at its printed precision", examples = "119") String printed,
      @Schema(description = "The stated number; null for labels, units and lists", nullable = true, examples = "119")
      BigDecimal printedValue,
      @Schema(description = "The engine's figure, unrounded; null when the engine has none", nullable = true,
          examples = "123.75") BigDecimal computed,
      @Schema(description = "The engine's figure, 2 decimals id-ID; null when the engine has none", nullable = true,
          examples = "123,75") String computedTeks,
      @Schema(description = "Why they differ, with the formula and its inputs, in the language of the answer",
          examples = "tercetak 119 ≠ hasil hitung 123,75 (R 99 terhadap T 80)") Message explanation) {
  }

  @Schema(name = "AuditResult")
  public record Result(@Schema(examples = "35.02.08") String kecamatanKode, @Schema(examples = "2024") int tahun,
      @Schema(enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String tampilan,
      @Schema(description = "Triwulan the report covers; null for the year", nullable = true, examples = "4")
      Integer triwulan,
      @Schema(description = "How many stated values were compared", examples = "6") int diperiksa,
      List<Flag> flags) {
  }
}
