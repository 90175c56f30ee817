package id.kinerja.reporting.service.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

import id.kinerja.reporting.service.view.Views.Cakupan;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Predikat;
import id.kinerja.reporting.service.view.Views.Rupiah;

/** Bodies of the consolidated (Bagian Organisasi) and national views. */
public final class KonsolidasiViews {

  private KonsolidasiViews() {
  }

  @Schema(name = "KonsolidasiBaris", description = "One kecamatan in the consolidated view.")
  public record Baris(
      @Schema(description = "Rank by overall capaian (of the triwulan against the annual target, or of the year);"
          + " null = unranked (nothing reported)", nullable = true, examples = "1") Integer peringkat,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(description = "null while the kecamatan is known only from its plan", nullable = true, examples = "Mlarak")
      String kecamatanNama,
      @Schema(description = "REPORTED; NOT_REPORTED (nothing counted for the periode); NOT_DUE (nothing due in it);"
          + " NOT_COMPUTABLE; NO_PLAN (no plan for the year)",
          enumeration = { "REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN" }, examples = "REPORTED")
      String status,
      @Schema(description = "Overall capaian of the triwulan against the annual target (periode 0: the year)") Nilai capaian,
      @Schema(description = "Overall capaian s.d. the triwulan (periode 0: the year)") Nilai capaianKumulatif,
      Cakupan cakupan, Predikat predikat, Rupiah pagu,
      @Schema(description = "Realisasi anggaran of the triwulan (periode 0: the year)") Rupiah realisasiAnggaran,
      @Schema(description = "Realisasi anggaran s.d. the triwulan (periode 0: the year)") Rupiah realisasiKumulatif,
      @Schema(description = "Realisasi of the triwulan / pagu") Nilai serapan,
      @Schema(description = "Realisasi s.d. the triwulan / pagu") Nilai serapanKumulatif,
      @Schema(description = "pagu − realisasi s.d. the triwulan; nilai null when nothing was reported") Rupiah sisa,
      @Schema(description = "Realisasi s.d. the triwulan exceeds the kecamatan's pagu (computed on its total)",
          examples = "false") boolean melebihiPagu,
      Nilai efisiensi,
      @Schema(description = "Capaian of the sasaran named by the sasaran filter; null without that filter",
          nullable = true) Nilai capaianSasaran,
      @Schema(description = "Indicators with capaian s.d. the triwulan below 100", examples = "0") int dibawahTarget,
      @Schema(description = "Late entries (made in a reopening)", examples = "0") int terlambat,
      @Schema(description = "Versions used; null for NO_PLAN", nullable = true) Views.Versi versi,
      @Schema(description = "null for NO_PLAN", nullable = true, examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "RingkasanKabupaten", description = "Kabupaten-level summary of the kecamatan in the view (before"
      + " filters and paging).")
  public record RingkasanKabupaten(
      @Schema(examples = "21") int kecamatanJumlah,
      @Schema(examples = "19") int kecamatanDilaporkan,
      @Schema(description = "Unweighted mean of the kecamatan overall capaian of the triwulan against the annual target"
          + " (periode 0: of the year), over the kecamatan that have one (a mean across kecamatan, stated as such)")
      Nilai capaianRataRataKecamatan,
      @Schema(description = "Unweighted mean of the kecamatan overall capaian s.d. the triwulan (periode 0: of the"
          + " year), over the kecamatan that have one") Nilai capaianKumulatifRataRataKecamatan,
      Rupiah pagu,
      @Schema(description = "Σ realisasi anggaran s.d. the triwulan (periode 0: the year)") Rupiah realisasiAnggaran,
      @Schema(description = "Σ realisasi / Σ pagu s.d. the triwulan of every kecamatan (ratio of sums, not a mean of"
          + " percentages)") Nilai serapan,
      @Schema(description = "Σ realisasi anggaran of the triwulan alone (periode 0: the year)") Rupiah realisasiAnggaranTriwulan,
      @Schema(description = "Σ realisasi of the triwulan alone / Σ pagu (ratio of sums; periode 0: the year)")
      Nilai serapanTriwulan,
      @Schema(description = "Σ pagu − Σ realisasi s.d. the triwulan; nilai null when nothing was reported") Rupiah sisa,
      @Schema(description = "Σ realisasi s.d. the triwulan exceeds Σ pagu (computed on the kabupaten total)",
          examples = "false") boolean melebihiPagu,
      @Schema(description = "How many kecamatan fall in each predicate label", examples = "{\"Sangat Berhasil\": 12, \"Berhasil\": 5}")
      Map<String, Integer> sebaranPredikat,
      @Schema(description = "Newest as-of of the kecamatan figures; null when no kecamatan has figures", nullable = true,
          examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "Konsolidasi", description = "All kecamatan of a kabupaten side by side for a year and triwulan.")
  public record Konsolidasi(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(description = "null = the year", nullable = true, examples = "4") Integer triwulan,
      @Schema(enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String tampilan,
      @Schema(description = "What the view counts, in the language of the answer",
          examples = "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung") Message tampilanKeterangan,
      @Schema(description = "STORED (summary table) or RECOMPUTE (legacy comparison mode: recomputed from every raw"
          + " realisasi cell on this read)", enumeration = { "STORED", "RECOMPUTE" }, examples = "STORED") String mode,
      RingkasanKabupaten ringkasan,
      List<Baris> items,
      @Schema(examples = "0") int page,
      @Schema(examples = "50") int size,
      @Schema(description = "Rows after filtering", examples = "21") long total) {
  }

  @Schema(name = "NasionalBaris", description = "One kabupaten in the national roll-up.")
  public record NasionalBaris(
      @Schema(description = "NASIONAL for the national aggregate", examples = "35.02") String kabupatenKode,
      @Schema(description = "null while the kabupaten's settings have not been received", nullable = true,
          examples = "Ponorogo") String kabupatenNama,
      @Schema(examples = "21") int kecamatanJumlah,
      @Schema(examples = "19") int kecamatanDilaporkan,
      @Schema(description = "Mean of the kecamatan overall capaian of this kabupaten") Nilai capaianRataRataKecamatan,
      Rupiah pagu, Rupiah realisasiAnggaran, Nilai serapan,
      @Schema(description = "null when no kecamatan has figures", nullable = true,
          examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "Nasional", description = "Kabupaten side by side with the national aggregate. A caller sees the row"
      + " of their own kabupaten and the national aggregate over every kabupaten.")
  public record Nasional(
      @Schema(examples = "2024") int tahun,
      @Schema(description = "null = the year", nullable = true, examples = "4") Integer triwulan,
      @Schema(enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String tampilan,
      @Schema(description = "STORED (per-kabupaten aggregate table) or RECOMPUTE (legacy comparison mode: every"
          + " kecamatan recomputed from its raw realisasi cells on this read)", enumeration = { "STORED", "RECOMPUTE" },
          examples = "STORED") String mode,
      @Schema(description = "Over every kabupaten: Σ kecamatan, mean of kecamatan overall capaian over every reporting"
          + " kecamatan of the country, Σ realisasi / Σ pagu") NasionalBaris nasional,
      List<NasionalBaris> items,
      @Schema(examples = "0") int page,
      @Schema(examples = "50") int size,
      @Schema(examples = "1") long total) {
  }
}
