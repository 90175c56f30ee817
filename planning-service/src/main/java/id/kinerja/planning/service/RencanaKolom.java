package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.DesaJenis;
import id.kinerja.planning.domain.IndikatorLevel;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;
import id.kinerja.planning.domain.Peran;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.SasaranLevel;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.ZeroTargetRule;

/**
 * The columns of the plan workbook, each with its header in the catalogue (Bahasa Indonesia, English on request) and
 * what its cells hold. A column is found by its header in either language, so a workbook downloaded in English reads
 * like one in Bahasa Indonesia. {@link #TARGET_TAHUN} stands for one column per year ("Target 2024").
 */
enum RencanaKolom {
  ISIAN(XLSX_KOLOM_ISIAN, Isi.INFO),
  NILAI(XLSX_KOLOM_NILAI, Isi.TEKS),
  KODE_DESA(XLSX_KOLOM_KODE_DESA, Isi.KODE),
  NAMA_DESA(XLSX_KOLOM_NAMA_DESA, Isi.TEKS),
  JENIS_DESA(XLSX_KOLOM_JENIS_DESA, DesaJenis.class),
  KODE_UNIT(XLSX_KOLOM_KODE_UNIT, Isi.KODE),
  NAMA_UNIT(XLSX_KOLOM_NAMA_UNIT, Isi.TEKS),
  KODE_UNIT_INDUK(XLSX_KOLOM_KODE_UNIT_INDUK, Isi.KODE),
  NIP(XLSX_KOLOM_NIP, Isi.KODE),
  NAMA_PEJABAT(XLSX_KOLOM_NAMA_PEJABAT, Isi.TEKS),
  JABATAN(XLSX_KOLOM_JABATAN, Isi.TEKS),
  PERAN(XLSX_KOLOM_PERAN, Peran.class),
  PANGKAT(XLSX_KOLOM_PANGKAT, Isi.TEKS),
  URAIAN_FUNGSI(XLSX_KOLOM_URAIAN_FUNGSI, Isi.TEKS),
  URAIAN_DASAR_HUKUM(XLSX_KOLOM_URAIAN_DASAR_HUKUM, Isi.TEKS),
  KODE_TUJUAN(XLSX_KOLOM_KODE_TUJUAN, Isi.KODE),
  URAIAN_TUJUAN(XLSX_KOLOM_URAIAN_TUJUAN, Isi.TEKS),
  KODE_SASARAN(XLSX_KOLOM_KODE_SASARAN, Isi.KODE),
  URAIAN_SASARAN(XLSX_KOLOM_URAIAN_SASARAN, Isi.TEKS),
  LEVEL_SASARAN(XLSX_KOLOM_LEVEL_SASARAN, SasaranLevel.class),
  KODE_INDIKATOR(XLSX_KOLOM_KODE_INDIKATOR, Isi.KODE),
  NAMA_INDIKATOR(XLSX_KOLOM_NAMA_INDIKATOR, Isi.TEKS),
  /** The indicator's name where it only reminds the reader (IKU sheet). */
  NAMA_INDIKATOR_INFO(XLSX_KOLOM_NAMA_INDIKATOR, Isi.INFO),
  SATUAN(XLSX_KOLOM_SATUAN, Isi.TEKS),
  IKU(XLSX_KOLOM_IKU, Isi.YA_TIDAK),
  LEVEL_INDIKATOR(XLSX_KOLOM_LEVEL_INDIKATOR, IndikatorLevel.class),
  ANGGARAN_INDIKATOR(XLSX_KOLOM_ANGGARAN_INDIKATOR, Isi.KODE),
  POLARITY(XLSX_KOLOM_POLARITY, Polarity.class),
  NEGATIVE_FORMULA(XLSX_KOLOM_NEGATIVE_FORMULA, NegativeFormula.class),
  TARGET_TYPE(XLSX_KOLOM_TARGET_TYPE, TargetType.class),
  AGGREGATION(XLSX_KOLOM_AGGREGATION, Aggregation.class),
  TW_TARGET_MODE(XLSX_KOLOM_TW_TARGET_MODE, TwTargetMode.class),
  ZERO_TARGET_RULE(XLSX_KOLOM_ZERO_TARGET_RULE, ZeroTargetRule.class),
  PRECISION(XLSX_KOLOM_PRECISION, Isi.BULAT),
  CAPAIAN_SCORE_CAP(XLSX_KOLOM_CAPAIAN_SCORE_CAP, Isi.ANGKA),
  PEMBILANG(XLSX_KOLOM_PEMBILANG, Isi.TEKS),
  PENYEBUT(XLSX_KOLOM_PENYEBUT, Isi.TEKS),
  EVIDENCE_REQUIRED(XLSX_KOLOM_EVIDENCE_REQUIRED, Isi.YA_TIDAK),
  DUE_TRIWULAN(XLSX_KOLOM_DUE_TRIWULAN, Isi.DAFTAR),
  BASELINE_TAHUN(XLSX_KOLOM_BASELINE_TAHUN, Isi.BULAT),
  BASELINE(XLSX_KOLOM_BASELINE, Isi.ANGKA),
  TARGET_TAHUN(XLSX_KOLOM_TARGET_TAHUN, Isi.TARGET),
  TARGET_AKHIR_TAHUN(XLSX_KOLOM_TARGET_AKHIR_TAHUN, Isi.BULAT),
  TARGET_AKHIR(XLSX_KOLOM_TARGET_AKHIR, Isi.TARGET),
  DEFINISI(XLSX_KOLOM_DEFINISI, Isi.TEKS),
  RUMUS(XLSX_KOLOM_RUMUS, Isi.TEKS),
  SUMBER_DATA(XLSX_KOLOM_SUMBER_DATA, Isi.TEKS),
  PENANGGUNG_JAWAB(XLSX_KOLOM_PENANGGUNG_JAWAB, Isi.TEKS),
  TAHUN(XLSX_KOLOM_TAHUN, Isi.BULAT),
  REALISASI(XLSX_KOLOM_REALISASI, Isi.ANGKA),
  SUMBER(XLSX_KOLOM_SUMBER, Isi.TEKS),
  NO_PK(XLSX_KOLOM_NO_PK, Isi.KODE),
  PEJABAT(XLSX_KOLOM_PEJABAT, Isi.INFO),
  NIP_PIHAK_PERTAMA(XLSX_KOLOM_NIP_PIHAK_PERTAMA, Isi.KODE),
  NAMA_PIHAK_PERTAMA(XLSX_KOLOM_NAMA_PIHAK_PERTAMA, Isi.TEKS),
  JENIS_PK(XLSX_KOLOM_JENIS_PK, PkJenis.class),
  VERSI(XLSX_KOLOM_VERSI, Isi.BULAT),
  TANGGAL(XLSX_KOLOM_TANGGAL, Isi.KODE),
  DITETAPKAN(XLSX_KOLOM_DITETAPKAN, Isi.YA_TIDAK),
  NIP_PIHAK_KEDUA(XLSX_KOLOM_NIP_PIHAK_KEDUA, Isi.KODE),
  NAMA_PIHAK_KEDUA(XLSX_KOLOM_NAMA_PIHAK_KEDUA, Isi.TEKS),
  JABATAN_PIHAK_KEDUA(XLSX_KOLOM_JABATAN_PIHAK_KEDUA, Isi.TEKS),
  PERAN_PIHAK_KEDUA(XLSX_KOLOM_PERAN_PIHAK_KEDUA, Peran.class),
  UNIT_PIHAK_KEDUA(XLSX_KOLOM_UNIT_PIHAK_KEDUA, Isi.KODE),
  PANGKAT_PIHAK_KEDUA(XLSX_KOLOM_PANGKAT_PIHAK_KEDUA, Isi.TEKS),
  INDIKATOR_SENDIRI(XLSX_KOLOM_INDIKATOR_SENDIRI, Isi.YA_TIDAK),
  TARGET(XLSX_KOLOM_TARGET, Isi.TARGET),
  TARGET_TW1(XLSX_KOLOM_TARGET_TW1, Isi.TARGET),
  TARGET_TW2(XLSX_KOLOM_TARGET_TW2, Isi.TARGET),
  TARGET_TW3(XLSX_KOLOM_TARGET_TW3, Isi.TARGET),
  TARGET_TW4(XLSX_KOLOM_TARGET_TW4, Isi.TARGET),
  KODE_ANGGARAN(XLSX_KOLOM_KODE_ANGGARAN, Isi.KODE),
  NAMA_ANGGARAN(XLSX_KOLOM_NAMA_ANGGARAN, Isi.TEKS),
  LEVEL_ANGGARAN(XLSX_KOLOM_LEVEL_ANGGARAN, AnggaranLevel.class),
  KODE_INDUK(XLSX_KOLOM_KODE_INDUK, Isi.KODE),
  PAGU(XLSX_KOLOM_PAGU, Isi.RUPIAH),
  PAGU_TW1(XLSX_KOLOM_PAGU_TW1, Isi.RUPIAH),
  PAGU_TW2(XLSX_KOLOM_PAGU_TW2, Isi.RUPIAH),
  PAGU_TW3(XLSX_KOLOM_PAGU_TW3, Isi.RUPIAH),
  PAGU_TW4(XLSX_KOLOM_PAGU_TW4, Isi.RUPIAH),
  NOMENKLATUR(XLSX_KOLOM_NOMENKLATUR, Isi.TEKS),
  KETERANGAN(XLSX_KOLOM_KETERANGAN, Isi.TEKS),
  TUJUAN_SKALA(XLSX_KOLOM_TUJUAN_SKALA, SkalaTujuan.class),
  NAMA_SKALA(XLSX_KOLOM_NAMA_SKALA, Isi.TEKS),
  BATAS_BAWAH(XLSX_KOLOM_BATAS_BAWAH, Isi.ANGKA),
  BAWAH_TERMASUK(XLSX_KOLOM_BAWAH_TERMASUK, Isi.YA_TIDAK),
  BATAS_ATAS(XLSX_KOLOM_BATAS_ATAS, Isi.ANGKA),
  ATAS_TERMASUK(XLSX_KOLOM_ATAS_TERMASUK, Isi.YA_TIDAK),
  SKOR(XLSX_KOLOM_SKOR, Isi.BULAT),
  LABEL_PREDIKAT(XLSX_KOLOM_LABEL_PREDIKAT, Isi.TEKS),
  KODE_PREDIKAT(XLSX_KOLOM_KODE_PREDIKAT, Isi.KODE),
  TRIWULAN(XLSX_KOLOM_TRIWULAN, Isi.BULAT),
  INPUT_DIBUKA(XLSX_KOLOM_INPUT_DIBUKA, Isi.KODE),
  INPUT_DITUTUP(XLSX_KOLOM_INPUT_DITUTUP, Isi.KODE),
  VERIFIKASI_DITUTUP(XLSX_KOLOM_VERIFIKASI_DITUTUP, Isi.KODE),
  BAGIAN(XLSX_KOLOM_BAGIAN, Isi.TEKS),
  CATATAN(XLSX_KOLOM_CATATAN, Isi.TEKS);

