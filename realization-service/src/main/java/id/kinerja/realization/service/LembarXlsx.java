package id.kinerja.realization.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.xlsx.WorkbookStyles;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;

/**
 * Writes the realisasi template of one kecamatan's triwulan: the plan's columns locked, the columns to fill unlocked
 * with data validation (a list for keadaan, numbers where numbers go), the current content of every cell pre-filled,
 * and a very hidden sheet with each cell's revisi, so that an upload can tell a cell changed since from one changed in
 * the workbook.
 */
final class LembarXlsx {

  /** Rows above the header: the title and how to fill in. */
  static final int HEADER_ROW = 2;

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Locale locale;
  private final CellStyle locked;
  private final CellStyle isian;
  private final CellStyle header;

  private LembarXlsx(Locale locale) {
    this.locale = locale;
    WorkbookStyles styles = new WorkbookStyles(wb);
    locked = styles.locked(null);
    isian = styles.isian(null);
    header = styles.header();
  }

  /** The template of the sheet as it stands, in the language of {@code locale}. */
  static byte[] write(QueryService.Sheet s, Map<String, List<String>> links, Map<String, Long> sebelumnya,
      Locale locale) {
    LembarXlsx x = new LembarXlsx(locale);
    x.indikator(s, links);
    x.anggaran(s, sebelumnya);
    x.revisi(s);
    return WorkbookUpload.write(x.wb);
  }

