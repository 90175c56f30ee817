package id.kinerja.reporting.export;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import id.kinerja.common.xlsx.WorkbookStyles;
import id.kinerja.reporting.service.view.Views;

/**
 * Cell styles and writers shared by the workbooks. Numbers are numeric cells with the display value (2 decimals,
 * HALF_UP) and the format {@code #,##0.00}, which Excel and LibreOffice show in the reader's locale, i.e. "123,75"
 * in id-ID; Rupiah use {@code #,##0}. An absent figure is a text cell with its status ("NOT_REPORTED"), never 0.
 * (A spreadsheet cell holds a binary double: only the already rounded display value goes there, never a raw one.)
 */
final class Xlsx {

  final CellStyle header;
  final CellStyle title;
  final CellStyle text;
  final CellStyle decimal;
  final CellStyle rupiah;
  final CellStyle absent;

  Xlsx(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = wb.createCellStyle();
    title.setFont(big);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    WorkbookStyles.border(header);
    text = wb.createCellStyle();
    text.setWrapText(true);
    WorkbookStyles.border(text);
    decimal = wb.createCellStyle();
    decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    WorkbookStyles.border(decimal);
    rupiah = wb.createCellStyle();
    rupiah.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    WorkbookStyles.border(rupiah);
    absent = wb.createCellStyle();
    absent.setAlignment(HorizontalAlignment.RIGHT);
    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    absent.setFont(grey);
    WorkbookStyles.border(absent);
  }

  void text(Row row, int col, String v) {
    Cell c = row.createCell(col);
    c.setCellStyle(text);
    if (v != null) {
      c.setCellValue(v);
    }
  }

  void header(Row row, String... names) {
    for (int i = 0; i < names.length; i++) {
      Cell c = row.createCell(i);
      c.setCellStyle(header);
      c.setCellValue(names[i]);
    }
  }

  void header(Row row, int col, String name) {
    Cell c = row.createCell(col);
    c.setCellStyle(header);
    c.setCellValue(name);
  }

  void nilai(Row row, int col, Views.Nilai n) {
    Cell c = row.createCell(col);
    if (n == null) {
      c.setCellStyle(absent);
      return;
    }
    if (n.display() == null) {
      c.setCellStyle(absent);
      c.setCellValue(n.status());
      return;
    }
    c.setCellStyle(decimal);
    c.setCellValue(n.display().doubleValue());
  }

  void number(Row row, int col, BigDecimal v) {
    Cell c = row.createCell(col);
    if (v == null) {
      c.setCellStyle(absent);
      return;
    }
    c.setCellStyle(decimal);
    c.setCellValue(v.doubleValue());
  }

  void rupiah(Row row, int col, Views.Rupiah r) {
    Cell c = row.createCell(col);
    if (r == null || r.nilai() == null) {
      c.setCellStyle(absent);
      c.setCellValue("NOT_REPORTED");
      return;
    }
    c.setCellStyle(rupiah);
    c.setCellValue(r.nilai());
  }
}