  /** What a column's cells hold, which decides how they are written and read. */
  enum Isi {
    /** Free text. */
    TEKS,
    /** A code, a date or a time: text that must stay text (a NIP keeps its digits, "7.01" is no number). */
    KODE,
    /** A decimal number. */
    ANGKA,
    /** A whole number (year, version, score, decimals). */
    BULAT,
    /** Whole Rupiah. */
    RUPIAH,
    /** One value of an enumeration, written as its code. */
    PILIHAN,
    /** Ya / Tidak (Yes / No). */
    YA_TIDAK,
    /** Whole numbers separated by commas ("1, 2, 3, 4"). */
    DAFTAR,
    /** A target: a number, a range "7 – 8" or a text, as the indicator's targetType says. */
    TARGET,
    /** Shown to help the reader; not read back. */
    INFO
  }

  final PlanningMessages header;
  final Isi isi;
  /** The values of a PILIHAN column. */
  final List<String> pilihan;

  RencanaKolom(PlanningMessages header, Isi isi) {
    this.header = header;
    this.isi = isi;
    this.pilihan = List.of();
  }

  RencanaKolom(PlanningMessages header, Class<? extends Enum<?>> values) {
    this.header = header;
    this.isi = Isi.PILIHAN;
    this.pilihan = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
  }

  String header(Locale locale) {
    return text(Message.of(header), locale);
  }

  /** The header of one year's target column. */
  static String targetTahun(int tahun, Locale locale) {
    return text(Message.of(XLSX_KOLOM_TARGET_TAHUN, "tahun", tahun), locale);
  }

  /** The Indonesian header: how the reader looks a column up, whichever language the sheet is in. */
  String h() {
    return header(Messages.INDONESIAN);
  }

  /** The header as written in either language, the request's first. */
  List<String> headers(Locale locale) {
    return List.of(header(locale), header(other(locale)));
  }

  static Locale other(Locale locale) {
    return locale.getLanguage().equals("en") ? Messages.INDONESIAN : Messages.ENGLISH;
  }

  static String text(Message m, Locale locale) {
    return m.render(locale, java.time.ZoneOffset.UTC);
  }

  /** The zones a kabupaten may have, for the Identitas sheet's list. */
  static final List<String> ZONA = Arrays.stream(ZonaWaktu.values()).map(Enum::name).toList();
  static final List<String> OVERALL = Arrays.stream(OverallMode.values()).map(Enum::name).toList();
}
