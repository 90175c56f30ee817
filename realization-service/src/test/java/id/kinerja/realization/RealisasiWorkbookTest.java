package id.kinerja.realization;

import static id.kinerja.realization.Fixture.key;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The round trip of the realisasi workbook: download the template, fill it in the way people do (numbers as Indonesian
 * text, a percent cell), preview (refusals name the cell), fix, apply, and read the cells back.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class RealisasiWorkbookTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static RequestSpecification upload(String token, byte[] workbook) {
    return given().auth().oauth2(token).multiPart("berkas", "realisasi.xlsx", workbook, XLSX);
  }

  @Test
  void downloadFillPreviewFixApplyAndReadBack() throws IOException {
    Fixture f = Fixture.create();
    Response template = given().auth().oauth2(f.operator).get(f.sheet(2) + "/workbook");
    template.then().statusCode(200).contentType(XLSX);
    assertThat(template.header("Content-Disposition")).contains("realisasi-" + f.kecamatan + "-2024-TW2.xlsx");
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.asByteArray()))) {
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("_revisi"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
      Sheet ind = wb.getSheet("Indikator");
      assertThat(ind.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kode");
      // The plan's columns beside the row: the year's target from the plan copy, locked.
      Row iku01 = ind.getRow(rowOf(template.asByteArray(), "Indikator", "IKU-01") - 1);
      assertThat(iku01.getCell(6).getNumericCellValue()).isEqualTo(95.45);
      assertThat(iku01.getCell(6).getCellStyle().getLocked()).isTrue();
      assertThat(iku01.getCell(9).getCellStyle().getLocked()).isFalse();
      set(ind, "IKU-01", 9, "37,84");
      set(ind, "IKU-02", 10, "12");
      set(ind, "IKU-02", 11, "36");
      set(ind, "IKU-05", 9, "12.5");
      Sheet ang = wb.getSheet("Anggaran");
      set(ang, "7.01.01.2.01.0002", 7, "Rp 1.250.000");
      filled = bytes(wb);
    }

    // Preview: "12.5" (a point groups thousands in Indonesian notation) is refused, named by its cell; nothing is stored.
    upload(f.operator, filled).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("dapatDiterapkan", equalTo(false))
        .body("baris.find { it.kode == 'IKU-01' }.hasil", equalTo("NEW"))
        .body("baris.find { it.lembar == 'Indikator' && it.hasil == 'REFUSED' }.errors[0].field",
            equalTo("Indikator!J" + rowOf(filled, "Indikator", "IKU-05")))
        .body("baris.find { it.lembar == 'Indikator' && it.hasil == 'REFUSED' }.errors[0].rule",
            equalTo("number-as-printed"));
    Fixture.as(f.operator).get(f.sheet(2)).then().body("revisi", equalTo(0));
    // Apply refuses the same workbook as a whole, every unreadable cell named.
    upload(f.operator, filled).header("Idempotency-Key", key()).post(f.sheet(2) + "/workbook/apply").then()
        .statusCode(400).body("errors.field", hasItem("Indikator!J" + rowOf(filled, "Indikator", "IKU-05")));

    byte[] fixed;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      set(wb.getSheet("Indikator"), "IKU-05", 9, "0");
      fixed = bytes(wb);
    }
    upload(f.operator, fixed).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("dapatDiterapkan", equalTo(true)).body("akanDisimpan", equalTo(4));
    Fixture.as(f.operator).get(f.sheet(2)).then().body("revisi", equalTo(0));
    String k = key();
    upload(f.operator, fixed).header("Idempotency-Key", k).post(f.sheet(2) + "/workbook/apply").then()
        .statusCode(200).body("hasil.size()", equalTo(4)).body("hasil.hasil", hasItem("CREATED"));
    // A retry with the same key replays the answer.
    upload(f.operator, fixed).header("Idempotency-Key", k).post(f.sheet(2) + "/workbook/apply").then()
        .statusCode(200).header("Idempotency-Replayed", "true");
    Fixture.as(f.operator).get(f.indikator(2, "IKU-01")).then().statusCode(200).body("versi[0].nilai", equalTo(37.84f));
    Fixture.as(f.operator).get(f.anggaran(2, "7.01.01.2.01.0002")).then().statusCode(200)
        .body("versi[0].nilai", equalTo(1250000));

    // The old workbook again: its rows now meet cells changed since it was made: conflicts, never overwritten.
    upload(f.operator, fixed).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("baris.find { it.kode == 'IKU-01' }.hasil", equalTo("UNCHANGED"));
    byte[] stale;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(fixed))) {
      set(wb.getSheet("Indikator"), "IKU-01", 9, "40");
      stale = bytes(wb);
    }
    upload(f.operator, stale).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("baris.find { it.kode == 'IKU-01' }.hasil", equalTo("CONFLICT"));
    upload(f.operator, stale).header("Idempotency-Key", key()).post(f.sheet(2) + "/workbook/apply").then()
        .statusCode(412);

    // The plan published again: the old workbook still previews, with a warning that it predates the plan.
    upload(f.operator, fixed).post(f.sheet(2) + "/workbook/preview").then().body("peringatan.size()", equalTo(0));
    f.publishPlan(2, true);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(
        Fixture.as(f.operator).get(f.sheet(2)).path("planVersi")));
    upload(f.operator, fixed).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("peringatan[0].rule", equalTo("plan-changed"))
        .body("baris.find { it.kode == 'IKU-01' }.hasil", equalTo("UNCHANGED"));
  }

  /**
   * A triwulan typed by hand in LibreOffice Calc (fixture workbooks/realisasi-libreoffice.xlsx, from the .fods beside
   * it): sheets renamed and reordered, a title and a merged group header, an extra column, a percent-formatted value,
   * a formula, "Rp 1.250.000" typed as text, keadaan left out where a value stands, no hidden sheet.
   */
  @Test
  void aWorkbookWrittenByLibreOfficeIsReadAsItsAuthorSawIt() throws IOException {
    Fixture f = Fixture.create();
    byte[] calc;
    try (var in = getClass().getResourceAsStream("/workbooks/realisasi-libreoffice.xlsx")) {
      calc = in.readAllBytes();
    }
    upload(f.operator, calc).post(f.sheet(2) + "/workbook/preview").then().statusCode(200)
        .body("dapatDiterapkan", equalTo(true)).body("akanDisimpan", equalTo(4))
        .body("baris.find { it.kode == 'IKU-02' }.lembar", equalTo("Isian Indikator"))
        .body("baris.find { it.kode == 'IKU-02' }.baris", equalTo(5));
    upload(f.operator, calc).header("Idempotency-Key", key()).post(f.sheet(2) + "/workbook/apply").then()
        .statusCode(200).body("hasil.size()", equalTo(4));
    Fixture.as(f.operator).get(f.indikator(2, "IKU-01")).then().body("versi[0].nilai", equalTo(37.84f))
        .body("versi[0].faktorPendukung", equalTo("Koordinasi dengan desa baik"));
    Fixture.as(f.operator).get(f.indikator(2, "IKU-02")).then().body("versi[0].pembilang", equalTo(12))
        .body("versi[0].penyebut", equalTo(36));
    Fixture.as(f.operator).get(f.indikator(2, "IKU-05")).then().body("versi[0].nilai", equalTo(0));
    Fixture.as(f.operator).get(f.anggaran(2, "7.01.01.2.01.0002")).then().body("versi[0].nilai", equalTo(1250000))
        .body("versi[0].keterangan", equalTo("Honorarium tim pembina desa"));
  }

  @Test
  void anXlsIsRefusedWithWhatToDo() throws IOException {
    Fixture f = Fixture.create();
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Indikator").createRow(0).createCell(0).setCellValue("Kode");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xls = out.toByteArray();
    }
    given().auth().oauth2(f.operator).multiPart("berkas", "realisasi.xls", xls, "application/vnd.ms-excel")
        .post(f.sheet(2) + "/workbook/preview").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("must-be-xlsx"));
  }

  /** Types {@code text} into the cell at column {@code col} of the row whose kode is {@code kode}. */
  private static void set(Sheet sheet, String kode, int col, String text) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && kode.equals(c.getStringCellValue())) {
        r.createCell(col).setCellValue(text);
        return;
      }
    }
    throw new AssertionError(kode + " not in " + sheet.getSheetName());
  }

  private static int rowOf(byte[] xlsx, String sheet, String kode) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row r : wb.getSheet(sheet)) {
        if (r.getCell(0) != null && kode.equals(r.getCell(0).getStringCellValue())) {
          return r.getRowNum() + 1;
        }
      }
    }
    throw new AssertionError(kode);
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
