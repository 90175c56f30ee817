package id.kinerja.realization.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Status;

/**
 * The columns of the realisasi workbook, by sheet, each with its header in the catalogue (Bahasa Indonesia, English
 * on request). An uploaded workbook is read by header in either language, so a template downloaded in English reads
 * like one in Bahasa Indonesia.
 */
enum Lembar {
  // Indicators.
  IND_KODE(RealizationMessages.XLSX_KODE, false, "indikatorKode"),
  IND_NAMA(RealizationMessages.XLSX_INDIKATOR, false, null),
  IND_SATUAN(RealizationMessages.XLSX_SATUAN, false, "satuan"),
  IND_BENTUK(RealizationMessages.XLSX_BENTUK, false, null),
  IND_AGREGASI(RealizationMessages.XLSX_AGREGASI, false, null),
  IND_TARGET_TW(RealizationMessages.XLSX_TARGET_TW, false, null),
  IND_TARGET_TAHUN(RealizationMessages.XLSX_TARGET_TAHUN, false, null),
  IND_STATUS(RealizationMessages.XLSX_STATUS, false, "status"),
  IND_KEADAAN(RealizationMessages.XLSX_KEADAAN, true, "keadaan"),
  IND_NILAI(RealizationMessages.XLSX_NILAI, true, "nilai"),
  IND_PEMBILANG(RealizationMessages.XLSX_PEMBILANG, true, "pembilang"),
  IND_PENYEBUT(RealizationMessages.XLSX_PENYEBUT, true, "penyebut"),
  IND_TEKS(RealizationMessages.XLSX_TEKS, true, "teks"),
  IND_ALASAN(RealizationMessages.XLSX_ALASAN, true, "alasan"),
  IND_PENDUKUNG(RealizationMessages.XLSX_PENDUKUNG, true, "faktorPendukung"),
  IND_PENGHAMBAT(RealizationMessages.XLSX_PENGHAMBAT, true, "faktorPenghambat"),
  IND_TINDAK_LANJUT(RealizationMessages.XLSX_TINDAK_LANJUT, true, "tindakLanjut"),
  IND_TAUTAN(RealizationMessages.XLSX_TAUTAN, true, "buktiTautan"),
  // Budget lines.
  ANG_KODE(RealizationMessages.XLSX_KODE, false, "anggaranKode"),
  ANG_URAIAN(RealizationMessages.XLSX_URAIAN, false, null),
  ANG_LEVEL(RealizationMessages.XLSX_LEVEL, false, null),
  ANG_PAGU(RealizationMessages.XLSX_PAGU, false, null),
  ANG_PAGU_TW(RealizationMessages.XLSX_PAGU_TW, false, null),
  ANG_SEBELUMNYA(RealizationMessages.XLSX_SEBELUMNYA, false, null),
  ANG_STATUS(RealizationMessages.XLSX_STATUS, false, "status"),
  ANG_NILAI(RealizationMessages.XLSX_REALISASI_TW, true, "nilai"),
  ANG_KETERANGAN(RealizationMessages.XLSX_KETERANGAN, true, "keterangan"),
  // The hidden sheet: which sheet, and each cell's revisi when the template was made.
  REV_JENIS(RealizationMessages.XLSX_JENIS, false, null),
  REV_KODE(RealizationMessages.XLSX_KODE, false, null),
  REV_REVISI(RealizationMessages.XLSX_REVISI, false, null);

