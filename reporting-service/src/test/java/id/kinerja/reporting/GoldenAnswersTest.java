package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.events.ProjectionHandler;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every answer of the reporting API for a fixed scenario ({@link GoldenScenario}), byte for byte, against the answers
 * recorded in {@code src/test/resources/golden/reporting-answers.txt}: the kecamatan report and the LKjIP tables of
 * every kecamatan in both views and both languages, the konsolidasi of every periode and view with each filter and
 * sort (stored and recomputed), the national roll-up, the audit, and the content of every export (workbook cells, PDF
 * text). Only the wall-clock recalculation time is masked. A change to how figures are stored or recalculated must
 * leave this file as it is; a meant change of an answer rewrites it with {@code -Dkinerja.golden.write=true}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class GoldenAnswersTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/reporting-answers.txt");

  @jakarta.inject.Inject
  id.kinerja.common.inbox.InboxStore inbox;

  @Test
  void everyAnswerOfTheScenarioIsTheRecordedOne() throws Exception {
    GoldenScenario scenario = new GoldenScenario();
    scenario.sendAll();
    List<EventEnvelope> sent = scenario.sent();
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
        .until(() -> sent.stream().allMatch(e -> inbox.isProcessed(ProjectionHandler.CONSUMER, e.id())));
    String answers = capture();
    if (Boolean.getBoolean("kinerja.golden.write") || !Files.exists(GOLDEN)) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, answers, StandardCharsets.UTF_8);
    }
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!golden.equals(answers)) {
      Files.writeString(Path.of("target", "reporting-answers.actual.txt"), answers, StandardCharsets.UTF_8);
    }
    assertThat(answers).as("answers (actual in target/reporting-answers.actual.txt)").isEqualTo(golden);
  }

  static String capture() throws Exception {
    StringBuilder out = new StringBuilder();
    int tahun = GoldenScenario.TAHUN;
    for (String kec : GoldenScenario.KECAMATAN) {
      String kab = kec.substring(0, 5);
      String base = "/api/laporan/kecamatan/" + kec + "/" + tahun;
      for (String tampilan : List.of("OFFICIAL", "PROVISIONAL")) {
        for (String lang : List.of("id", "en")) {
          json(out, kab, base, Map.of("tampilan", tampilan), lang);
          json(out, kab, base + "/lkjip", Map.of("tampilan", tampilan), lang);
        }
        xlsx(out, kab, base + "/lkjip.xlsx", Map.of("tampilan", tampilan));
        pdf(out, kab, base + "/laporan.pdf", Map.of("tampilan", tampilan));
      }
      json(out, kab, "/api/laporan/kecamatan/" + kec + "/" + (tahun - 1), Map.of(), "id");
    }
    // The audit reads the engine, not the stored figures; recorded all the same.
    String audit = """
        {"notasi": "ID", "pengukuran": [{"indikatorKode": "I-LAST", "capaian": "90", "realisasi": "72",
          "predikat": "Berhasil", "satuan": "%", "tingkatKemajuan": "80"}],
         "efisiensi": [{"sasaranKode": "S1", "capaian": "100", "serapan": "20", "efisiensi": "80"}],
         "anggaran": [{"anggaranKode": "7.01.01", "serapan": "30"}], "capaianRataRata": "95"}""";
    for (String kec : GoldenScenario.WITH_PLAN) {
      Response r = given().auth().oauth2(token(kec.substring(0, 5))).contentType(ContentType.JSON).body(audit)
          .post("/api/laporan/kecamatan/" + kec + "/" + tahun + "/audit");
      out.append("POST audit ").append(kec).append(' ').append(r.statusCode()).append('\n')
          .append(mask(r.asString())).append('\n');
    }
    for (String kab : List.of(GoldenScenario.KAB_IKU, GoldenScenario.KAB_SASARAN)) {
      String url = "/api/laporan/kabupaten/" + kab + "/" + tahun + "/konsolidasi";
      for (Integer tw : new Integer[] { null, 1, 2, 3, 4 }) {
        for (String tampilan : List.of("OFFICIAL", "PROVISIONAL")) {
          List<Map<String, Object>> queries = new ArrayList<>();
          queries.add(Map.of());
          queries.add(Map.of("mode", "RECOMPUTE"));
          queries.add(Map.of("sort", "-serapanKumulatif,nama"));
          queries.add(Map.of("sort", "efisiensi,-dibawahTarget,terlambat,kumulatif,overall,serapan"));
          queries.add(Map.of("predikat", "Berhasil,4"));
          for (String s : List.of("S1", "S2", "S3", "S4", "S9")) {
            queries.add(Map.of("sasaran", s));
            queries.add(Map.of("sasaran", s, "mode", "RECOMPUTE"));
          }
          for (String lagging : List.of("target", "60", "101.5")) {
            queries.add(Map.of("lagging", lagging));
            queries.add(Map.of("lagging", lagging, "mode", "RECOMPUTE"));
          }
          for (String status : List.of("REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_COMPUTABLE", "NO_PLAN")) {
            queries.add(Map.of("status", status));
          }
          queries.add(Map.of("size", 2, "page", 1));
          for (Map<String, Object> q : queries) {
            Map<String, Object> params = new LinkedHashMap<>(q);
            params.put("tampilan", tampilan);
            if (tw != null) {
              params.put("triwulan", tw);
            }
            json(out, kab, url, params, "id");
          }
          Map<String, Object> params = new LinkedHashMap<>();
          params.put("tampilan", tampilan);
          if (tw != null) {
            params.put("triwulan", tw);
          }
          xlsx(out, kab, url + ".xlsx", params);
          for (String mode : List.of("STORED", "RECOMPUTE")) {
            Map<String, Object> n = new LinkedHashMap<>(params);
            n.put("mode", mode);
            json(out, kab, "/api/laporan/nasional/" + tahun, n, "id");
          }
        }
      }
      json(out, kab, url, Map.of(), "en");
    }
    return out.toString();
  }

  private static String token(String kab) {
    return DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);
  }

  private static Response get(String kab, String url, Map<String, Object> params, String lang) {
    return given().auth().oauth2(token(kab)).header("Accept-Language", lang).queryParams(params).get(url);
  }

  private static void head(StringBuilder out, String url, Map<String, Object> params, String lang, Response r) {
    out.append("GET ").append(url).append(' ').append(new java.util.TreeMap<>(params)).append(' ').append(lang)
        .append(' ').append(r.statusCode()).append(' ').append(r.header("Content-Language")).append('\n');
  }

  private static void json(StringBuilder out, String kab, String url, Map<String, Object> params, String lang) {
    Response r = get(kab, url, params, lang);
    head(out, url, params, lang, r);
    out.append(mask(r.asString())).append('\n');
  }

  /** The wall-clock recalculation time is the one thing a recalculation may change without changing a figure. */
  static String mask(String body) {
    return body.replaceAll("\"recalculatedAt\":\"[^\"]*\"", "\"recalculatedAt\":\"…\"");
  }

  private static void xlsx(StringBuilder out, String kab, String url, Map<String, Object> params) throws Exception {
    Response r = get(kab, url, params, "id");
    head(out, url, params, "id", r);
    if (r.statusCode() != 200) {
      out.append(r.asString()).append('\n');
      return;
    }
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
      for (Sheet s : wb) {
        out.append("## ").append(s.getSheetName()).append('\n');
        for (Row row : s) {
          out.append(row.getRowNum()).append(':');
          for (Cell c : row) {
            out.append(" [").append(c.getColumnIndex()).append(' ').append(c.getCellType()).append(' ')
                .append(c.toString()).append(' ').append(c.getCellStyle().getDataFormatString()).append(']');
          }
          out.append('\n');
        }
      }
    }
  }

  private static void pdf(StringBuilder out, String kab, String url, Map<String, Object> params) throws Exception {
    Response r = get(kab, url, params, "id");
    head(out, url, params, "id", r);
    if (r.statusCode() != 200) {
      out.append(r.asString()).append('\n');
      return;
    }
    try (PDDocument doc = Loader.loadPDF(r.asByteArray())) {
      out.append("pages ").append(doc.getNumberOfPages()).append('\n');
      out.append(new PDFTextStripper().getText(doc)
          .replaceAll("Dihitung [^\\n]*", "Dihitung …")).append('\n');
    }
  }
}
