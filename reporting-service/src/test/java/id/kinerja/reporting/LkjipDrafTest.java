package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The LKjIP draft (lkjip.docx, lkjip.pdf) over the real broker: every figure of BAB III is the API's own figure, in
 * the row it belongs to; both files open; the placeholders are marked; English on request.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class LkjipDrafTest {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Test
  void theDraftPrintsEveryFigureOfTheApiInItsRowAndMarksWhatPeopleWrite() throws IOException {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    ReportingApiTest.plan(kab, kec, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kab, kec);
    String token = ReportingApiTest.bagian(kab);
    String base = ReportingApiTest.laporan(kec);
    // the operator's narrative of IKU-SKM TW IV, without a faktor penghambat
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 1, 2, "VERIFIED", "99", java.time.Instant.parse("2025-01-11T03:00:00Z"),
        "Pelayanan administrasi tepat waktu", null, "Survei SKM dilanjutkan setiap semester");
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "Pelayanan administrasi tepat waktu"
        .equals(given().auth().oauth2(token).get(base + "/lkjip").then().statusCode(200).extract().jsonPath()
            .getString("pengukuranKinerja.find { it.indikatorKode == 'IKU-SKM' }.narasi.faktorPendukung")));
    JsonPath lkjip = given().auth().oauth2(token).get(base + "/lkjip").then().statusCode(200).extract().jsonPath();
    JsonPath laporan = given().auth().oauth2(token).get(base).then().statusCode(200).extract().jsonPath();

    String overall = laporan.getString("ringkasan.find { it.periode == 0 }.capaianKumulatif.teks");

    // BAB I and the cover from planning's master data: the kecamatan's profile and the kabupaten's logo (v2 events);
    // the draft's ETag follows them although no figure changes
    String before = given().auth().oauth2(token).get(base + "/lkjip.pdf").then().statusCode(200).extract().header("ETag");
    java.time.Instant later = java.time.Instant.parse("2025-01-12T03:00:00Z");
    KecamatanProfilCopyTest.v2("planning.kecamatan.registered", kec, later, KecamatanProfilCopyTest.kecamatan(kab, kec, true));
    try {
      KecamatanProfilCopyTest.v2("planning.kabupaten.configured", kab, later,
          KecamatanProfilCopyTest.kabupaten(kab, 2, KecamatanProfilCopyTest.png(80, 100)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !before.equals(
        given().auth().oauth2(token).get(base + "/lkjip.pdf").then().statusCode(200).extract().header("ETag")));
    String after = given().auth().oauth2(token).get(base + "/lkjip.pdf").then().extract().header("ETag");
    given().auth().oauth2(token).header("If-None-Match", after).get(base + "/lkjip.pdf").then().statusCode(304);
    byte[] docx = given().auth().oauth2(token).get(base + "/lkjip.docx").then().statusCode(200).contentType(DOCX)
        .header("Content-Disposition", "attachment; filename=\"lkjip-" + kec + "-2024.docx\"").extract().asByteArray();
    if (System.getProperty("kinerja.dokumen.render") != null) {
      Files.createDirectories(Path.of(System.getProperty("kinerja.dokumen.render")));
      Files.write(Path.of(System.getProperty("kinerja.dokumen.render"), "lkjip-" + kec + ".docx"), docx);
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      String text = x.getText();
      assertThat(text).contains("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KECAMATAN MLARAK", "TAHUN 2024",
          "PEMERINTAH KABUPATEN PONOROGO", "IKHTISAR EKSEKUTIF", "BAB I", "PENDAHULUAN", "BAB II",
          "PERENCANAAN KINERJA", "BAB III", "AKUNTABILITAS KINERJA", "BAB IV", "PENUTUP", "LAMPIRAN",
          "[Diisi oleh kecamatan: latar belakang", "[Diisi oleh kecamatan: analisis penyebab keberhasilan atau kegagalan"
              + " indikator IKU-SKM]", "Camat Mlarak", "CAMAT MLARAK",
          "Faktor pendukung: Pelayanan administrasi tepat waktu",
          "Tindak lanjut: Survei SKM dilanjutkan setiap semester",
          "[Diisi oleh kecamatan: Faktor penghambat indikator IKU-SKM (belum diisi pada realisasi)]",
          "[Diisi oleh kecamatan: Faktor pendukung indikator IKU-IDM (belum diisi pada realisasi)]");
      assertThat(doc.getCharts()).hasSize(2);
      assertThat(text).contains("Tugas pokok: Melaksanakan tugas yang dilimpahkan oleh Bupati",
          "1. Pelaksanaan tugas-tugas pembinaan wilayah", "2. Pelaporan kepada Bupati",
          "1. Peraturan Bupati Ponorogo Nomor 84 Tahun 2016");
      XWPFTable organisasi = table(doc, "Unit kerja", "Kepala");
      assertThat(row(organisasi, 0, "Kecamatan Mlarak (Camat)").getCell(1).getText())
          .isEqualTo("Joko Setiawan, S.STP., M.Si.");
      assertThat(row(organisasi, 0, "Kelompok Jabatan Fungsional").getCell(1).getText()).isEqualTo("–");
      assertThat(doc.getAllPictures()).hasSize(1);

      // BAB III Pengukuran Kinerja: per indicator the API's realisasi, capaian and predikat, in that indicator's row
      XWPFTable pengukuran = table(doc, "Capaian (%)", "Predikat");
      List<Map<String, Object>> rows = lkjip.getList("pengukuranKinerja");
      assertThat(rows).isNotEmpty();
      for (Map<String, Object> r : rows) {
        XWPFTableRow row = row(pengukuran, 2, (String) r.get("indikatorNama"));
        assertThat(row.getCell(4).getText()).startsWith(teks(r, "realisasi"));
        assertThat(row.getCell(5).getText()).isEqualTo(teks(r, "capaian"));
        assertThat(row.getCell(6).getText()).isEqualTo(dash((String) ((Map<?, ?>) r.get("predikat")).get("label")));
      }
      assertThat(row(pengukuran, 2, "Capaian kinerja keseluruhan").getCell(5).getText()).isEqualTo(overall);

      // Efisiensi per sasaran and in total
      XWPFTable efisiensi = table(doc, "Efisiensi (poin)");
      for (Map<String, Object> e : lkjip.<Map<String, Object>>getList("efisiensi")) {
        XWPFTableRow row = row(efisiensi, 0, (String) e.get("sasaranUraian"));
        assertThat(row.getCell(1).getText()).isEqualTo(rupiah(e, "pagu"));
        assertThat(row.getCell(2).getText()).isEqualTo(rupiah(e, "realisasi"));
        assertThat(row.getCell(3).getText()).isEqualTo(teks(e, "serapan"));
        assertThat(row.getCell(4).getText()).isEqualTo(teks(e, "capaian"));
        assertThat(row.getCell(5).getText()).isEqualTo(teks(e, "efisiensi"));
      }
      XWPFTableRow jumlah = row(efisiensi, 0, "Jumlah");
      assertThat(jumlah.getCell(1).getText()).isEqualTo(lkjip.getString("paguTotal.teks"));
      assertThat(jumlah.getCell(5).getText()).isEqualTo(dash(lkjip.getString("efisiensiTotal.teks")));

      // Realisasi anggaran per line, with serapan and sisa
      XWPFTable anggaran = table(doc, "Sisa (Rp)");
      for (Map<String, Object> a : lkjip.<Map<String, Object>>getList("realisasiAnggaran")) {
        XWPFTableRow row = row(anggaran, 0, (String) a.get("kode"));
        assertThat(row.getCell(2).getText()).isEqualTo(rupiah(a, "pagu"));
        assertThat(row.getCell(3).getText()).isEqualTo(rupiah(a, "realisasi"));
        assertThat(row.getCell(4).getText()).isEqualTo(teks(a, "serapan"));
        assertThat(row.getCell(5).getText()).startsWith(rupiah(a, "sisa"));
      }
      assertThat(row(anggaran, 1, "Jumlah").getCell(3).getText()).isEqualTo(lkjip.getString("realisasiTotal.teks"));
      assertThat(row(anggaran, 1, "Jumlah").getCell(5).getText()).isEqualTo(lkjip.getString("sisaTotal.teks"));

      // Per indicator its triwulan as the report view gives them
      String skm = "indikator.find { it.kode == 'IKU-SKM' }.triwulan.find { it.triwulan == 4 }";
      assertThat(text).contains("Indikator IKU-SKM: Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi");
      XWPFTable triwulan = tableAfter(doc, "Indikator IKU-SKM");
      XWPFTableRow tw4 = row(triwulan, 0, "TW IV");
      assertThat(tw4.getCell(2).getText()).isEqualTo(laporan.getString(skm + ".realisasi.teks"));
      assertThat(tw4.getCell(4).getText()).isEqualTo(laporan.getString(skm + ".capaianKumulatif.teks"));
      // a triwulan without realisasi is "–", never 0 or 100
      XWPFTableRow tw1 = row(triwulan, 0, "TW I");
      assertThat(tw1.getCell(2).getText()).isEqualTo("–");
      assertThat(tw1.getCell(4).getText()).isEqualTo("–");
    }

    byte[] pdf = given().auth().oauth2(token).get(base + "/lkjip.pdf").then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      String babIII = text.substring(text.indexOf("AKUNTABILITAS KINERJA"), text.indexOf("PENUTUP"));
      for (Map<String, Object> r : lkjip.<Map<String, Object>>getList("pengukuranKinerja")) {
        assertThat(babIII).contains(teks(r, "capaian"));
      }
      for (Map<String, Object> a : lkjip.<Map<String, Object>>getList("realisasiAnggaran")) {
        assertThat(babIII).contains(rupiah(a, "realisasi"), teks(a, "serapan"));
      }
      assertThat(text).contains("[Diisi oleh kecamatan:", "KECAMATAN MLARAK");
      render(doc, "lkjip-" + kec);
    }

    // English on request; the figures stay the same
    byte[] en = given().auth().oauth2(token).header("Accept-Language", "en").get(base + "/lkjip.docx").then()
        .statusCode(200).extract().asByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(en));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      assertThat(x.getText()).contains("CHAPTER III", "PERFORMANCE ACCOUNTABILITY", "[To be written by the kecamatan:",
          overall);
    }

    given().auth().oauth2(token).get("/api/laporan/kecamatan/" + kab + ".99/2024/lkjip.pdf").then().statusCode(404)
        .contentType("application/problem+json");
  }

  private static String teks(Map<String, Object> row, String field) {
    return dash((String) ((Map<?, ?>) row.get(field)).get("teks"));
  }

  private static String rupiah(Map<String, Object> row, String field) {
    return teks(row, field);
  }

  private static String dash(String s) {
    return s == null ? "–" : s;
  }

  /** The first table whose header row holds every given text. */
  private static XWPFTable table(XWPFDocument doc, String... headers) {
    for (XWPFTable t : doc.getTables()) {
      String header = t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().toString();
      if (List.of(headers).stream().allMatch(header::contains)) {
        return t;
      }
    }
    throw new AssertionError("no table with headers " + List.of(headers));
  }

  /** The first table after the paragraph that starts with the given text. */
  private static XWPFTable tableAfter(XWPFDocument doc, String paragraph) {
    boolean seen = false;
    for (var e : doc.getBodyElements()) {
      if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p && p.getText().startsWith(paragraph)) {
        seen = true;
      } else if (seen && e instanceof XWPFTable t) {
        return t;
      }
    }
    throw new AssertionError("no table after " + paragraph);
  }

  private static XWPFTableRow row(XWPFTable t, int col, String value) {
    List<String> seen = new ArrayList<>();
    for (XWPFTableRow r : t.getRows()) {
      String cell = r.getCell(col).getText();
      seen.add(cell);
      if (cell.equals(value)) {
        return r;
      }
    }
    throw new AssertionError(value + " not in column " + col + ": " + seen);
  }

  /** Pages as PNG for a person to look at, only when asked for with -Dkinerja.dokumen.render=DIR. */
  private static void render(PDDocument pdf, String name) throws IOException {
    String dir = System.getProperty("kinerja.dokumen.render");
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    PDFRenderer r = new PDFRenderer(pdf);
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      ImageIO.write(r.renderImageWithDPI(i, 60), "png", Path.of(dir, name + "-" + (i + 1) + ".png").toFile());
    }
  }
}
