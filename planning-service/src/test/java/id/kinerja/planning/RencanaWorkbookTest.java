package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.outboxRows;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.relocate;
import static id.kinerja.planning.PlanningTestSupport.resource;
import static id.kinerja.planning.PlanningTestSupport.tree;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.Workbooks;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The plan as a workbook (GET/POST …/rencana-workbook): the export in another form, read back into the same document
 * and imported by exactly the import's rules, every refusal named by its cell.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class RencanaWorkbookTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static Response importDoc(String kab, String doc) {
    return given().auth().oauth2(planner(kab)).contentType(ContentType.JSON).body(doc).when().post("/api/rencana-import");
  }

  private static String export(String kab, String kec) {
    return given().auth().oauth2(planner(kab)).queryParam("tahun", 2024)
        .get("/api/kecamatan/" + kec + "/rencana-export").then().statusCode(200).extract().asString();
  }

  private static byte[] download(String kab, String kec, String language) {
    return given().auth().oauth2(planner(kab)).header("Accept-Language", language).queryParam("tahun", 2024)
        .get("/api/kecamatan/" + kec + "/rencana-workbook").then().statusCode(200).contentType(XLSX)
        .header("Content-Disposition", "attachment; filename=\"rencana-" + kec + "-2024.xlsx\"")
        .extract().asByteArray();
  }

  private static Response upload(String kab, String kec, String what, byte[] workbook) {
    return given().auth().oauth2(planner(kab)).multiPart("berkas", "rencana.xlsx", workbook, XLSX)
        .post("/api/kecamatan/" + kec + "/rencana-workbook/" + what);
  }

  /** (a) Import the demo, download its workbook, upload it: nothing changes, as when importing the export. */
  @Test
  void theDownloadedWorkbookAppliedChangesNothing() {
    String demo = resource(RencanaImportTest.DEMO);
    String from = tree(demo).at("/kabupaten/kode").asText();
    String kab = newKabupaten();
    String doc = relocate(demo, from, kab);
    String kec = tree(doc).at("/kecamatan/kode").asText();
    importDoc(kab, doc).then().statusCode(200);
    String exported = export(kab, kec);
    long announced = outboxRows(kab, kec);

    for (String language : List.of("id", "en")) {
      byte[] workbook = download(kab, kec, language);
      upload(kab, kec, "preview", workbook).then().statusCode(200).body("dapatDiterapkan", equalTo(true))
          .body("berubah", equalTo(false)).body("perubahan", hasSize(0)).body("errors", hasSize(0));
      upload(kab, kec, "apply", workbook).then().statusCode(200).body("berubah", equalTo(false))
          .body("perubahan", hasSize(0)).body("kecamatanKode", equalTo(kec));
    }
    assertThat(outboxRows(kab, kec)).isEqualTo(announced);
    assertThat(export(kab, kec)).isEqualTo(exported);
  }

  /**
   * A plan with a budget by jenis belanja: the workbook has no sheet for it yet, so uploading it would drop those
   * lines; it is refused (naming the file and the rule) and nothing changes.
   */
  @Test
  void aWorkbookOverAPlanWithABudgetByJenisBelanjaIsRefusedNotLost() {
    String demo = resource(RencanaImportTest.DEMO);
    String from = tree(demo).at("/kabupaten/kode").asText();
    String kab = newKabupaten();
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree(relocate(demo, from, kab));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/perjanjianKinerja/0")).set("belanja",
        tree("[{\"kode\": \"5.1.02\", \"nama\": \"Belanja Barang dan Jasa\", \"pagu\": 45000000}]"));
    String kec = doc.at("/kecamatan/kode").asText();
    importDoc(kab, id.kinerja.common.json.CanonicalJson.write(doc)).then().statusCode(200);
    String exported = export(kab, kec);
    byte[] workbook = download(kab, kec, "id");
    for (String what : List.of("preview", "apply")) {
      Response r = upload(kab, kec, what, workbook);
      if ("preview".equals(what)) {
        r.then().statusCode(200).body("dapatDiterapkan", equalTo(false))
            .body("errors[0].field", equalTo("berkas")).body("errors[0].rule", equalTo("not-in-workbook"));
      } else {
        r.then().statusCode(400).contentType("application/problem+json")
            .body("errors[0].field", equalTo("berkas")).body("errors[0].rule", equalTo("not-in-workbook"));
      }
    }
    assertThat(export(kab, kec)).isEqualTo(exported);
    assertThat(tree(exported).at("/perjanjianKinerja/0/belanja/0/kode").asText()).isEqualTo("5.1.02");
  }

  /** (b) A workbook typed by hand (English headers, own sheet names and order) stores what its JSON twin stores. */
  @Test
  void aHandWrittenWorkbookStoresWhatTheEquivalentDocumentStores() {
    String json = newKabupaten();
    String xlsx = newKabupaten();
    importDoc(json, relocate(SMALL_PLAN, "35.02", json)).then().statusCode(200).body("berubah", equalTo(true));
    Response applied = upload(xlsx, xlsx + ".14", "apply", handWritten(xlsx));
    assertThat(applied.statusCode()).as(applied.asString()).isEqualTo(200);
    applied.then().body("berubah", equalTo(true));

    String fromJson = export(json, json + ".14");
    String fromXlsx = export(xlsx, xlsx + ".14");
    assertThat(tree(relocate(fromXlsx, xlsx, json))).isEqualTo(tree(fromJson));
    // And the JSON twin, imported over the workbook's plan, changes nothing.
    importDoc(xlsx, relocate(SMALL_PLAN, "35.02", xlsx)).then().statusCode(200).body("berubah", equalTo(false));
  }

  /** (c) Broken cells: the preview names each by sheet and cell, stores nothing; apply refuses with the same cells. */
  @Test
  void brokenCellsAreNamedBySheetAndCellAndNothingIsStored() {
    String kab = newKabupaten();
    String kec = kab + ".14";
    importDoc(kab, relocate(resource(RencanaImportTest.FIXTURE), "35.02", kab)).then().statusCode(200);
    String before = export(kab, kec);
    long announced = outboxRows(kab, kec);
    byte[] original = download(kab, kec, "id");

    String[] refs = new String[2];
    byte[] broken = Workbooks.edit(original, wb -> {
      Sheet renstra = wb.getSheet("Renstra");
      // SS1-01's 2025 target typed as "1.05": in Indonesian notation a point groups thousands, so it reads as nothing
      Cell target = cell(renstra, 3, "Target 2025");
      target.setCellValue("1.05");
      refs[0] = "Renstra!" + new CellReference(target).formatAsString(false);
      // SS2-01 without its kode.
      Cell kode = cell(renstra, 4, "Kode indikator");
      kode.setBlank();
      refs[1] = "Renstra!" + new CellReference(kode).formatAsString(false);
    });
    assertThat(refs).containsExactly("Renstra!J4", "Renstra!C5");

    Response preview = upload(kab, kec, "preview", broken);
    preview.then().statusCode(200).body("dapatDiterapkan", equalTo(false)).body("perubahan", hasSize(0));
    List<String> errors = preview.jsonPath().getList("errors.collect { it.field + ' ' + it.rule }", String.class);
    assertThat(errors).contains(refs[0] + " number-as-printed", refs[1] + " required");
    assertThat(errors).allMatch(e -> e.matches("'?[A-Za-z ]+'?![A-Z]+[0-9]+ .*"), "every error names a cell");
    assertThat(preview.jsonPath().getString("errors.find { it.field == 'Renstra!J4' }.message"))
        .isEqualTo("pengelompokan ribuan salah dalam \"1.05\"");

    upload(kab, kec, "apply", broken).then().statusCode(400).contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItems(refs[0], refs[1]));

    // A rule of the import, not of reading: a pagu per triwulan that does not add up, named at its cell.
    byte[] unbalanced = Workbooks.edit(original, wb -> cell(wb.getSheet("Anggaran"), 5, "Pagu TW I (Rp)").setCellValue(2_000_000));
    Response sum = upload(kab, kec, "preview", unbalanced);
    sum.then().statusCode(200).body("dapatDiterapkan", equalTo(false));
    assertThat(sum.jsonPath().getList("errors.collect { it.field + ' ' + it.rule }", String.class))
        .contains("Anggaran!H6 pagu-triwulan-sum");

    // A valid change is previewed, not stored.
    byte[] changed = Workbooks.edit(original, wb -> cell(wb.getSheet("Renstra"), 3, "Target 2026").setCellValue(91));
    upload(kab, kec, "preview", changed).then().statusCode(200).body("dapatDiterapkan", equalTo(true))
        .body("berubah", equalTo(true)).body("perubahan[0]", equalTo("Renstra RENSTRA-2024-2026"));

    assertThat(export(kab, kec)).isEqualTo(before);
    assertThat(outboxRows(kab, kec)).isEqualTo(announced);

    upload(kab, kec, "apply", changed).then().statusCode(200).body("berubah", equalTo(true));
    assertThat(tree(export(kab, kec)).at("/renstra/sasaran/0/indikator/0/targetTahunan/2/target/nilai").asInt())
        .isEqualTo(91);
  }

  /** (d) An Excel 97–2003 file, or anything that is no workbook of the template, is refused as a whole. */
  @Test
  void anXlsFileIsRefused() {
    String kab = newKabupaten();
    String kec = kab + ".14";
    byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
    for (String what : List.of("preview", "apply")) {
      upload(kab, kec, what, xls).then().statusCode(400).contentType("application/problem+json")
          .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("must-be-xlsx"));
    }
    upload(kab, kec, "preview", Workbooks.of(wb -> wb.createSheet("Lain").createRow(0).createCell(0).setCellValue("x")))
        .then().statusCode(400).body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("sheet-required"));
  }

  /** The blank template has the shape of the plan's workbook, and is refused only for what it lacks. */
  @Test
  void theBlankTemplateHasEverySheet() throws IOException {
    String kab = newKabupaten();
    String kec = kab + ".14";
    byte[] blank = given().auth().oauth2(planner(kab)).queryParam("tahun", 2024).queryParam("kosong", true)
        .get("/api/kecamatan/" + kec + "/rencana-workbook").then().statusCode(200)
        .header("Content-Disposition", "attachment; filename=\"rencana-" + kec + "-2024-kosong.xlsx\"").extract().asByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(17);
      assertThat(wb.getSheet("Fungsi").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Uraian fungsi");
      assertThat(wb.getSheet("Dasar Hukum").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Peraturan (dasar hukum)");
      assertThat(wb.getSheet("Renstra").getRow(2).getCell(12).getStringCellValue()).isEqualTo("Target 2028");
    }
    upload(kab, kec, "preview", blank).then().statusCode(200).body("dapatDiterapkan", equalTo(false))
        .body("errors.field", org.hamcrest.Matchers.hasItem("Identitas!B5"));
    // No plan yet: the plan's workbook is not there.
    given().auth().oauth2(planner(kab)).queryParam("tahun", 2024).get("/api/kecamatan/" + kec + "/rencana-workbook")
        .then().statusCode(404);
  }

  // ------------------------------------------------------------------------------------------------ workbooks

  private static Cell cell(Sheet sheet, int row, String header) {
    Row h = sheet.getRow(2);
    for (Cell c : h) {
      if (c.getStringCellValue().equals(header)) {
        Row r = sheet.getRow(row);
        return r.getCell(c.getColumnIndex()) == null ? r.createCell(c.getColumnIndex()) : r.getCell(c.getColumnIndex());
      }
    }
    throw new IllegalArgumentException(header + " is no column of " + sheet.getSheetName());
  }



  /** A sheet with its header in the first row (no title above it) and the rows below. */
  private static void sheet(XSSFWorkbook wb, String name, List<String> header, Object[]... rows) {
    Sheet s = wb.createSheet(name);
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    Row h = s.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      h.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.length; r++) {
      Row row = s.createRow(r + 1);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        Cell cell = row.createCell(c);
        if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        } else if (v != null) {
          cell.setCellValue(v.toString());
        }
      }
    }
  }

  /**
   * {@link #SMALL_PLAN} as a planner might type it: English headers, sheets renamed and in another order, a column
   * left out, numbers as Indonesian text ("86,9", "1.234.567"), a date typed as a date, blank cells meaning "as above".
   */
  private static byte[] handWritten(String kab) {
    String kec = kab + ".14";
    return Workbooks.of(wb -> {
      sheet(wb, "PK list", List.of("PK no.", "Year", "First party NIP", "First party name", "PK kind", "Version", "Date signed",
          "Ditetapkan, signed (Yes/No)"),
          new Object[] { 1, 2024, "197906081998021001", "Joko Setiawan", "awal", 1, "2024-02-01", "Yes" });
      sheet(wb, "Umum", List.of("Field", "Value"),
          new Object[] { "Kabupaten code", kab }, new Object[] { "kabupaten.nama", "Ponorogo" },
          new Object[] { "Default formula for lower-is-better indicators", "TWO_T_MINUS_R" },
          new Object[] { "Basis of the overall capaian", "IKU" }, new Object[] { "Time zone of the kabupaten", "wib" },
          new Object[] { "Kecamatan code", kec }, new Object[] { "Kecamatan name", "Mlarak" },
          new Object[] { "Renstra code", "RENSTRA-2024-2026" }, new Object[] { "First year of the Renstra", 2024 },
          new Object[] { "Last year of the Renstra", "2026" });
      sheet(wb, "Villages", List.of("Desa code", "Desa name", "Desa type"),
          new Object[] { kec + ".2001", "Tugu", "DESA" });
      sheet(wb, "Units", List.of("Work unit code", "Work unit name"));
      sheet(wb, "People", List.of("NIP (civil servant number)", "Name of the official", "Position", "Role"),
          new Object[] { "197906081998021001", "Joko Setiawan", "Camat Mlarak", "Camat" });
      sheet(wb, "Goals", List.of("Tujuan code", "Tujuan description"), new Object[] { "T1", "Meningkatkan tata kelola" });
      sheet(wb, "Objectives", List.of("Sasaran code", "Sasaran description", "Tujuan code"),
          new Object[] { "SS1", "Meningkatnya kualitas pelayanan", "T1" });
      sheet(wb, "Indicators", List.of("Sasaran code", "Indicator code", "Indicator name", "Unit", "IKU (Yes/No)",
          "Baseline year", "Baseline value", "Target for 2024", "Target for 2025", "Target for 2026", "End target year",
          "End target", "Triwulan aggregation", "Triwulan target mode", "Triwulan due (e.g. 1, 2, 3, 4)"),
          new Object[] { "SS1", "SS1-01", "Nilai SKM", "indeks", "yes", 2023, "86,9", 80, "85,5", 90, 2026, 90, "LAST",
              "per period", "2, 4" });
      sheet(wb, "IKU", List.of("Indicator code", "Definition", "Formula", "Data source", "Person in charge"),
          new Object[] { "SS1-01", "Nilai SKM pelayanan", "Hasil SKM", "Dokumen SKM", "Camat" });
      sheet(wb, "History", List.of("Indicator code", "Year", "Realisasi value", "Source"),
          new Object[] { "SS1-01", 2023, 86.9, "LKjIP 2023" });
      sheet(wb, "PK indicators", List.of("PK no.", "Sasaran code", "Indicator code", "Annual target", "TW II target"),
          new Object[] { 1, "SS1", "SS1-01", 80, "77" });
      sheet(wb, "Budget", List.of("PK no.", "Budget line code", "Program/kegiatan/sub kegiatan name", "Budget line level",
          "Parent code", "Pagu of the year (Rp)", "TW I pagu (Rp)", "TW II pagu (Rp)", "TW III pagu (Rp)", "TW IV pagu (Rp)",
          "Sasaran code"),
          new Object[] { 1, "7.01.01", "Penunjang Urusan", "PROGRAM", null, null, null, null, null, null, "SS1" },
          new Object[] { null, "7.01.01.2.01", "Perencanaan", "KEGIATAN", "7.01.01", "1.234.567", 234567, "500.000,00",
              250000, 250000 });
      sheet(wb, "Scales", List.of("Year", "Scale purpose", "Scale name", "Lower bound", "Lower bound included (Yes/No)",
          "Upper bound", "Upper bound included (Yes/No)", "Score", "Predikat label"),
          new Object[] { 2024, "KINERJA", "Skala", null, "No", 55, "No", 1, "Kurang" },
          new Object[] { null, null, null, 55, "Yes", "85,5", "Yes", 2, "Baik" },
          new Object[] { null, null, null, "85,5", "No", null, "No", 3, "Sangat Baik" });
      sheet(wb, "Windows", List.of("Year", "Triwulan no.", "Entry opens", "Entry closes"),
          new Object[] { 2024, 2, LocalDate.of(2024, 7, 1), "2024-07-10" });
      sheet(wb, "Sources", List.of("Document part", "Source"), new Object[] { "uji", "ditulis tangan" });
    });
  }

  /** The plan of {@link #handWritten}, as the import document. */
  static final String SMALL_PLAN = """
      {"formatVersi": 1,
       "kabupaten": {"kode": "35.02", "nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU",
         "zonaWaktu": "WIB"},
       "kecamatan": {"kode": "35.02.14", "nama": "Mlarak", "desa": [{"kode": "35.02.14.2001", "nama": "Tugu", "jenis": "DESA"}],
         "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan", "jabatan": "Camat Mlarak", "peran": "CAMAT"}]},
       "renstra": {"kode": "RENSTRA-2024-2026", "periodeAwal": 2024, "periodeAkhir": 2026,
         "tujuan": [{"kode": "T1", "uraian": "Meningkatkan tata kelola", "indikator": []}],
         "sasaran": [{"kode": "SS1", "uraian": "Meningkatnya kualitas pelayanan", "tujuanKode": "T1", "indikator": [
           {"kode": "SS1-01", "nama": "Nilai SKM", "satuan": "indeks", "iku": true,
            "ikuDetail": {"definisi": "Nilai SKM pelayanan", "rumus": "Hasil SKM", "sumberData": "Dokumen SKM",
              "penanggungJawab": "Camat"},
            "aggregation": "LAST", "twTargetMode": "PER_PERIOD", "dueTriwulan": [2, 4],
            "baseline": {"tahun": 2023, "nilai": 86.9},
            "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}}, {"tahun": 2025, "target": {"nilai": 85.5}},
              {"tahun": 2026, "target": {"nilai": 90}}],
            "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}},
            "riwayat": [{"tahun": 2023, "realisasi": 86.9, "sumber": "LKjIP 2023"}]}]}]},
       "perjanjianKinerja": [{"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan"},
         "jenis": "AWAL", "versi": 1, "tanggal": "2024-02-01", "ditetapkan": true,
         "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SS1-01", "target": {"nilai": 80},
           "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 77}}]}]}],
         "anggaran": [
           {"kode": "7.01.01", "nama": "Penunjang Urusan", "level": "PROGRAM", "sasaranKode": "SS1"},
           {"kode": "7.01.01.2.01", "nama": "Perencanaan", "level": "KEGIATAN", "parentKode": "7.01.01", "pagu": 1234567,
            "paguTriwulan": [234567, 500000, 250000, 250000]}]}],
       "skalaPredikat": [{"tahun": 2024, "tujuan": "KINERJA", "nama": "Skala", "bands": [
         {"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "Kurang"},
         {"lower": 55, "lowerInclusive": true, "upper": 85.5, "upperInclusive": true, "skor": 2, "label": "Baik"},
         {"lower": 85.5, "lowerInclusive": false, "upper": null, "upperInclusive": false, "skor": 3, "label": "Sangat Baik"}]}],
       "jadwal": [{"tahun": 2024, "triwulan": 2, "inputDibuka": "2024-07-01", "inputDitutup": "2024-07-10"}],
       "catatanSumber": [{"bagian": "uji", "sumber": "ditulis tangan"}]}""";
}