  private Sheet start(RealizationMessages name, List<Lembar> columns, QueryService.Sheet s) {
    Sheet sheet = wb.createSheet(text(name));
    sheet.createRow(0).createCell(0).setCellValue(Message.of(RealizationMessages.XLSX_JUDUL, "triwulan", s.triwulan(),
        "tahun", s.plan().tahun(), "kecamatan", s.plan().kecamatanKode()).render(locale, java.time.ZoneOffset.UTC));
    sheet.createRow(1).createCell(0).setCellValue(text(RealizationMessages.XLSX_PETUNJUK));
    Row h = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < columns.size(); c++) {
      h.createCell(c).setCellValue(columns.get(c).header(locale));
      h.getCell(c).setCellStyle(header);
      sheet.setColumnWidth(c, columns.get(c).isian || c == 1 ? 28 * 256 : 14 * 256);
    }
    sheet.createFreezePane(2, HEADER_ROW + 1);
    // Protected without a password: it guards against typing over the plan, not against a determined user.
    sheet.protectSheet("");
    return sheet;
  }

  private String text(RealizationMessages key) {
    return Message.of(key).render(locale, java.time.ZoneOffset.UTC);
  }

  private void indikator(QueryService.Sheet s, Map<String, List<String>> links) {
    Sheet sheet = start(RealizationMessages.XLSX_SHEET_INDIKATOR, Lembar.INDIKATOR, s);
    int r = HEADER_ROW + 1;
    for (IndikatorDef d : s.plan().indikator().values()) {
      RealisasiIndikator cur = s.indikator().get(d.kode());
      NilaiIndikator n = cur == null ? null : cur.nilai;
      Keadaan k = n != null ? n.keadaan() : d.due(s.triwulan()) ? Keadaan.NOT_REPORTED : Keadaan.NOT_DUE;
      String tautan = String.join("\n", links.getOrDefault(d.kode(), List.of()));
      Row row = sheet.createRow(r++);
      cells(row, java.util.Arrays.asList(d.kode(), d.nama(), d.satuan(), bentuk(d), Lembar.agregasi(d.aggregation(),
          locale), target(d.targetTriwulan().get(s.triwulan())), target(d.targetTahun()),
          Lembar.label(cur == null ? null : cur.status, locale), Lembar.label(k, locale)), n == null ? null : new Object[] { n.nilai(), n.pembilang(), n.penyebut(),
              n.teks(), n.alasan(), n.faktorPendukung(), n.faktorPenghambat(), n.tindakLanjut(), tautan },
          Lembar.INDIKATOR.size());
    }
    validate(sheet, r, Lembar.INDIKATOR.indexOf(Lembar.IND_KEADAAN), List.of(Keadaan.REPORTED,
        Keadaan.NOT_REPORTED, Keadaan.NOT_APPLICABLE).stream().map(k -> Lembar.label(k, locale)).toArray(String[]::new));
    for (Lembar l : List.of(Lembar.IND_NILAI, Lembar.IND_PEMBILANG, Lembar.IND_PENYEBUT)) {
      decimal(sheet, r, Lembar.INDIKATOR.indexOf(l), false);
    }
  }

  /** A number as a number cell; a range or a text as the plan states it ("90 – 100" in the reader's notation). */
  private Object target(id.kinerja.realization.domain.Target t) {
    if (t == null) {
      return null;
    }
    if (t.nilai() != null) {
      return t.nilai();
    }
    if (t.min() != null || t.max() != null) {
      return id.kinerja.common.i18n.Formats.number(t.min(), locale) + " – "
          + id.kinerja.common.i18n.Formats.number(t.max(), locale);
    }
    return t.teks();
  }

  /** How the indicator is filled in: a number, components (with their labels), a text. */
  private String bentuk(IndikatorDef d) {
    if (d.berkomponen()) {
      return Message.of(RealizationMessages.XLSX_BENTUK_KOMPONEN, "pembilang", d.komponenPembilang(), "penyebut",
          d.komponenPenyebut()).render(locale, java.time.ZoneOffset.UTC);
    }
    return text(d.teks() ? RealizationMessages.XLSX_BENTUK_TEKS : RealizationMessages.XLSX_BENTUK_ANGKA);
  }

  private void anggaran(QueryService.Sheet s, Map<String, Long> sebelumnya) {
    Sheet sheet = start(RealizationMessages.XLSX_SHEET_ANGGARAN, Lembar.ANGGARAN, s);
    int r = HEADER_ROW + 1;
    for (AnggaranDef d : s.plan().anggaran().values()) {
      RealisasiAnggaran cur = s.anggaran().get(d.kode());
      // As the sheet: lines without children, and a line with children that has realisasi of its own (§2.11).
      if (d.punyaAnak() && cur == null) {
        continue;
      }
      Row row = sheet.createRow(r++);
      cells(row, java.util.Arrays.asList(d.kode(), d.nama(), d.level(), d.pagu(), d.paguTriwulan().size() == 4
          ? d.paguTriwulan().get(s.triwulan() - 1) : null, sebelumnya.getOrDefault(d.kode(), 0L),
          Lembar.label(cur == null ? null : cur.status, locale)), cur == null ? null
              : new Object[] { cur.nilai, cur.keterangan }, Lembar.ANGGARAN.size());
    }
    decimal(sheet, r, Lembar.ANGGARAN.indexOf(Lembar.ANG_NILAI), true);
  }

  /** The plan's cells (locked), then the cells to fill (unlocked), pre-filled with {@code isi} when there is one. */
  private void cells(Row row, List<Object> plan, Object[] isi, int width) {
    for (int c = 0; c < width; c++) {
      Object v = c < plan.size() ? plan.get(c) : isi == null ? null : isi[c - plan.size()];
      org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
      cell.setCellStyle(c < plan.size() ? locked : isian);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (v != null && !v.toString().isEmpty()) {
        cell.setCellValue(v.toString());
      }
    }
  }

  private void revisi(QueryService.Sheet s) {
    Sheet sheet = wb.createSheet(Lembar.REVISI_SHEET);
    Row h = sheet.createRow(0);
    for (int c = 0; c < Lembar.REVISI.size(); c++) {
      h.createCell(c).setCellValue(Lembar.REVISI.get(c).header(locale));
    }
    int r = 1;
    r = revisiRow(sheet, r, Lembar.LEMBAR, s.plan().kecamatanKode() + "/" + s.plan().tahun() + "/" + s.triwulan(),
        s.revisi());
    r = revisiRow(sheet, r, Lembar.RENCANA, "planVersi", s.plan().planVersi());
    for (RealisasiIndikator cur : s.indikator().values()) {
      r = revisiRow(sheet, r, "INDIKATOR", cur.kode, cur.revisi);
    }
    for (RealisasiAnggaran cur : s.anggaran().values()) {
      r = revisiRow(sheet, r, "ANGGARAN", cur.kode, cur.revisi);
    }
    wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }

  private static int revisiRow(Sheet sheet, int r, String jenis, String kode, long revisi) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(jenis);
    row.createCell(1).setCellValue(kode);
    row.createCell(2).setCellValue(Long.toString(revisi));
    return r + 1;
  }

  private void validate(Sheet sheet, int lastRow, int col, String[] values) {
    if (lastRow <= HEADER_ROW + 1) {
      return;
    }
    DataValidationHelper v = sheet.getDataValidationHelper();
    var dv = v.createValidation(v.createExplicitListConstraint(values),
        new CellRangeAddressList(HEADER_ROW + 1, lastRow - 1, col, col));
    dv.setShowErrorBox(true);
    sheet.addValidationData(dv);
  }

  private void decimal(Sheet sheet, int lastRow, int col, boolean rupiah) {
    if (lastRow <= HEADER_ROW + 1) {
      return;
    }
    DataValidationHelper v = sheet.getDataValidationHelper();
    DataValidationConstraint c = rupiah
        ? v.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
        : v.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1E15", "1E15");
    var dv = v.createValidation(c, new CellRangeAddressList(HEADER_ROW + 1, lastRow - 1, col, col));
    dv.setShowErrorBox(true);
    dv.createErrorBox(sheet.getRow(HEADER_ROW).getCell(col).getStringCellValue(), text(rupiah
        ? RealizationMessages.XLSX_HARUS_RUPIAH : RealizationMessages.XLSX_HARUS_ANGKA));
    sheet.addValidationData(dv);
  }
}
