package id.kinerja.planning.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.BelanjaDok;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PihakRefDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;
import id.kinerja.planning.domain.rules.JadwalRules;

/** Request and response bodies of the planning endpoints (besides the document parts in domain.dokumen). */
public final class Views {

  private Views() {
  }

  @Schema(name = "KecamatanView", description = "A kecamatan with its desa, units and officials, tugas pokok, fungsi and dasar hukum; versi is the ETag")
  public record KecamatanView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.08") String kode,
      @Schema(description = "BPS code; null when not recorded", nullable = true, examples = "3502080") String kodeBps,
      @Schema(examples = "Mlarak") String nama,
      @Schema(description = "Null when not recorded", nullable = true,
          examples = "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472") String alamat,
      List<DesaDok> desa,
      List<UnitKerjaDok> unitKerja,
      List<PejabatDok> pejabat,
      @Schema(description = "Tugas pokok as the kecamatan's Perbup states it; null when not recorded", nullable = true,
          examples = "Melaksanakan tugas yang dilimpahkan oleh Bupati untuk melaksanakan sebagian Urusan Pemerintahan yang menjadi kewenangan kabupaten")
      String tugasPokok,
      @Schema(description = "Fungsi in the order of the Perbup; empty when none are recorded",
          examples = "[\"Pelaksanaan tugas-tugas pembinaan wilayah\"]") List<String> fungsi,
      @Schema(description = "Dasar hukum in order; empty when none are recorded",
          examples = "[\"Peraturan Bupati Ponorogo Nomor 84 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas, Fungsi dan Tata Kerja Kecamatan Kabupaten Ponorogo\"]")
      List<String> dasarHukum,
      @Schema(description = "Version; also the ETag", examples = "1") int versi,
      @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "KecamatanSummary")
  public record KecamatanSummary(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.08") String kode,
      @Schema(description = "BPS code; null when not recorded", nullable = true, examples = "3502080") String kodeBps,
      @Schema(examples = "Mlarak") String nama,
      @Schema(description = "Number of desa and kelurahan", examples = "15") long jumlahDesa,
      @Schema(examples = "1") int versi) {
  }

  @Schema(name = "RenstraView", description = "A Renstra as stored (defaults filled in); versi is the ETag")
  public record RenstraView(
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(description = "Version; also the ETag", examples = "1") int versi,
      @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy,
      RenstraDok renstra) {
  }

  @Schema(name = "RenstraSummary")
  public record RenstraSummary(
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(examples = "RENSTRA-MLARAK-2024-2026") String kode,
      @Schema(description = "Null when the document gives none", nullable = true,
          examples = "Review Renstra Kecamatan Mlarak Tahun 2024-2026") String nama,
      @Schema(examples = "2024") int periodeAwal,
      @Schema(examples = "2026") int periodeAkhir,
      @Schema(examples = "1") int versi) {
  }

  @Schema(name = "PerjanjianKinerjaDraft", description = "A PK draft: versi and status are assigned by the service")
  public record PkDraftRequest(
      @Schema(required = true, examples = "2024") Integer tahun,
      @Schema(required = true) PihakRefDok pihakPertama,
      @Schema(description = "The superior who signs with the official; absent = none recorded") PejabatDok pihakKedua,
      @Schema(required = true, description = "AWAL or PERUBAHAN; a version after the first is PERUBAHAN", examples = "AWAL") PkJenis jenis,
      @Schema(description = "ISO date of signature", format = "date", examples = "2024-01-31") String tanggal,
      @Schema(required = true) List<PkSasaranDok> sasaran,
      @Schema(required = true) List<AnggaranDok> anggaran,
      @Schema(description = "Budget by jenis belanja, a view of its own (docs/domain.md §2.12); absent = none") List<BelanjaDok> belanja) {
  }

  @Schema(name = "PerjanjianKinerja", description = "One version of one official's PK; revisi is the ETag")
  public record PkView(
      @Schema(examples = "12") long id,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "1") int versi,
      @Schema(examples = "PERUBAHAN") PkJenis jenis,
      @Schema(description = "DRAFT can still change; DITETAPKAN is signed and immutable", examples = "DITETAPKAN") PkStatus status,
      @Schema(description = "Changes of this version; the ETag", examples = "2") int revisi,
      @Schema(description = "As recorded at penetapan (or now, for a draft); null when the official is no longer in the "
          + "kecamatan's list", nullable = true) PejabatDok pihakPertama,
      @Schema(description = "The superior who signs with the official; null = none recorded", nullable = true) PejabatDok pihakKedua,
      @Schema(description = "ISO date of signature; null when not recorded", nullable = true, format = "date",
          examples = "2024-10-23") String tanggal,
      List<PkSasaranDok> sasaran,
      List<AnggaranDok> anggaran,
      @Schema(description = "Budget by jenis belanja (docs/domain.md §2.12); null = none", nullable = true) List<BelanjaDok> belanja,
      @Schema(description = "When it was ditetapkan; null for a draft", nullable = true, examples = "2024-10-23T10:00:00+07:00") Instant ditetapkanAt,
      @Schema(description = "Who ditetapkan it; null for a draft", nullable = true, examples = "planner.ponorogo") String ditetapkanBy,
      @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-10-23T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "PerjanjianKinerjaSummary")
  public record PkSummary(
      @Schema(examples = "12") long id,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "Joko Setiawan, S.STP., M.Si.") String pihakNama,
      @Schema(examples = "1") int versi,
      @Schema(examples = "PERUBAHAN") PkJenis jenis,
      @Schema(examples = "DITETAPKAN") PkStatus status,
      @Schema(examples = "2") int revisi,
      @Schema(description = "ISO date of signature; null when not recorded", nullable = true, format = "date",
          examples = "2024-10-23") String tanggal,
      @Schema(description = "Null for a draft", nullable = true, examples = "2024-10-23T10:00:00+07:00") Instant ditetapkanAt) {
  }

  @Schema(name = "SkalaPredikatRequest", description = "The bands of a scale, from the lowest values to the highest")
  public record SkalaRequest(
      @Schema(examples = "Skala Ordinal Pengukuran Capaian Kinerja") String nama,
      @Schema(required = true) List<BandDok> bands) {
  }

  @Schema(name = "SkalaPredikat", description = "A predicate scale; versi is the ETag")
  public record SkalaView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(description = "What the scale grades", examples = "KINERJA") SkalaTujuan tujuan,
      @Schema(description = "Null when none was given", nullable = true, examples = "Skala Ordinal Pengukuran Capaian Kinerja") String nama,
      @Schema(description = "Version; also the ETag", examples = "1") int versi,
      List<BandDok> bands,
      @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "JadwalRequest", description = "Entry window of one triwulan, in the kabupaten's time zone. Each time is a "
      + "local date (\"2024-07-10\") or an ISO-8601 date-time with offset: a date opens at 00:00 of that local day and closes "
      + "at its end (00:00 of the next day).")
  public record JadwalRequest(
      @NotNull @Schema(description = "Entry opens (inclusive). " + JadwalRules.WAKTU_DESCRIPTION, pattern = JadwalRules.POLA_WAKTU,
          examples = { "2024-07-01", "2024-07-01T00:00:00+07:00" }) String inputDibuka,
      @NotNull @Schema(description = "Entry closes (exclusive). " + JadwalRules.WAKTU_DESCRIPTION, pattern = JadwalRules.POLA_WAKTU,
          examples = { "2024-07-10", "2024-07-11T00:00:00+07:00" }) String inputDitutup,
      @Schema(description = "Verification closes; absent = no deadline. " + JadwalRules.WAKTU_DESCRIPTION,
          pattern = JadwalRules.POLA_WAKTU, examples = { "2024-07-19", "2024-07-20T00:00:00+07:00" }) String verifikasiDitutup) {
  }

  @Schema(name = "PerpanjanganRequest", description = "Reopens entry after closing, for one kecamatan or (absent) all; a second "
      + "reopening for the same kecamatan (or for all) replaces the first")
  public record PerpanjanganRequest(
      @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}") @Schema(description = "Absent = every kecamatan of the kabupaten", examples = "35.02.08") String kecamatanKode,
      @NotNull @Schema(description = "Entry is open again until then (exclusive). " + JadwalRules.WAKTU_DESCRIPTION,
          pattern = JadwalRules.POLA_WAKTU, examples = { "2024-07-14", "2024-07-15T00:00:00+07:00" }) String sampai,
      @NotBlank @Size(max = 500) @Schema(examples = "Server SIPD tidak dapat diakses 9–10 Juli") String alasan) {
  }

  @Schema(name = "Perpanjangan", description = "A reopening of entry after closing; at most one per kecamatan, and one for all")
  public record PerpanjanganView(
      @Schema(description = "null = every kecamatan of the kabupaten", nullable = true, examples = "35.02.08") String kecamatanKode,
      @Schema(description = "Entry is open again until then (exclusive), local time of the kabupaten",
          examples = "2024-07-15T00:00:00+07:00") Instant sampai,
      @Schema(description = "The last local day of the reopening: the day that ends at sampai", examples = "2024-07-14") LocalDate sampaiTanggal,
      @Schema(examples = "Server SIPD tidak dapat diakses 9–10 Juli") String alasan,
      @Schema(examples = "planner.ponorogo") String oleh) {
  }

  @Schema(name = "Jadwal", description = "The calendar of one triwulan with its reopenings, in the kabupaten's time zone; versi is the ETag")
  public record JadwalView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "2") int triwulan,
      @Schema(examples = "2") int versi,
      @Schema(description = "The kabupaten's time zone: every time below carries its offset", examples = "WIB") ZonaWaktu zonaWaktu,
      @Schema(description = "Entry opens (inclusive)", examples = "2024-07-01T00:00:00+07:00") Instant inputDibuka,
      @Schema(description = "Entry closes (exclusive)", examples = "2024-07-11T00:00:00+07:00") Instant inputDitutup,
      @Schema(description = "The last local day of entry: the day that ends at inputDitutup", examples = "2024-07-10") LocalDate inputDitutupTanggal,
      @Schema(description = "Verification closes; null = no deadline", nullable = true, examples = "2024-07-20T00:00:00+07:00") Instant verifikasiDitutup,
      @Schema(description = "The last local day of verification; null = no deadline", nullable = true, examples = "2024-07-19") LocalDate verifikasiDitutupTanggal,
      List<PerpanjanganView> perpanjangan,
      @Schema(examples = "2024-07-11T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "Iku", description = "An Indikator Kinerja Utama of the Renstra in force, with its target of the year")
  public record IkuView(
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(description = "Sasaran (or tujuan) of the Renstra", examples = "S1") String sasaranKode,
      @Schema(description = "Null when the IKU sheet gives none", nullable = true,
          examples = "Hasil perhitungan Survey Kepuasan Masyarakat (SKM) setiap tahun atas pelayanan administrasi di Kecamatan Mlarak.") String definisi,
      @Schema(description = "Null when the IKU sheet gives none", nullable = true,
          examples = "Hasil perhitungan Survey Kepuasan Masyarakat (SKM) setiap tahun (nilai IKM unit pelayanan, skala 25-100).") String rumus,
      @Schema(description = "Null when the IKU sheet gives none", nullable = true, examples = "Dokumen SKM") String sumberData,
      @Schema(description = "Null when the IKU sheet gives none", nullable = true, examples = "Camat Mlarak") String penanggungJawab,
      @Schema(examples = "HIGHER_IS_BETTER") Polarity polarity,
      @Schema(description = "The Renstra target of the year; null when the Renstra has none for it", nullable = true) TargetDok target,
      @Schema(description = "End-of-period target; null when the Renstra gives none", nullable = true) TahunTargetDok targetAkhir) {
  }

  @Schema(name = "KecamatanPage", description = "One page of a list (page is 0-based)")
  public record KecamatanPage(
      @Schema(description = "The items of this page") List<KecamatanSummary> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "RenstraPage", description = "One page of a list (page is 0-based)")
  public record RenstraPage(
      @Schema(description = "The items of this page") List<RenstraSummary> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "PerjanjianKinerjaPage", description = "One page of a list (page is 0-based)")
  public record PerjanjianKinerjaPage(
      @Schema(description = "The items of this page") List<PkSummary> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "SkalaPredikatPage", description = "One page of a list (page is 0-based)")
  public record SkalaPredikatPage(
      @Schema(description = "The items of this page") List<SkalaView> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "JadwalPage", description = "One page of a list (page is 0-based)")
  public record JadwalPage(
      @Schema(description = "The items of this page") List<JadwalView> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "IkuPage", description = "One page of a list (page is 0-based)")
  public record IkuPage(
      @Schema(description = "The items of this page") List<IkuView> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }
}
