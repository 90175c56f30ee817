package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.png;
import static id.kinerja.planning.PlanningTestSupport.relocate;
import static id.kinerja.planning.PlanningTestSupport.resource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The demo kecamatan's PK formulir (Mlarak 2024, imported from the demo plan document into a kabupaten of its own), as
 * PDF and DOCX: the text read back from each says who signs, with NIP and jabatan, the place and date, every target
 * and triwulan target, every budget line and the total; the PDF parses and POI reads the DOCX. Version choice: the latest
 * ditetapkan by default, any version by versi; a draft leaves the date to be written.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PkFormulirEndpointTest {

  static final String PDF = "application/pdf";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private record Demo(String kab, String kec, long camat, long sekcam, long trantib) {
  }

  private static Demo demo() {
    String kab = newKabupaten();
    String kec = kab + ".08";
    String doc = relocate(resource(RencanaImportTest.DEMO), "35.02", kab);
    given().auth().oauth2(planner(kab)).contentType(ContentType.JSON).body(doc).post("/api/rencana-import").then()
        .statusCode(200);
    given().auth().oauth2(planner(kab)).contentType("image/png").body(png(120, 150)).put("/api/kabupaten/" + kab + "/logo")
        .then().statusCode(200);
    JsonNode pks = given().auth().oauth2(planner(kab)).queryParam("kecamatan", kec).queryParam("tahun", 2024)
        .get("/api/kabupaten/" + kab + "/perjanjian-kinerja").then().statusCode(200).extract().as(JsonNode.class);
    long camat = -1;
    long sekcam = -1;
    long trantib = -1;
    for (JsonNode pk : pks.path("items")) {
      String nama = pk.path("pihakNama").asText();
      if (nama.startsWith("Joko Setiawan")) {
        camat = pk.path("id").asLong();
      } else if (nama.startsWith("Joana")) {
        sekcam = pk.path("id").asLong();
      } else if (nama.startsWith("Sugeng")) {
        trantib = pk.path("id").asLong();
      }
    }
    assertThat(new long[] { camat, sekcam, trantib }).doesNotContain(-1L);
    return new Demo(kab, kec, camat, sekcam, trantib);
  }

  /** The demo moved into a test kabupaten: a code of 71 and above is a kota's (Permendagri), below a kabupaten's. */
  private static String pemerintah(String kab, String kabupaten, String kota) {
    return Integer.parseInt(kab.substring(3)) >= 71 ? kota : kabupaten;
  }

  private static byte[] download(Demo d, long id, String ext, String mediaType, Integer versi, String language) {
    var req = given().auth().oauth2(DevTokens.kecamatan("operator." + d.kec(), "operator", d.kab(), d.kec()));
    if (versi != null) {
      req = req.queryParam("versi", versi);
    }
    if (language != null) {
      req = req.header("Accept-Language", language);
    }
    return req.get("/api/kecamatan/" + d.kec() + "/perjanjian-kinerja/" + id + "/formulir." + ext).then().statusCode(200)
        .contentType(mediaType).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"pk-"
            + d.kec() + "-2024-")).extract().asByteArray();
  }

  private static String pdfText(byte[] pdf, String render) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      // the logo is on the letterhead of the first page
      assertThat(doc.getPage(0).getResources().getXObjectNames()).anySatisfy(n -> assertThat(
          doc.getPage(0).getResources().getXObject(n)).isInstanceOf(PDImageXObject.class));
      String dir = System.getProperty("kinerja.dokumen.render");
      if (dir != null && render != null) {
        Files.createDirectories(Path.of(dir));
        PDFRenderer r = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
          ImageIO.write(r.renderImageWithDPI(i, 60), "png", Path.of(dir, render + "-" + (i + 1) + ".png").toFile());
        }
        Files.write(Path.of(dir, render + ".pdf"), pdf);
      }
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String docxText(byte[] docx, String render) throws IOException {
    String dir = System.getProperty("kinerja.dokumen.render");
    if (dir != null && render != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, render + ".docx"), docx);
    }
    return docxText(docx);
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      assertThat(doc.getAllPictures()).hasSize(1);
      return x.getText();
    }
  }

  /** Both parties, place and date, targets, budget lines and total of the Camat's PK (Reviu PK 2024, Mlarak). */
  private static void assertCamatPk(Demo d, String raw) {
    // a cell's text wraps onto several lines (PDF) or stands in its own cell (DOCX): compared with spaces between words
    String text = raw.replaceAll("\\s+", " ");
    assertThat(text).contains(pemerintah(d.kab(), "PEMERINTAH KABUPATEN PONOROGO", "PEMERINTAH KOTA PONOROGO"), "KECAMATAN MLARAK",
        "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024",
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta",
        "Joko Setiawan, S.STP., M.Si.", "19790608 199802 1 001", "Camat Mlarak", "H. Sugiri Sancoko, S.E., M.M.",
        "Bupati Ponorogo", "Mlarak, 23 Oktober 2024", "NIP. 19790608 199802 1 001",
        // sasaran, indikator, satuan, targets and the TW II targets of the Rencana Aksi
        "Nilai Survey Kepuasan Masyarakat", "indeks", "Target TW II",
        // program lines with their pagu, and the total (the five lines sum to 2.116.454.500)
        "7.01.01", "Rp 1.990.713.900", "7.01.02", "Rp 78.287.800", "7.01.03", "Rp 0", "7.01.05", "Rp 11.000.000",
        "7.01.06", "Rp 36.452.800", "Jumlah", "Rp 2.116.454.500", "PAPBD");
    assertThat(text).doesNotContain("2.116.474.500");
  }

  @Test
  void theDemoCamatPkAsPdfAndDocxSaysWhoSignsWhatAndWithWhichBudget() throws IOException {
    Demo d = demo();
    String pdf = pdfText(download(d, d.camat(), "pdf", PDF, null, null), "pk-camat");
    assertCamatPk(d, pdf);
    // the signatures under the statement and again under the lampiran
    assertThat(pdf.split("Pihak Pertama,", -1)).hasSize(3);
    assertThat(pdf.lines().filter(l -> l.matches(".*\\b80\\b.*")).count()).isPositive();
    String docx = docxText(download(d, d.camat(), "docx", DOCX, null, null), "pk-camat");
    assertCamatPk(d, docx);
    // the targets in their cells: SKM 80 (TW II 77), IDM 90 (TW II 80)
    assertThat(docx).containsPattern("Nilai Survey Kepuasan Masyarakat[^\\n]*\\tindeks\\t80\\t–\\t77\\t–\\t–")
        .containsPattern("\\t%\\t90\\t–\\t80\\t–\\t–");
  }

  @Test
  void theOtherOfficialsPksNameTheirOwnPartiesAndAPkWithoutBudgetSaysSo() throws IOException {
    Demo d = demo();
    String sekcam = pdfText(download(d, d.sekcam(), "pdf", PDF, null, null), "pk-sekcam");
    assertThat(sekcam).contains("Joana Da Costa, S.Sos., M.Si.", "19760109 199510 2 001", "Sekretaris Kecamatan Mlarak",
        "Joko Setiawan, S.STP., M.Si.", "Mlarak, 1 Desember 2024", "7.01.05", "Rp 11.000.000");
    assertThat(sekcam).doesNotContain("Bupati Ponorogo");
    String trantib = docxText(download(d, d.trantib(), "docx", DOCX, null, null));
    assertThat(trantib).contains("Sugeng Priyantoro, S.E.", "Kepala Seksi Ketentraman dan Ketertiban Umum",
        "Perjanjian kinerja ini tidak memuat program, kegiatan atau sub kegiatan beranggaran.");
    assertThat(trantib).doesNotContain("Rp ");
  }

  @Test
  void versiChoosesTheVersionAndTheDefaultIsTheLatestDitetapkan() throws IOException {
    Demo d = demo();
    String base = "/api/kecamatan/" + d.kec() + "/perjanjian-kinerja";
    // Draft version 2 of the Camat's PK, with another SKM target and no date yet.
    JsonNode v1 = given().auth().oauth2(planner(d.kab())).get(base + "/" + d.camat()).then().statusCode(200).extract()
        .as(JsonNode.class);
    com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) PlanningTestSupport
        .tree("{}");
    draft.put("tahun", 2024);
    draft.putObject("pihakPertama").put("nip", "197906081998021001").put("nama", "Joko Setiawan, S.STP., M.Si.");
    draft.set("pihakKedua", v1.get("pihakKedua"));
    draft.put("jenis", "PERUBAHAN");
    draft.set("sasaran", v1.get("sasaran"));
    draft.set("anggaran", v1.get("anggaran"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) draft.at("/sasaran/0/indikator/0/target")).put("nilai", 83);
    long v2 = given().auth().oauth2(planner(d.kab())).contentType(ContentType.JSON).body(draft.toString()).post(base).then()
        .statusCode(201).extract().jsonPath().getLong("id");

    // Default: still the ditetapkan version 1, whichever version's id is asked for.
    String byDefault = pdfText(download(d, v2, "pdf", PDF, null, null), null);
    assertThat(byDefault).contains("Mlarak, 23 Oktober 2024").doesNotContain("83");
    String second = pdfText(download(d, d.camat(), "pdf", PDF, 2, null), null);
    assertThat(second).contains("Mlarak, ..................... 2024", "83").doesNotContain("23 Oktober 2024");
    assertThat(docxText(download(d, d.camat(), "docx", DOCX, 1, null))).contains("Mlarak, 23 Oktober 2024");

    // A version the PK does not have, or no version at all: 400 naming versi; an unknown PK: 404.
    given().auth().oauth2(planner(d.kab())).queryParam("versi", 3).get(base + "/" + d.camat() + "/formulir.pdf").then()
        .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("versi"))
        .body("errors[0].rule", equalTo("unknown-code"))
        .body("errors[0].message", equalTo("PK Joko Setiawan, S.STP., M.Si. tahun 2024 tidak mempunyai versi 3; versinya: 1; 2"));
    given().auth().oauth2(planner(d.kab())).queryParam("versi", 0).get(base + "/" + d.camat() + "/formulir.docx").then()
        .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("versi"));
    given().auth().oauth2(planner(d.kab())).queryParam("versi", "dua").get(base + "/" + d.camat() + "/formulir.pdf").then()
        .statusCode(400).contentType("application/problem+json");
    given().auth().oauth2(planner(d.kab())).get(base + "/999999999/formulir.pdf").then().statusCode(404)
        .contentType("application/problem+json");
    given().auth().oauth2(planner(d.kab())).get(base + "/999999999/formulir.docx").then().statusCode(404);
  }

  @Test
  void inEnglishTheFormsWordsAreEnglish() throws IOException {
    Demo d = demo();
    String text = pdfText(download(d, d.camat(), "pdf", PDF, null, "en"), null);
    assertThat(text).contains("REVISED PERFORMANCE AGREEMENT 2024",
        pemerintah(d.kab(), "GOVERNMENT OF PONOROGO REGENCY", "GOVERNMENT OF PONOROGO CITY"), "Mlarak, 23 October 2024",
        "IDR 2,116,454,500", "Joko Setiawan, S.STP., M.Si.");
  }
}