  static final List<Lembar> INDIKATOR = List.of(IND_KODE, IND_NAMA, IND_SATUAN, IND_BENTUK, IND_AGREGASI, IND_TARGET_TW,
      IND_TARGET_TAHUN, IND_STATUS, IND_KEADAAN,
      IND_NILAI, IND_PEMBILANG, IND_PENYEBUT, IND_TEKS, IND_ALASAN, IND_PENDUKUNG, IND_PENGHAMBAT, IND_TINDAK_LANJUT,
      IND_TAUTAN);
  static final List<Lembar> ANGGARAN = List.of(ANG_KODE, ANG_URAIAN, ANG_LEVEL, ANG_PAGU, ANG_PAGU_TW, ANG_SEBELUMNYA,
      ANG_STATUS,
      ANG_NILAI, ANG_KETERANGAN);
  static final List<Lembar> REVISI = List.of(REV_JENIS, REV_KODE, REV_REVISI);
  /** The name of the hidden sheet, and the jenis of its row that names the sheet's kecamatan, tahun and triwulan. */
  static final String REVISI_SHEET = "_revisi";
  static final String LEMBAR = "LEMBAR";
  /** The jenis of the hidden sheet's row that holds the plan version the template was made from. */
  static final String RENCANA = "RENCANA";

  final RealizationMessages header;
  /** Whether a person fills it in (unlocked) rather than reads it from the plan (locked). */
  final boolean isian;
  /** The field of a batch item the column fills, as refusals name it; null for a column of the plan. */
  final String field;

  Lembar(RealizationMessages header, boolean isian, String field) {
    this.header = header;
    this.isian = isian;
    this.field = field;
  }

  String header(Locale locale) {
    return Message.of(header).render(locale, java.time.ZoneOffset.UTC);
  }

  /** The header as written in either language, the request's first (a table is found by whichever it has). */
  List<String> headers(Locale locale) {
    String other = header(locale.getLanguage().equals("en") ? Messages.INDONESIAN : Messages.ENGLISH);
    return List.of(header(locale), other);
  }

  /** The label of a keadaan in the workbook's list ("Dilaporkan"); NOT_REPORTED is a blank or its label. */
  static String label(Keadaan k, Locale locale) {
    return Message.of(KEADAAN.get(k)).render(locale, java.time.ZoneOffset.UTC);
  }

  /** The keadaan a label stands for, in either language or as its code; null for one it does not know. */
  static Keadaan keadaan(String text) {
    for (Map.Entry<Keadaan, RealizationMessages> e : KEADAAN.entrySet()) {
      if (e.getKey().name().equalsIgnoreCase(text) || Messages.SUPPORTED.stream()
          .anyMatch(l -> label(e.getKey(), l).equalsIgnoreCase(text))) {
        return e.getKey();
      }
    }
    return null;
  }

  /** How a triwulan figure of the indicator is aggregated over the year, in words; the code when unknown. */
  static String agregasi(String code, Locale locale) {
    for (RealizationMessages m : RealizationMessages.values()) {
      if (m.name().equals("XLSX_AGR_" + code)) {
        return Message.of(m).render(locale, java.time.ZoneOffset.UTC);
      }
    }
    return code;
  }

  static String label(Status s, Locale locale) {
    return s == null ? "" : Message.of(STATUS.get(s)).render(locale, java.time.ZoneOffset.UTC);
  }

  private static final Map<Keadaan, RealizationMessages> KEADAAN = Map.of(Keadaan.REPORTED,
      RealizationMessages.XLSX_DILAPORKAN, Keadaan.NOT_REPORTED, RealizationMessages.XLSX_BELUM_DILAPORKAN,
      Keadaan.NOT_APPLICABLE, RealizationMessages.XLSX_TIDAK_BERLAKU, Keadaan.NOT_DUE,
      RealizationMessages.XLSX_TIDAK_WAJIB);

  private static final Map<Status, RealizationMessages> STATUS = Map.of(Status.DRAFT, RealizationMessages.XLSX_DRAFT,
      Status.SUBMITTED, RealizationMessages.XLSX_DIAJUKAN, Status.VERIFIED, RealizationMessages.XLSX_DIVERIFIKASI,
      Status.APPROVED, RealizationMessages.XLSX_DISAHKAN, Status.RETURNED, RealizationMessages.XLSX_DIKEMBALIKAN);
}
