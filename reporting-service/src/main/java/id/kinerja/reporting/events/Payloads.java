package id.kinerja.reporting.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.reporting.domain.Narasi;
import id.kinerja.reporting.service.ProjectionStore;

/** Payloads of the consumed event types (docs/events/schemas), read with CanonicalJson so decimals stay BigDecimal. */
final class Payloads {

  private Payloads() {
  }

  /**
   * zonaWaktu is absent in events written before kabupaten had zones: the province's zone then. logo: v2 only (null in
   * v1, and in v2 when none was uploaded).
   */
  record KabupatenConfigured(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi, String zonaWaktu, Logo logo) {

    ZonaWaktu zona() {
      return zonaWaktu == null ? ZonaWaktu.ofProvinsi(kode) : ZonaWaktu.valueOf(zonaWaktu);
    }
  }

  record Logo(String mediaType, String isi, String sha256) {
  }

  record Desa(String kode, String nama, String jenis) {
  }

  /** v1: the first five fields; v2 adds the rest (what BAB I of the LKjIP states about the kecamatan). */
  record KecamatanRegistered(String kabupatenKode, String kode, String kodeBps, String nama, List<Desa> desa,
      String alamat, String tugasPokok, List<String> fungsi, List<String> dasarHukum,
      List<ProjectionStore.KecamatanProfil.Unit> organisasi) {
  }

  record RencanaHeader(String kabupatenKode, String kecamatanKode, int tahun, int planVersi) {
  }

  /** planning.rpjmd.published v1: what the copy is keyed and versioned by (the whole payload is stored). */
  record RpjmdHeader(String kabupatenKode, String kode, int periodeAwal, int periodeAkhir, int versi) {
  }

  /** planning.tautan-kinerja.published v1: what the copy is keyed and versioned by (the whole payload is stored). */
  record TautanHeader(String kabupatenKode, String kecamatanKode, String renstraKode, String rpjmdKode, int versi) {
  }

  record SkalaPublished(String kabupatenKode, int tahun, String tujuan, String nama, int versi,
      com.fasterxml.jackson.databind.JsonNode bands) {
  }

  record JadwalPublished(String kabupatenKode, int tahun, int triwulan, int versi, Instant inputDibuka,
      Instant inputDitutup, Instant verifikasiDitutup, com.fasterxml.jackson.databind.JsonNode perpanjangan) {
  }

  record CapaianManual(BigDecimal nilai, String justifikasi) {
  }

  /**
   * v1 and v2 of realisasi.indikator.status-changed: v2 adds the narrative, which is absent (null) in v1 (validated
   * against the schema of the envelope's version before it is read here).
   */
  record IndikatorStatusChanged(String kabupatenKode, String kecamatanKode, int tahun, int triwulan,
      String indikatorKode, int versi, int revisi, String transition, String status, String keadaan, BigDecimal nilai,
      BigDecimal pembilang, BigDecimal penyebut, String teks, CapaianManual capaianManual, boolean terlambat,
      String faktorPendukung, String faktorPenghambat, String tindakLanjut) {

    Narasi narasi() {
      return Narasi.of(faktorPendukung, faktorPenghambat, tindakLanjut);
    }
  }

  record AnggaranStatusChanged(String kabupatenKode, String kecamatanKode, int tahun, int triwulan,
      String anggaranKode, int versi, int revisi, String transition, String status, long nilai, boolean melebihiPagu,
      boolean terlambat) {
  }
}
