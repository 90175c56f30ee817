package id.kinerja.common.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.deploy.testing.Workbooks;

/** Workbooks as people send them: found by header, read as shown; and what is refused before it is read. */
class WorkbookReadingTest {

  private static final List<String> HEADERS = List.of("Kode", "Nilai");

  /** A sheet named and placed unlike the template, with a title, a merged group header and an extra column. */
  private static byte[] filled() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Catatan").createRow(0).createCell(0).setCellValue("bukan tabel");
      Sheet s = wb.createSheet("Data TW II (revisi)");
      s.createRow(0).createCell(0).setCellValue("Realisasi Kecamatan Mlarak");
      Row group = s.createRow(2);
      group.createCell(1).setCellValue("Realisasi");
      s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
      Row h = s.createRow(3);
      h.createCell(0).setCellValue("Catatan saya");
      h.createCell(1).setCellValue("NILAI *");
      h.createCell(2).setCellValue("Kode\n(jangan diubah)");
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      Object[][] rows = { { "IKU-1", 1234567.89 }, { "IKU-2", "1.234.567,89" }, { "IKU-3", "95,5 %" },
          { "IKU-4", 0.955 }, { "IKU-5", "=B5*2" }, { "IKU-6", "95.5" }, { "IKU-7", "=1/0" }, { "IKU-8", "-" },
          { "IKU-9", 0.1 }, { "IKU-10", "Rp 250.000" } };
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(4 + i);
        r.createCell(2).setCellValue((String) rows[i][0]);
        Object v = rows[i][1];
        if (v instanceof Double d) {
          r.createCell(1).setCellValue(d);
        } else if (((String) v).startsWith("=")) {
          r.createCell(1).setCellFormula(((String) v).substring(1));
        } else {
          r.createCell(1).setCellValue((String) v);
        }
      }
      s.getRow(7).getCell(1).setCellStyle(percent);
      s.getRow(12).createCell(1).setCellFormula("0.1+0.2");
      for (int i = 0; i < 5; i++) {
        s.createRow(20 + i).createCell(1).setCellValue(" ");
      }
      wb.setSheetOrder("Data TW II (revisi)", 1);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      return Workbooks.bytes(wb);
    }
  }

  @Test
  void findsTheTableByItsHeaderAndReadsCellsAsShown() throws IOException {
    SheetTable t = SheetTable.find(WorkbookUpload.open(filled(), 1000), HEADERS).orElseThrow();
    assertThat(t.name()).isEqualTo("Data TW II (revisi)");
    List<FieldViolation> refusals = new ArrayList<>();
    List<String> read = new ArrayList<>();
    for (SheetTable.Baris b : t.rows()) {
      BigDecimal v = b.number("Nilai", refusals);
      read.add(b.text("Kode", refusals) + "=" + (v == null ? "kosong" : v.toPlainString()));
    }
    assertThat(read).containsExactly("IKU-1=1234567.89", "IKU-2=1234567.89", "IKU-3=95.5", "IKU-4=95.5",
        "IKU-5=2469135.78", "IKU-6=kosong", "IKU-7=kosong", "IKU-8=kosong", "IKU-9=0.3",
        "IKU-10=250000");
    assertThat(refusals).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("'Data TW II (revisi)'!B10", "number-as-printed"),
        org.assertj.core.groups.Tuple.tuple("'Data TW II (revisi)'!B11", "must-be-value"));
  }

  @Test
  void noSheetWithTheHeadersIsEmpty() throws IOException {
    assertThat(SheetTable.find(WorkbookUpload.open(filled(), 1000), List.of("Kode", "Pagu"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({ "empty, must-be-xlsx.empty", "text, must-be-xlsx", "xls, must-be-xlsx.xls", "docx, must-be-xlsx",
      "xlsm, must-not-have-macros", "bomb, max-expanded-size", "rows, max-rows" })
  void refusesWhatIsNotAnXlsxToRead(String what, String key) throws IOException {
    byte[] body = switch (what) {
      case "empty" -> new byte[0];
      case "text" -> "Kode;Nilai\nIKU-1;99\n".getBytes(StandardCharsets.UTF_8);
      case "xls" -> Workbooks.xls();
      case "docx" -> Workbooks.docx();
      case "xlsm" -> Workbooks.xlsm();
      case "bomb" -> Workbooks.zipBomb();
      default -> Workbooks.withRowAt(5000);
    };
    assertThatThrownBy(() -> WorkbookUpload.open(body, 1000)).isInstanceOfSatisfying(ProblemException.class, e -> {
      FieldViolation v = e.problem().errors().get(0);
      assertThat(v.field()).isEqualTo("body");
      assertThat(v.message().key().key()).isEqualTo(key);
    });
  }

  @Test
  void theRefusalsSayWhatToDoInBahasaIndonesia() {
    assertThat(id.kinerja.common.i18n.Messages.catalogue("id").get(CommonMessages.WORKBOOK_XLS.key()))
        .contains("simpan sebagai .xlsx");
  }
}
