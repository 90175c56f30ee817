package id.kinerja.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.reporting.rest.Views.Cakupan;
import id.kinerja.reporting.rest.Views.Nilai;
import id.kinerja.reporting.rest.Views.Predikat;
import id.kinerja.reporting.rest.Views.Rupiah;

/** Bodies of the consolidated (Bagian Organisasi) and national views. */
public final class KonsolidasiViews {

  private KonsolidasiViews() {
  }

  @Schema(name = "KonsolidasiBaris", description = "One kecamatan in the consolidated view.")
  public record Baris(
      @Schema(description = "Rank by overall capaian (of the triwulan against the annual target, or of the year);"
          + " null = unranked (nothing reported)", examples = "1") Integer peringkat,
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "Mlarak") String kecamatanNama,
      @Schema(description = "REPORTED; NOT_REPORTED (nothing counted for the periode); NOT_DUE (nothing due in it);"
          + " NOT_COMPUTABLE; NO_PLAN (no plan for the year)", examples = "REPORTED") String status,
      @Schema(description = "Overall capaian of the triwulan against the annual target (periode 0: the year)") Nilai capaian,
      @Schema(description = "Overall capaian s.d. the triwulan (periode 0: the year)") Nilai capaianKumulatif,
      Cakupan cakupan, Predikat predikat, Rupiah pagu, Rupiah realisasiAnggaran, Rupiah realisasiKumulatif,
      Nilai serapan, Nilai serapanKumulatif, Nilai efisiensi,
      @Schema(description = "Capaian of the sasaran named by the sasaran filter") Nilai capaianSasaran,
      @Schema(description = "Indicators with capaian s.d. the triwulan below 100", examples = "0") int dibawahTarget,
      @Schema(description = "Late entries (made in a reopening)", examples = "0") int terlambat,
      @Schema(description = "Versions used") Views.Versi versi,
      @Schema(examples = "2024-07-03T02:15:00Z") Instant asOf) {
  }

  @Schema(name = "RingkasanKabupaten", description = "Kabupaten-level summary of the kecamatan in the view (before"
      + " filters and paging).")
  public record RingkasanKabupaten(
      @Schema(examples = "21") int kecamatanJumlah,
      @Schema(examples = "19") int kecamatanDilaporkan,
      @Schema(description = "Unweighted mean of the kecamatan overall capaian, over the kecamatan that have one (a"
          + " mean across kecamatan, stated as such)") Nilai capaianRataRataKecamatan,
      Rupiah pagu, Rupiah realisasiAnggaran,
      @Schema(description = "Σ realisasi / Σ pagu of every kecamatan (ratio of sums, not a mean of percentages)") Nilai serapan,
      @Schema(description = "How many kecamatan fall in each predicate label", examples = "{\"Sangat Berhasil\": 12, \"Berhasil\": 5}")
      Map<String, Integer> sebaranPredikat,
      @Schema(examples = "2024-07-03T02:15:00Z") Instant asOf) {
  }

  @Schema(name = "Konsolidasi", description = "All kecamatan of a kabupaten side by side for a year and triwulan.")
  public record Konsolidasi(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(description = "null = the year", examples = "2") Integer triwulan,
      @Schema(examples = "OFFICIAL") String tampilan,
      @Schema(examples = "Official: only verified or approved realisasi count") String tampilanKeterangan,
      @Schema(description = "STORED (summary table) or RECOMPUTE (legacy comparison mode: recomputed from every raw"
          + " realisasi cell on this read)", examples = "STORED") String mode,
      RingkasanKabupaten ringkasan,
      List<Baris> items,
      @Schema(examples = "0") int page,
      @Schema(examples = "50") int size,
      @Schema(description = "Rows after filtering", examples = "21") long total) {
  }

  @Schema(name = "NasionalBaris", description = "One kabupaten in the national roll-up.")
  public record NasionalBaris(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "Ponorogo") String kabupatenNama,
      @Schema(examples = "21") int kecamatanJumlah,
      @Schema(examples = "19") int kecamatanDilaporkan,
      @Schema(description = "Mean of the kecamatan overall capaian of this kabupaten") Nilai capaianRataRataKecamatan,
      Rupiah pagu, Rupiah realisasiAnggaran, Nilai serapan,
      @Schema(examples = "2024-07-03T02:15:00Z") Instant asOf) {
  }

  @Schema(name = "Nasional", description = "Kabupaten side by side with the national aggregate. A caller sees the row"
      + " of their own kabupaten and the national aggregate over every kabupaten.")
  public record Nasional(
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "null") Integer triwulan,
      @Schema(examples = "OFFICIAL") String tampilan,
      @Schema(description = "STORED (per-kabupaten aggregate table) or RECOMPUTE (legacy comparison mode: every"
          + " kecamatan recomputed from its raw realisasi cells on this read)", examples = "STORED") String mode,
      @Schema(description = "Over every kabupaten: Σ kecamatan, mean of kecamatan overall capaian over every reporting"
          + " kecamatan of the country, Σ realisasi / Σ pagu") NasionalBaris nasional,
      List<NasionalBaris> items,
      @Schema(examples = "0") int page,
      @Schema(examples = "50") int size,
      @Schema(examples = "1") long total) {
  }
}
