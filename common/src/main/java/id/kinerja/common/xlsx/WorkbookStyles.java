package id.kinerja.common.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook a service hands out to be filled in: a bold header, cells to fill in (unlocked) and
 * cells that only inform (locked, grey), each with a data format. Styles are made once per workbook and format, since
 * a workbook holds at most some 64 000 of them.
 */
public final class WorkbookStyles {

  /** Excel's text format: what is typed stays text (a NIP keeps its 18 digits, a code "7.01" is not a number). */
  public static final String TEXT = "@";
  /** Whole Rupiah, grouped as the reader's Excel groups them. */
  public static final String RUPIAH = "#,##0";
  /** A whole number shown without grouping (years, versions, scores). */
  public static final String INTEGER = "0";

  private final Workbook wb;
  private final CellStyle header;
  private final Map<String, CellStyle> styles = new HashMap<>();

  public WorkbookStyles(Workbook wb) {
    this.wb = wb;
    header = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setWrapText(true);
    header.setLocked(true);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    border(header);
  }

  /** The header row's style. */
  public CellStyle header() {
    return header;
  }

  /** A cell a person fills in; {@code format} null is Excel's General. */
  public CellStyle isian(String format) {
    return style(false, format, 0);
  }

  /** A cell a person fills in, its text indented by {@code level} steps (a tree shown as an outline). */
  public CellStyle isian(String format, int level) {
    return style(false, format, level);
  }

  /** A cell that only informs (grey, locked where the sheet is protected). */
  public CellStyle locked(String format) {
    return style(true, format, 0);
  }

  private CellStyle style(boolean locked, String format, int indent) {
    return styles.computeIfAbsent(locked + "|" + format + "|" + indent, k -> {
      CellStyle s = wb.createCellStyle();
      s.setLocked(locked);
      s.setWrapText(true);
      if (locked) {
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      if (format != null) {
        s.setDataFormat(wb.createDataFormat().getFormat(format));
      }
      if (indent > 0) {
        s.setIndention((short) indent);
      }
      border(s);
      return s;
    });
  }

  /** Thin borders all round: what makes a cell look like part of a table (exports use it too). */
  public static void border(CellStyle s) {
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }
}
