package id.kinerja.common.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import id.kinerja.common.i18n.AngkaTertulis;
import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.NumberStyle;
import id.kinerja.common.i18n.UnreadableNumber;
import id.kinerja.common.problem.FieldViolation;

/**
 * A table in a workbook someone filled in, found by its header row rather than by position: the first sheet (in any
 * order, under any name) with a row, among its first {@value #HEADER_ROWS}, that holds every required header. Columns
 * are found by their header too, so moved, added or extra columns do no harm; a merged header cell counts once, at its
 * first column. Rows after the header whose known columns are all empty are passed over (trailing empty rows, spacer
 * rows). Cells are read as a person sees them: a formula by its cached value, a percent-formatted 0,955 as 95,5, a
 * number typed as text in the Indonesian way ("1.234.567,89", "95,5 %", "Rp 250.000") as that number: a point groups
 * thousands, a comma marks the decimals, and text that does not fit ("95.5") is refused, never guessed.
 */
public final class SheetTable {

  /** How far down a sheet its header row is looked for (titles and notes stand above it). */
  static final int HEADER_ROWS = 20;
  /** Excel shows 15 significant digits: a cached 0.30000000000000004 is the 0,3 the person saw. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final Sheet sheet;
  private final int headerRow;
  private final Map<String, Integer> columns;

  private SheetTable(Sheet sheet, int headerRow, Map<String, Integer> columns) {
    this.sheet = sheet;
    this.headerRow = headerRow;
    this.columns = columns;
  }

  /** The first sheet holding every one of {@code required} in one header row; empty when none does. */
  public static Optional<SheetTable> find(Workbook wb, Collection<String> required) {
    for (Sheet sheet : wb) {
      for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS); r++) {
        Map<String, Integer> columns = headers(sheet.getRow(r));
        if (columns.keySet().containsAll(required.stream().map(SheetTable::normalize).toList())) {
          return Optional.of(new SheetTable(sheet, r, columns));
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Integer> headers(Row row) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    if (row == null) {
      return columns;
    }
    for (Cell c : row) {
      if (c.getCellType() == CellType.STRING) {
        columns.putIfAbsent(normalize(c.getStringCellValue()), c.getColumnIndex());
      }
    }
    return columns;
  }

  /** "Nilai *", "NILAI (angka)" and "nilai" are the same header: case, notes in brackets and marks do not count. */
  static String normalize(String header) {
    String h = header.split("[\\r\\n(]", 2)[0];
    return h.replace("*", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }

  public String name() {
    return sheet.getSheetName();
  }

  /**
   * Makes {@code name} find the column that the first of {@code written} that the sheet has heads (a column known by
   * its header in several languages); nothing when the sheet has none of them.
   */
  public void alias(String name, List<String> written) {
    written.stream().map(SheetTable::normalize).filter(columns::containsKey).findFirst()
        .ifPresent(w -> columns.putIfAbsent(normalize(name), columns.get(w)));
  }

  /** Whether the table has the column (optional columns may be left out). */
  public boolean has(String header) {
    return columns.containsKey(normalize(header));
  }

  /** The rows below the header with anything in a known column, top to bottom. */
  public List<Baris> rows() {
    List<Baris> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Baris b = new Baris(sheet.getRow(r), r);
      if (b.row != null && columns.values().stream().anyMatch(col -> !blank(b.row.getCell(col)))) {
        rows.add(b);
      }
    }
    return rows;
  }

  private static boolean blank(Cell c) {
    if (c == null || c.getCellType() == CellType.BLANK) {
      return true;
    }
    return c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank();
  }

  /** One row of the table; cells are addressed by header. Refusals of a cell name it as "Sheet!H7". */
  public final class Baris {

    private final Row row;
    private final int index;

    private Baris(Row row, int index) {
      this.row = row;
      this.index = index;
    }

    /** The row number a person sees (1-based). */
    public int number() {
      return index + 1;
    }

    /** The reference of a cell of this row, e.g. "Indikator!H7" (quoted when the sheet name needs it). */
    public String ref(String header) {
      Integer col = columns.get(normalize(header));
      return new CellReference(sheet.getSheetName(), index, col == null ? 0 : col, false, false).formatAsString();
    }

    private Cell cell(String header) {
      Integer col = columns.get(normalize(header));
      return col == null ? null : row.getCell(col);
    }

    /** The text of the cell, trimmed; null when empty. A number gives its plain digits (a code typed as 2024). */
    public String text(String header, List<FieldViolation> refusals) {
      Cell c = cell(header);
      CellType type = type(c);
      if (type == null) {
        return null;
      }
      return switch (type) {
        case STRING -> {
          String s = c.getStringCellValue().trim();
          yield s.isEmpty() ? null : s;
        }
        case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
            : shown(c).toPlainString();
        case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
        default -> refuse(header, c, refusals);
      };
    }

    /** The number of the cell; null when empty; a refusal (and null) when it holds no number. */
    public BigDecimal number(String header, List<FieldViolation> refusals) {
      Cell c = cell(header);
      CellType type = type(c);
      if (type == null) {
        return null;
      }
      return switch (type) {
        case NUMERIC -> shown(c);
        case STRING -> {
          try {
            yield AngkaTertulis.parseOrAbsent(c.getStringCellValue(), NumberStyle.ID);
          } catch (UnreadableNumber e) {
            refusals.add(new FieldViolation(ref(header), e.reason().key().rule(), e.reason()));
            yield null;
          }
        }
        default -> refuse(header, c, refusals);
      };
    }

    private <T> T refuse(String header, Cell c, List<FieldViolation> refusals) {
      String shown = type(c) == CellType.ERROR ? FormulaError.forInt(errorCode(c)).getString()
          : Boolean.toString(c.getBooleanCellValue());
      refusals.add(new FieldViolation(ref(header), CommonMessages.WORKBOOK_CELL.rule(),
          Message.of(CommonMessages.WORKBOOK_CELL, "isi", shown)));
      return null;
    }
  }

  /** What the cell holds as a person sees it: a formula's cached result; null for an empty cell. */
  private static CellType type(Cell c) {
    if (c == null) {
      return null;
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    if (t == CellType.BLANK || (t == CellType.STRING && c.getStringCellValue().isBlank())) {
      return null;
    }
    return t;
  }

  private static byte errorCode(Cell c) {
    return c.getErrorCellValue();
  }

  /** A numeric cell as the number shown: 15 significant digits; a percent-formatted 0,955 is 95,5 (per cent). */
  private static BigDecimal shown(Cell c) {
    BigDecimal v = new BigDecimal(c.getNumericCellValue()).round(EXCEL_DIGITS).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
    if (format != null && format.contains("%")) {
      v = v.movePointRight(2);
      if (v.scale() < 0) {
        v = v.setScale(0);
      }
    }
    return v;
  }
}
