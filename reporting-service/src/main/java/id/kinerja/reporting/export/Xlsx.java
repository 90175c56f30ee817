package id.kinerja.reporting.export;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.xlsx.WorkbookStyles;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.service.view.Views;

/**
 * Cell styles, writers and the print layout shared by the report workbooks.
 *
 * <p>Numbers are numeric cells with the display value (2 decimals, HALF_UP) in an Indonesian number format
 * ({@link #DECIMAL}, {@link #RUPIAH}: the locale tag [$-421] makes LibreOffice, and Excel on an Indonesian system, show
 * "1.234,56" whatever the reader's settings). An absent figure is a text cell "– belum dilaporkan" with its reason in
 * words, never 0. (A spreadsheet cell holds a binary double: only the already rounded display value goes there.)
 *
 * <p>Every label comes from the catalogue ({@link ReportingMessages}) in the request's language: Bahasa Indonesia,
 * English when the reader asks for it.
 *
 * <p>Printing (issue #16: a table used to spread over 15 portrait pages, columns apart from their rows, wrapped
 * labels over the next row): every sheet prints landscape on A4, one page wide, its column header repeated on every
 * page, with a page footer; each row is as tall as its longest wrapped text needs, estimated from the column widths
 * (a spreadsheet does not grow rows that a program wrote). Widths are set before the rows are written, so that a
 * streamed sheet (SXSSF) can size each row as it is written.
 */
final class Xlsx {

  /** Two decimals, grouped the Indonesian way. */
  static final String DECIMAL = "[$-421]#,##0.00";
  /** Whole Rupiah, grouped the Indonesian way. */
  static final String RUPIAH = "[$-421]#,##0";
  /** Points per line of 10-point text, with the leading LibreOffice and Excel use. */
  private static final float LINE = 13.5f;
  private static final float PADDING = 3f;
  private static final short FONT_POINTS = 10;
  /**
   * Width of an average character of text, and of bold text, in digit widths (the unit of a column's width): what
   * LibreOffice's rendering of these workbooks showed (a 44-character column holds some 48 characters of text).
   */
  private static final double TEXT = 0.9;
  private static final double BOLD = 1.0;

  final CellStyle header;
  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle text;
  final CellStyle decimal;
  final CellStyle rupiah;
  final CellStyle absent;
  final CellStyle labelBold;
  private final Locale locale;
  private final ZoneId zone;

  Xlsx(Workbook wb) {
    RequestLocale request = RequestLocale.current();
    this.locale = request.locale();
    this.zone = request.zone();
    Font normal = wb.getFontAt(0);
    normal.setFontHeightInPoints(FONT_POINTS);
    Font bold = wb.createFont();
    bold.setBold(true);
    bold.setFontHeightInPoints(FONT_POINTS);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = wb.createCellStyle();
    title.setFont(big);
    title.setWrapText(true);
    title.setVerticalAlignment(VerticalAlignment.TOP);
    subtitle = wb.createCellStyle();
    subtitle.setWrapText(true);
    subtitle.setVerticalAlignment(VerticalAlignment.TOP);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    WorkbookStyles.border(header);
    labelBold = wb.createCellStyle();
    labelBold.setFont(bold);
    labelBold.setWrapText(true);
    labelBold.setVerticalAlignment(VerticalAlignment.TOP);
    WorkbookStyles.border(labelBold);
    text = wb.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    WorkbookStyles.border(text);
    decimal = wb.createCellStyle();
    decimal.setDataFormat(wb.createDataFormat().getFormat(DECIMAL));
    decimal.setVerticalAlignment(VerticalAlignment.TOP);
    WorkbookStyles.border(decimal);
    rupiah = wb.createCellStyle();
    rupiah.setDataFormat(wb.createDataFormat().getFormat(RUPIAH));
    rupiah.setVerticalAlignment(VerticalAlignment.TOP);
    WorkbookStyles.border(rupiah);
    absent = wb.createCellStyle();
    absent.setAlignment(HorizontalAlignment.RIGHT);
    absent.setVerticalAlignment(VerticalAlignment.TOP);
    absent.setWrapText(true);
    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setFontHeightInPoints(FONT_POINTS);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    absent.setFont(grey);
    WorkbookStyles.border(absent);
  }

