package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workbooks print (issue #16): lkjip.xlsx and konsolidasi.xlsx are set up for paper — landscape, fit to one page
 * wide, the header rows repeated on every page, rows tall enough for their wrapped text — with figures as numeric
 * cells in number formats (never text), and labels in Bahasa Indonesia (English on request), none of them English by
 * default. The files are kept under target/workbooks for a look at them printed (LibreOffice: soffice --headless
 * --convert-to pdf).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class WorkbookPrintTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final DataFormatter ID = new DataFormatter(Locale.forLanguageTag("id-ID"));
  /** Words an English label would have and no Bahasa Indonesia label of these workbooks has. */
  private static final List<String> ENGLISH = List.of("Official", "only", "verified", "approved", "count",
      "NOT_REPORTED", "NOT_COMPUTABLE", "NOT_DUE", "COMPUTED", "REPORTED", "NO_PLAN", "Rank", "Status", "Total", "Budget");

  @Test
  void theLkjipAndKonsolidasiWorkbooksPrintWithNumbersAndIndonesianLabels() throws Exception {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".14";
    ReportingApiTest.plan(kab, kec, "Klakah", true);
    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Instant tw2 = Instant.parse("2024-07-03T02:15:00Z");
    Fixtures.indikator(kab, kec, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    Fixtures.komponen(kab, kec, 1, "IKU-DOK", 1, 1, "APPROVED", 12, 36, tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.01", 1, 1, "APPROVED", 498_729_771L, tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.04", 1, 1, "APPROVED", 19_750_000L, tw1);
    Fixtures.indikator(kab, kec, 2, "IKU-FAS", 1, 1, "APPROVED", "17.00", tw2);
    Fixtures.anggaranRealisasi(kab, kec, 2, "7.01.01", 1, 1, "APPROVED", 520_584_681L, tw2);
    Fixtures.anggaranRealisasi(kab, kec, 2, "7.01.06", 1, 1, "APPROVED", 10_350_000L, tw2);
    String mlarak = kab + ".08";
    Fixtures.kecamatanRegistered(kab, mlarak, "Mlarak", Instant.parse("2024-01-05T02:00:00Z"));
    Fixtures.rencanaMlarak(kab, mlarak, 1, Instant.parse("2024-01-05T02:01:00Z"));
    ReportingApiTest.mlarakVerified(kab, mlarak);
    String token = ReportingApiTest.bagian(kab);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get(ReportingApiTest.laporan(kec)).then()
        .body("ringkasan.find { it.periode == 2 }.realisasiKumulatif.nilai", equalTo(1_049_414_452)));

    byte[] lkjip = given().auth().oauth2(token).get(ReportingApiTest.laporan(kec) + "/lkjip.xlsx").then()
        .statusCode(200).extract().asByteArray();
    byte[] konsolidasi = given().auth().oauth2(token).get("/api/laporan/kabupaten/" + kab + "/" + Fixtures.TAHUN
        + "/konsolidasi.xlsx").then().statusCode(200).extract().asByteArray();
    byte[] lkjipEn = given().auth().oauth2(token).header("Accept-Language", "en")
        .get(ReportingApiTest.laporan(kec) + "/lkjip.xlsx").then().statusCode(200).extract().asByteArray();
    Path dir = Path.of("target", "workbooks");
    Files.createDirectories(dir);
    Files.write(dir.resolve("lkjip-klakah.xlsx"), lkjip);
    Files.write(dir.resolve("konsolidasi.xlsx"), konsolidasi);
    Files.write(dir.resolve("lkjip-klakah-en.xlsx"), lkjipEn);
    Files.write(dir.resolve("lkjip-mlarak.xlsx"), given().auth().oauth2(token)
        .get(ReportingApiTest.laporan(mlarak) + "/lkjip.xlsx").then().statusCode(200).extract().asByteArray());

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lkjip))) {
      assertThat(names(wb)).containsExactly("Pengukuran Kinerja", "Perbandingan", "Realisasi Anggaran", "Efisiensi",
          "Perjanjian Kinerja");
      for (Sheet s : wb) {
        printsOnPaper(wb, (XSSFSheet) s);
        noEnglish(s);
      }
      // Figures are numbers with an Indonesian-looking format, not text.
      Sheet pengukuran = wb.getSheet("Pengukuran Kinerja");
      Row fas = find(pengukuran, 1, "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti");
      numeric(fas.getCell(5), "57,45");
      Sheet anggaran = wb.getSheet("Realisasi Anggaran");
      Row program = find(anggaran, 0, "7.01.01");
      numeric(program.getCell(3), "1.917.084.558");
      numeric(program.getCell(4), "1.019.314.452");
      numeric(program.getCell(5), "53,17");
      // Not reported is neither 0 nor a code: a dash, with the reason in words.
      Row none = find(anggaran, 0, "7.01.05");
      assertThat(none.getCell(4).getCellType()).isEqualTo(CellType.STRING);
      assertThat(none.getCell(4).getStringCellValue()).isEqualTo("– belum dilaporkan");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(konsolidasi))) {
      XSSFSheet s = wb.getSheet("Konsolidasi");
      printsOnPaper(wb, s);
      noEnglish(s);
      Row klakah = find(s, 1, kec);
      numeric(klakah.getCell(8), "2.157.521.308");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lkjipEn))) {
      // English on request, through the same catalogue.
      assertThat(names(wb)).contains("Performance measurement");
      Sheet anggaran = wb.getSheet("Budget realisation");
      assertThat(find(anggaran, 0, "7.01.05").getCell(4).getStringCellValue()).isEqualTo("– not reported");
    }
  }

  /** Landscape, one page wide, header rows repeated, wrapped rows tall enough, margins and a footer with the page. */
  private static void printsOnPaper(XSSFWorkbook wb, XSSFSheet s) {
    PrintSetup p = s.getPrintSetup();
    assertThat(p.getLandscape()).as(s.getSheetName() + " landscape").isTrue();
    assertThat(p.getPaperSize()).as(s.getSheetName() + " A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(s.getFitToPage()).as(s.getSheetName() + " fit to page").isTrue();
    assertThat(p.getFitWidth()).as(s.getSheetName() + " one page wide").isEqualTo((short) 1);
    assertThat(p.getFitHeight()).as(s.getSheetName() + " as many pages high as needed").isEqualTo((short) 0);
    CellRangeAddress titles = s.getRepeatingRows();
    assertThat(titles).as(s.getSheetName() + " print titles").isNotNull();
    int header = titles.getLastRow();
    Row h = s.getRow(header);
    assertThat(h).isNotNull();
    assertThat(h.getCell(0).getCellStyle().getWrapText()).isTrue();
    // The header row is tall enough for its longest wrapped label.
    assertThat(h.getHeightInPoints()).as(s.getSheetName() + " header height").isGreaterThan(s.getDefaultRowHeightInPoints());
    for (Row r : s) {
      if (r.getRowNum() <= header) {
        continue;
      }
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getCellStyle().getWrapText()) {
          int width = width(s, c);
          // an average character of text is narrower than the digit a column's width counts in
          int lines = (int) Math.ceil(c.getStringCellValue().length() * 0.8 / Math.max(1, width - 1));
          assertThat(r.getHeightInPoints()).as(s.getSheetName() + " row " + r.getRowNum() + " column "
              + c.getColumnIndex() + ": " + c.getStringCellValue()).isGreaterThanOrEqualTo(lines * 12f);
        }
      }
    }
    assertThat(s.getFooter().getCenter()).contains("&P");
    assertThat(wb.getPrintArea(wb.getSheetIndex(s))).isNotNull();
  }

  /** The width in characters a cell's text wraps in: its column's, or its merged region's. */
  private static int width(Sheet s, Cell c) {
    for (CellRangeAddress m : s.getMergedRegions()) {
      if (m.isInRange(c)) {
        int w = 0;
        for (int col = m.getFirstColumn(); col <= m.getLastColumn(); col++) {
          w += s.getColumnWidth(col) / 256;
        }
        return w;
      }
    }
    return s.getColumnWidth(c.getColumnIndex()) / 256;
  }

  private static void numeric(Cell c, String shown) {
    assertThat(c.getCellType()).as("cell " + c.getAddress() + " is a number").isEqualTo(CellType.NUMERIC);
    assertThat(ID.formatCellValue(c)).isEqualTo(shown);
  }

  private static void noEnglish(Sheet s) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING) {
          for (String word : ENGLISH) {
            assertThat(c.getStringCellValue()).as(s.getSheetName() + " " + c.getAddress())
                .doesNotContainPattern("\\b" + word + "\\b");
          }
        }
      }
    }
  }

  private static List<String> names(XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    wb.forEach(s -> out.add(s.getSheetName()));
    return out;
  }

  private static Row find(Sheet s, int col, String value) {
    for (Row r : s) {
      if (r.getCell(col) != null && value.equals(r.getCell(col).toString())) {
        return r;
      }
    }
    throw new AssertionError(value + " not in column " + col + " of " + s.getSheetName());
  }
}
