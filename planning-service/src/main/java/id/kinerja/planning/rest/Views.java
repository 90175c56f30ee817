package id.kinerja.planning.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PihakRefDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;

/** Request and response bodies of the planning endpoints (besides the document parts in domain.dokumen). */
public final class Views {

  private Views() {
  }

  @Schema(name = "KecamatanView", description = "A kecamatan with its desa, units and officials; versi is the ETag")
  public record KecamatanView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.14") String kode,
      @Schema(examples = "3502140") String kodeBps,
      @Schema(examples = "Mlarak") String nama,
      @Schema(examples = "Jalan Raya Mlarak-Sambit No.10") String alamat,
      List<DesaDok> desa,
      List<UnitKerjaDok> unitKerja,
      List<PejabatDok> pejabat,
      @Schema(examples = "1") int versi,
      @Schema(examples = "2024-01-05T02:00:00Z") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "KecamatanSummary")
  public record KecamatanSummary(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.14") String kode,
      @Schema(examples = "3502140") String kodeBps,
      @Schema(examples = "Mlarak") String nama,
      @Schema(examples = "15") long jumlahDesa,
      @Schema(examples = "1") int versi) {
  }

  @Schema(name = "RenstraView", description = "A Renstra as stored (defaults filled in); versi is the ETag")
  public record RenstraView(
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "1") int versi,
      @Schema(examples = "2024-01-05T02:00:00Z") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy,
      RenstraDok renstra) {
  }

  @Schema(name = "RenstraSummary")
  public record RenstraSummary(
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "RENSTRA-2024-2026") String kode,
      @Schema(examples = "Review Renstra Kecamatan Mlarak 2024–2026") String nama,
      @Schema(examples = "2024") int periodeAwal,
      @Schema(examples = "2026") int periodeAkhir,
      @Schema(examples = "1") int versi) {
  }

  @Schema(name = "PerjanjianKinerjaDraft", description = "A PK draft: versi and status are assigned by the service")
  public record PkDraftRequest(
      @Schema(examples = "2024") Integer tahun,
      PihakRefDok pihakPertama,
      PejabatDok pihakKedua,
      @Schema(description = "AWAL or PERUBAHAN; a version after the first is PERUBAHAN", examples = "AWAL") PkJenis jenis,
      @Schema(examples = "2024-01-31") String tanggal,
      List<PkSasaranDok> sasaran,
      List<AnggaranDok> anggaran) {
  }

  @Schema(name = "PerjanjianKinerja", description = "One version of one official's PK; revisi is the ETag")
  public record PkView(
      @Schema(examples = "12") long id,
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "1") int versi,
      @Schema(examples = "AWAL") String jenis,
      @Schema(examples = "DRAFT") String status,
      @Schema(description = "Changes of this version; the ETag", examples = "1") int revisi,
      @Schema(description = "As recorded at penetapan (or now, for a draft)") PejabatDok pihakPertama,
      PejabatDok pihakKedua,
      @Schema(examples = "2024-01-31") String tanggal,
      List<PkSasaranDok> sasaran,
      List<AnggaranDok> anggaran,
      @Schema(examples = "2024-01-31T03:00:00Z") Instant ditetapkanAt,
      @Schema(examples = "planner.ponorogo") String ditetapkanBy,
      @Schema(examples = "2024-01-31T02:00:00Z") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "PerjanjianKinerjaSummary")
  public record PkSummary(
      @Schema(examples = "12") long id,
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "Joko Setiawan, S.STP., M.Si") String pihakNama,
      @Schema(examples = "1") int versi,
      @Schema(examples = "AWAL") String jenis,
      @Schema(examples = "DITETAPKAN") String status,
      @Schema(examples = "2") int revisi,
      @Schema(examples = "2024-01-31") String tanggal,
      @Schema(examples = "2024-01-31T03:00:00Z") Instant ditetapkanAt) {
  }

  @Schema(name = "SkalaPredikatRequest", description = "The bands of a scale, from the lowest values to the highest")
  public record SkalaRequest(
      @Schema(examples = "Skala ordinal pengukuran capaian kinerja") String nama,
      List<BandDok> bands) {
  }

  @Schema(name = "SkalaPredikat", description = "A predicate scale; versi is the ETag")
  public record SkalaView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "KINERJA") String tujuan,
      @Schema(examples = "Skala ordinal pengukuran capaian kinerja") String nama,
      @Schema(examples = "1") int versi,
      List<BandDok> bands,
      @Schema(examples = "2024-01-05T02:00:00Z") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "JadwalRequest", description = "Entry window of one triwulan (ISO-8601 date-times with offset)")
  public record JadwalRequest(
      @NotNull @Schema(description = "Entry opens (inclusive)", examples = "2024-07-01T00:00:00+07:00") OffsetDateTime inputDibuka,
      @NotNull @Schema(description = "Entry closes (exclusive)", examples = "2024-07-11T00:00:00+07:00") OffsetDateTime inputDitutup,
      @Schema(description = "Verification closes", examples = "2024-07-20T00:00:00+07:00") OffsetDateTime verifikasiDitutup) {
  }

  @Schema(name = "PerpanjanganRequest", description = "Reopens entry after closing, for one kecamatan or (null) all")
  public record PerpanjanganRequest(
      @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}") @Schema(description = "null = every kecamatan", examples = "35.02.14") String kecamatanKode,
      @NotNull @Schema(examples = "2024-07-15T00:00:00+07:00") OffsetDateTime sampai,
      @NotBlank @Size(max = 500) @Schema(examples = "Server SIPD tidak dapat diakses 9–10 Juli") String alasan) {
  }

  @Schema(name = "Perpanjangan")
  public record PerpanjanganView(
      @Schema(examples = "35.02.14") String kecamatanKode,
      @Schema(examples = "2024-07-14T17:00:00Z") Instant sampai,
      @Schema(examples = "Server SIPD tidak dapat diakses 9–10 Juli") String alasan,
      @Schema(examples = "planner.ponorogo") String oleh) {
  }

  @Schema(name = "Jadwal", description = "The calendar of one triwulan with its reopenings; versi is the ETag")
  public record JadwalView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "2") int triwulan,
      @Schema(examples = "2") int versi,
      @Schema(examples = "2024-06-30T17:00:00Z") Instant inputDibuka,
      @Schema(examples = "2024-07-10T17:00:00Z") Instant inputDitutup,
      @Schema(examples = "2024-07-19T17:00:00Z") Instant verifikasiDitutup,
      List<PerpanjanganView> perpanjangan,
      @Schema(examples = "2024-07-11T02:00:00Z") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy) {
  }

  @Schema(name = "Iku", description = "An Indikator Kinerja Utama of the Renstra in force, with its target of the year")
  public record IkuView(
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(description = "Sasaran (or tujuan) of the Renstra", examples = "S1") String sasaranKode,
      @Schema(examples = "Hasil perhitungan SKM setiap tahun") String definisi,
      @Schema(examples = "Hasil perhitungan SKM setiap tahun (nilai IKM unit pelayanan)") String rumus,
      @Schema(examples = "Dokumen SKM") String sumberData,
      @Schema(examples = "Camat Mlarak") String penanggungJawab,
      @Schema(examples = "HIGHER_IS_BETTER") String polarity,
      id.kinerja.planning.domain.dokumen.TargetDok target,
      id.kinerja.planning.domain.dokumen.TahunTargetDok targetAkhir) {
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
