package id.kinerja.planning.service;

import static id.kinerja.planning.service.RencanaKolom.*;

import java.util.List;
import java.util.Locale;

import id.kinerja.common.i18n.Message;
import id.kinerja.planning.domain.PlanningMessages;

/**
 * The sheets of the plan workbook, in the order they are written, each with its columns and the columns it is found
 * by when read back (whatever its name or position; no two sheets share them). Every part of the plan document has
 * its place, so that a workbook made from an export imports as that export does.
 */
enum RencanaLembar {
  IDENTITAS(PlanningMessages.XLSX_LEMBAR_IDENTITAS, PlanningMessages.XLSX_PETUNJUK_IDENTITAS,
      List.of(ISIAN, NILAI), List.of(ISIAN, NILAI)),
  DESA(PlanningMessages.XLSX_LEMBAR_DESA, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(KODE_DESA, NAMA_DESA, JENIS_DESA), List.of(KODE_DESA, NAMA_DESA, JENIS_DESA)),
  UNIT_KERJA(PlanningMessages.XLSX_LEMBAR_UNIT_KERJA, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(KODE_UNIT, NAMA_UNIT, KODE_UNIT_INDUK), List.of(KODE_UNIT, NAMA_UNIT)),
  PEJABAT(PlanningMessages.XLSX_LEMBAR_PEJABAT, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(NIP, RencanaKolom.NAMA_PEJABAT, JABATAN, PERAN, KODE_UNIT, PANGKAT),
      List.of(NIP, RencanaKolom.NAMA_PEJABAT, JABATAN, PERAN)),
  FUNGSI(PlanningMessages.XLSX_LEMBAR_FUNGSI, PlanningMessages.XLSX_PETUNJUK_DAFTAR, List.of(URAIAN_FUNGSI),
      List.of(URAIAN_FUNGSI)),
  DASAR_HUKUM(PlanningMessages.XLSX_LEMBAR_DASAR_HUKUM, PlanningMessages.XLSX_PETUNJUK_DAFTAR, List.of(URAIAN_DASAR_HUKUM),
      List.of(URAIAN_DASAR_HUKUM)),
  TUJUAN(PlanningMessages.XLSX_LEMBAR_TUJUAN, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(KODE_TUJUAN, URAIAN_TUJUAN), List.of(KODE_TUJUAN, URAIAN_TUJUAN)),
  SASARAN(PlanningMessages.XLSX_LEMBAR_SASARAN, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(KODE_SASARAN, URAIAN_SASARAN, KODE_TUJUAN), List.of(KODE_SASARAN, URAIAN_SASARAN, KODE_TUJUAN)),
  RENSTRA(PlanningMessages.XLSX_LEMBAR_RENSTRA, PlanningMessages.XLSX_PETUNJUK_RENSTRA,
      List.of(KODE_TUJUAN, KODE_SASARAN, KODE_INDIKATOR, NAMA_INDIKATOR, SATUAN, IKU, BASELINE_TAHUN, BASELINE,
          TARGET_TAHUN, TARGET_AKHIR_TAHUN, TARGET_AKHIR, TARGET_TYPE, AGGREGATION, TW_TARGET_MODE, POLARITY,
          NEGATIVE_FORMULA, ZERO_TARGET_RULE, PRECISION, CAPAIAN_SCORE_CAP, PEMBILANG, PENYEBUT, EVIDENCE_REQUIRED,
          DUE_TRIWULAN, LEVEL_INDIKATOR, ANGGARAN_INDIKATOR),
      List.of(KODE_INDIKATOR, NAMA_INDIKATOR, TARGET_AKHIR)),
  IKU_DETAIL(PlanningMessages.XLSX_LEMBAR_IKU, PlanningMessages.XLSX_PETUNJUK_IKU,
      List.of(NO_PK, KODE_INDIKATOR, NAMA_INDIKATOR_INFO, DEFINISI, RUMUS, SUMBER_DATA, PENANGGUNG_JAWAB),
      List.of(KODE_INDIKATOR, DEFINISI, RUMUS)),
  RIWAYAT(PlanningMessages.XLSX_LEMBAR_RIWAYAT, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(KODE_INDIKATOR, TAHUN, REALISASI, SUMBER), List.of(KODE_INDIKATOR, TAHUN, REALISASI)),
  PK(PlanningMessages.XLSX_LEMBAR_PK, PlanningMessages.XLSX_PETUNJUK_PK,
      List.of(NO_PK, TAHUN, NIP_PIHAK_PERTAMA, NAMA_PIHAK_PERTAMA, JENIS_PK, VERSI, TANGGAL, DITETAPKAN,
          NIP_PIHAK_KEDUA, NAMA_PIHAK_KEDUA, JABATAN_PIHAK_KEDUA, PERAN_PIHAK_KEDUA, UNIT_PIHAK_KEDUA,
          PANGKAT_PIHAK_KEDUA),
      List.of(NO_PK, NIP_PIHAK_PERTAMA, NAMA_PIHAK_PERTAMA, VERSI)),
  PK_INDIKATOR(PlanningMessages.XLSX_LEMBAR_PK_INDIKATOR, PlanningMessages.XLSX_PETUNJUK_PK_INDIKATOR,
      List.of(NO_PK, RencanaKolom.PEJABAT, KODE_SASARAN, URAIAN_SASARAN, LEVEL_SASARAN, KODE_INDIKATOR,
          INDIKATOR_SENDIRI, NAMA_INDIKATOR, SATUAN, TARGET, TARGET_TW1, TARGET_TW2, TARGET_TW3, TARGET_TW4, IKU,
          TARGET_TYPE, AGGREGATION, TW_TARGET_MODE, POLARITY, NEGATIVE_FORMULA, ZERO_TARGET_RULE, PRECISION,
          CAPAIAN_SCORE_CAP, PEMBILANG, PENYEBUT, EVIDENCE_REQUIRED, DUE_TRIWULAN, LEVEL_INDIKATOR,
          ANGGARAN_INDIKATOR),
      List.of(NO_PK, KODE_SASARAN, KODE_INDIKATOR, TARGET)),
  ANGGARAN(PlanningMessages.XLSX_LEMBAR_ANGGARAN, PlanningMessages.XLSX_PETUNJUK_ANGGARAN,
      List.of(NO_PK, RencanaKolom.PEJABAT, KODE_ANGGARAN, NAMA_ANGGARAN, LEVEL_ANGGARAN, KODE_INDUK, PAGU, PAGU_TW1,
          PAGU_TW2, PAGU_TW3, PAGU_TW4, KODE_SASARAN, NOMENKLATUR, KETERANGAN),
      List.of(NO_PK, KODE_ANGGARAN, PAGU)),
  SKALA(PlanningMessages.XLSX_LEMBAR_SKALA, PlanningMessages.XLSX_PETUNJUK_SKALA,
      List.of(TAHUN, TUJUAN_SKALA, NAMA_SKALA, BATAS_BAWAH, BAWAH_TERMASUK, BATAS_ATAS, ATAS_TERMASUK, SKOR,
          LABEL_PREDIKAT, KODE_PREDIKAT),
      List.of(TUJUAN_SKALA, BATAS_BAWAH, SKOR)),
  JADWAL(PlanningMessages.XLSX_LEMBAR_JADWAL, PlanningMessages.XLSX_PETUNJUK_JADWAL,
      List.of(TAHUN, TRIWULAN, INPUT_DIBUKA, INPUT_DITUTUP, VERIFIKASI_DITUTUP),
      List.of(TRIWULAN, INPUT_DIBUKA, INPUT_DITUTUP)),
  CATATAN_SUMBER(PlanningMessages.XLSX_LEMBAR_CATATAN, PlanningMessages.XLSX_PETUNJUK_DAFTAR,
      List.of(BAGIAN, SUMBER, RencanaKolom.CATATAN), List.of(BAGIAN, SUMBER));

  final PlanningMessages nama;
  final PlanningMessages petunjuk;
  final List<RencanaKolom> kolom;
  /** The columns the sheet is found by. */
  final List<RencanaKolom> wajib;

  /**
   * A sheet a workbook may lack: one added to the template later (Fungsi, Dasar Hukum), which a workbook made before, or
   * typed by hand without it, states nothing in — as a plan document without those lists.
   */
  boolean opsional() {
    return this == FUNGSI || this == DASAR_HUKUM;
  }

  RencanaLembar(PlanningMessages nama, PlanningMessages petunjuk, List<RencanaKolom> kolom, List<RencanaKolom> wajib) {
    this.nama = nama;
    this.petunjuk = petunjuk;
    this.kolom = kolom;
    this.wajib = wajib;
  }

  String nama(Locale locale) {
    return RencanaKolom.text(Message.of(nama), locale);
  }
}