  // ---- texts ----------------------------------------------------------------------------------------------------

  /** A label of the catalogue in the request's language. */
  String t(MessageKey key, Object... args) {
    return t(Message.of(key, args));
  }

  /** A text of a view in the request's language. */
  String t(Message m) {
    return m == null ? null : m.render(locale, zone);
  }

  /** A value (a date, an instant in the kabupaten's zone, a number) as the request's language writes it. */
  String value(Object v) {
    return Messages.format(v, locale, zone);
  }

  /** Why a figure has no value, in words ("belum dilaporkan"); the status itself when the catalogue has no words. */
  String status(String status) {
    ReportingMessages key = switch (status == null ? "NOT_REPORTED" : status) {
      case "REPORTED", "COMPUTED" -> ReportingMessages.XLSX_STATUS_REPORTED;
      case "NOT_REPORTED", "NOT_COMPUTABLE", "NOT_DUE", "NOT_APPLICABLE", "NO_TARGET", "NO_PLAN" -> sebabKosong(status);
      default -> null;
    };
    return key == null ? status : t(key);
  }

  /** The words for a figure without a value, by its status; anything else unknown reads as not reported. */
  static ReportingMessages sebabKosong(String status) {
    return switch (status == null ? "NOT_REPORTED" : status) {
      case "NOT_COMPUTABLE" -> ReportingMessages.XLSX_STATUS_NOT_COMPUTABLE;
      case "NOT_DUE" -> ReportingMessages.XLSX_STATUS_NOT_DUE;
      case "NOT_APPLICABLE" -> ReportingMessages.XLSX_STATUS_NOT_APPLICABLE;
      case "NO_TARGET" -> ReportingMessages.XLSX_STATUS_NO_TARGET;
      case "NO_PLAN" -> ReportingMessages.XLSX_STATUS_NO_PLAN;
      default -> ReportingMessages.XLSX_STATUS_NOT_REPORTED;
    };
  }

  // ---- cells ----------------------------------------------------------------------------------------------------

  void text(Row row, int col, String v) {
    Cell c = row.createCell(col);
    c.setCellStyle(text);
    if (v != null) {
      c.setCellValue(v);
    }
  }

  void label(Row row, int col, String v) {
    Cell c = row.createCell(col);
    c.setCellStyle(labelBold);
    c.setCellValue(v);
  }

  void header(Row row, String... names) {
    for (int i = 0; i < names.length; i++) {
      header(row, i, names[i]);
    }
  }

  void header(Row row, int col, String name) {
    Cell c = row.createCell(col);
    c.setCellStyle(header);
    c.setCellValue(name);
  }

  /** A figure: its display value as a number, or "– reason" when it has none (never 0). */
  void nilai(Row row, int col, Views.Nilai n) {
    if (n == null || n.display() == null) {
      absent(row, col, n == null ? "NOT_REPORTED" : n.status());
      return;
    }
    Cell c = row.createCell(col);
    c.setCellStyle(decimal);
    c.setCellValue(n.display().doubleValue());
  }

  void number(Row row, int col, BigDecimal v) {
    if (v == null) {
      absent(row, col, "NOT_REPORTED");
      return;
    }
    Cell c = row.createCell(col);
    c.setCellStyle(decimal);
    c.setCellValue(v.doubleValue());
  }

  void rupiah(Row row, int col, Views.Rupiah r) {
    if (r == null || r.nilai() == null) {
      absent(row, col, "NOT_REPORTED");
      return;
    }
    Cell c = row.createCell(col);
    c.setCellStyle(rupiah);
    c.setCellValue(r.nilai());
  }

  /** A whole number shown as a number (counts, versions). */
  void count(Row row, int col, long v) {
    Cell c = row.createCell(col);
    c.setCellStyle(rupiah);
    c.setCellValue(v);
  }

  void absent(Row row, int col, String status) {
    Cell c = row.createCell(col);
    c.setCellStyle(absent);
    c.setCellValue(t(ReportingMessages.XLSX_TANPA, "sebab", status(status)));
  }

  // ---- layout ---------------------------------------------------------------------------------------------------

  /** Column widths in characters; set before any row is written. */
  static void widths(Sheet s, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      s.setColumnWidth(i, chars[i] * 256);
    }
  }

  /**
   * Title lines at the top of a sheet, each merged across the table's {@code columns} and wrapped there, so that a
   * long line stays on the printed page instead of running past the table.
   *
   * @return the first free row
   */
  int titles(Sheet s, int columns, String... lines) {
    for (int i = 0; i < lines.length; i++) {
      Row r = s.createRow(i);
      Cell c = r.createCell(0);
      c.setCellStyle(i == 0 ? title : subtitle);
      c.setCellValue(lines[i]);
      if (columns > 1) {
        s.addMergedRegion(new CellRangeAddress(i, i, 0, columns - 1));
      }
      int chars = 0;
      for (int col = 0; col < columns; col++) {
        chars += s.getColumnWidth(col) / 256;
      }
      float line = i == 0 ? LINE * 1.35f : LINE;
      r.setHeightInPoints(lines(lines[i], chars, i == 0 ? 1.35 : TEXT) * line + PADDING);
    }
    return lines.length;
  }

  /**
   * Makes the row as tall as its longest wrapped text needs in its column, or across its merged cells (call once the
   * row is filled).
   */
  void fit(Sheet s, Row row) {
    int most = 1;
    for (Cell c : row) {
      if (c.getCellType() == CellType.STRING && c.getCellStyle().getWrapText()) {
        short style = c.getCellStyle().getIndex();
        double wide = style == header.getIndex() || style == labelBold.getIndex() ? BOLD : TEXT;
        most = Math.max(most, lines(c.getStringCellValue(), width(s, c), wide));
      }
    }
    row.setHeightInPoints(most * LINE + PADDING);
  }

  /** The width in characters a cell's text wraps in: its column's, or that of the merged cells it starts. */
  private static int width(Sheet s, Cell c) {
    for (CellRangeAddress m : s.getMergedRegions()) {
      if (m.getFirstRow() == c.getRowIndex() && m.getFirstColumn() == c.getColumnIndex()) {
        int chars = 0;
        for (int col = m.getFirstColumn(); col <= m.getLastColumn(); col++) {
          chars += s.getColumnWidth(col) / 256;
        }
        return chars;
      }
    }
    return s.getColumnWidth(c.getColumnIndex()) / 256;
  }

  /**
   * Lines a text needs in a column of {@code chars} digit widths, wrapped at spaces as a spreadsheet wraps it;
   * {@code wide} is the width of an average character in digit widths (below 1 for text, above for larger type).
   */
  static int lines(String text, int chars, double wide) {
    int room = Math.max(1, (int) Math.floor((chars - 1) / wide));
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" ")) {
        int w = word.length();
        if (used > 0 && used + 1 + w > room) {
          lines++;
          used = 0;
        }
        while (w > room) { // a word longer than the column breaks inside
          lines++;
          w -= room;
        }
        used += (used > 0 ? 1 : 0) + w;
      }
    }
    return Math.max(1, lines);
  }

  /**
   * The print layout of a sheet whose column header is row {@code headerRow} and whose table ends at
   * {@code lastRow}: landscape A4, one page wide and as many high as needed, narrow margins, the header repeated on
   * every page and frozen on screen, the print area the table, and "Halaman n dari m" with the sheet's title at the
   * foot of each page.
   */
  void print(Workbook wb, Sheet s, int headerRow, int columns, int lastRow, String footer) {
    PrintSetup p = s.getPrintSetup();
    p.setLandscape(true);
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    s.setFitToPage(true);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    s.setAutobreaks(true);
    s.setMargin(Sheet.LeftMargin, 0.4);
    s.setMargin(Sheet.RightMargin, 0.4);
    s.setMargin(Sheet.TopMargin, 0.5);
    s.setMargin(Sheet.BottomMargin, 0.6);
    s.setMargin(Sheet.FooterMargin, 0.25);
    s.setHorizontallyCenter(true);
    s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    s.createFreezePane(0, headerRow + 1);
    wb.setPrintArea(wb.getSheetIndex(s), 0, columns - 1, 0, Math.max(headerRow, lastRow));
    s.getFooter().setLeft(footer);
    // &P and &N: the page's number and the number of pages, as spreadsheet footers write them
    s.getFooter().setCenter(t(ReportingMessages.XLSX_HALAMAN, "halaman", "&P", "jumlah", "&N"));
  }
}
