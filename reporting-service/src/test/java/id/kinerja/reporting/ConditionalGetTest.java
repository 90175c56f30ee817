package id.kinerja.reporting;

import static id.kinerja.reporting.Fixtures.TAHUN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.events.ProjectionHandler;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Conditional GETs: every report and export has a strong ETag and Last-Modified, answers 304 without a body to a
 * client that holds the current copy, and its ETag changes exactly when what it shows changes — a new realisasi does, a
 * redelivered event or a recalculation that changes no figure does not; language, view, parameters and format each
 * give their own tag.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ConditionalGetTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
      .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  @jakarta.inject.Inject
  id.kinerja.common.inbox.InboxStore inbox;

  /** The reports and exports of one kecamatan and kabupaten, by name. */
  private static Map<String, String> urls(String kab, String kec) {
    Map<String, String> u = new LinkedHashMap<>();
    u.put("laporan", ReportingApiTest.laporan(kec));
    u.put("lkjip", ReportingApiTest.laporan(kec) + "/lkjip");
    u.put("lkjip.xlsx", ReportingApiTest.laporan(kec) + "/lkjip.xlsx");
    u.put("laporan.pdf", ReportingApiTest.laporan(kec) + "/laporan.pdf");
    u.put("konsolidasi", "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi");
    u.put("konsolidasi.xlsx", "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi.xlsx");
    return u;
  }

  private static RequestSpecification as(String kab) {
    return given().auth().oauth2(ReportingApiTest.bagian(kab));
  }

  private static Map<String, String> etags(String kab, String kec) {
    Map<String, String> out = new LinkedHashMap<>();
    urls(kab, kec).forEach((name, url) -> out.put(name, as(kab).get(url).then().statusCode(200).extract().header("ETag")));
    return out;
  }

  @Test
  void everyReportAndExportHasAStableStrongETagAndAnswers304ToTheCopyTheClientHolds() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    ReportingApiTest.plan(kab, kec, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kab, kec);

    Map<String, String> first = etags(kab, kec);
    assertThat(etags(kab, kec)).as("two GETs, nothing changed in between").isEqualTo(first);
    assertThat(first.values()).allSatisfy(t -> assertThat(t).matches("\"[0-9a-f]{32}\"")).doesNotHaveDuplicates();

    Instant asOf = OffsetDateTime.parse(as(kab).get(ReportingApiTest.laporan(kec)).then().extract().jsonPath()
        .getString("dihitung.asOf")).toInstant();
    urls(kab, kec).forEach((name, url) -> {
      Response ok = as(kab).get(url).then().statusCode(200).extract().response();
      assertThat(ok.header("Last-Modified")).as(name).isEqualTo(HTTP_DATE.format(asOf));
      assertThat(ok.header("Cache-Control")).as(name).isEqualTo("private, no-cache");
      if (name.endsWith(".xlsx") || name.endsWith(".pdf")) {
        assertThat(ok.header("Content-Disposition")).as(name).startsWith("attachment; filename=");
      }
      // The copy the client holds: 304, no body, the same validators.
      for (String inm : List.of(first.get(name), "\"other\", " + first.get(name), "W/" + first.get(name), "*")) {
        Response nm = as(kab).header("If-None-Match", inm).get(url).then().statusCode(304).extract().response();
        assertThat(nm.asByteArray()).as(name + " " + inm).isEmpty();
        assertThat(nm.header("ETag")).as(name).isEqualTo(first.get(name));
        assertThat(nm.header("Last-Modified")).as(name).isEqualTo(ok.header("Last-Modified"));
      }
      as(kab).header("If-None-Match", "\"other\"").get(url).then().statusCode(200);
      // Without If-None-Match: If-Modified-Since not older than Last-Modified.
      as(kab).header("If-Modified-Since", ok.header("Last-Modified")).get(url).then().statusCode(304);
      as(kab).header("If-Modified-Since", HTTP_DATE.format(asOf.minusSeconds(1))).get(url).then().statusCode(200);
      // If-None-Match decides alone: an old tag gets the answer whatever the date.
      as(kab).header("If-None-Match", "\"other\"").header("If-Modified-Since", ok.header("Last-Modified")).get(url)
          .then().statusCode(200);
    });
  }

  @Test
  void languageViewParametersAndFormatEachHaveTheirOwnTag() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    ReportingApiTest.plan(kab, kec, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kab, kec);
    String laporan = ReportingApiTest.laporan(kec);
    String konsolidasi = urls(kab, kec).get("konsolidasi");

    Response id = as(kab).get(laporan).then().statusCode(200).header("Content-Language", "id").extract().response();
    Response en = as(kab).header("Accept-Language", "en").get(laporan).then().statusCode(200)
        .header("Content-Language", "en").extract().response();
    assertThat(en.header("ETag")).isNotEqualTo(id.header("ETag"));
    // The tag of one language is not a valid copy in the other.
    as(kab).header("Accept-Language", "en").header("If-None-Match", id.header("ETag")).get(laporan).then().statusCode(200);
    as(kab).header("Accept-Language", "en").header("If-None-Match", en.header("ETag")).get(laporan).then().statusCode(304);

    String provisional = as(kab).queryParam("tampilan", "PROVISIONAL").get(laporan).then().statusCode(200).extract()
        .header("ETag");
    assertThat(provisional).isNotEqualTo(id.header("ETag"));
    assertThat(as(kab).queryParam("tampilan", "official").get(laporan).then().extract().header("ETag"))
        .as("the same view, however it is spelled").isEqualTo(id.header("ETag"));

    java.util.Set<String> tags = new java.util.HashSet<>();
    for (Map<String, Object> q : List.<Map<String, Object>>of(Map.of(), Map.of("tampilan", "PROVISIONAL"),
        Map.of("triwulan", 4), Map.of("sort", "nama"), Map.of("size", 1), Map.of("size", 1, "page", 1),
        Map.of("status", "REPORTED"), Map.of("mode", "RECOMPUTE"))) {
      String t = as(kab).queryParams(q).get(konsolidasi).then().statusCode(200).extract().header("ETag");
      assertThat(tags.add(t)).as("konsolidasi " + q + " has a tag of its own").isTrue();
      as(kab).queryParams(q).header("If-None-Match", t).get(konsolidasi).then().statusCode(304);
    }
    String xlsx = as(kab).get(urls(kab, kec).get("konsolidasi.xlsx")).then().statusCode(200).extract().header("ETag");
    assertThat(tags).as("the workbook is another representation").doesNotContain(xlsx);

    // The national roll-up too (other tests' kabupaten share it: read until nothing moved between two reads).
    String nasional = "/api/laporan/nasional/" + TAHUN;
    await().atMost(WAIT).untilAsserted(() -> {
      String t = as(kab).get(nasional).then().statusCode(200).extract().header("ETag");
      as(kab).header("If-None-Match", t).get(nasional).then().statusCode(304);
    });
    assertThat(as(kab).queryParam("triwulan", 4).get(nasional).then().statusCode(200).extract().header("ETag"))
        .isNotEqualTo(as(kab).get(nasional).then().extract().header("ETag"));
  }

  @Test
  void aChangedFigureChangesTheTagsARedeliveryAndANoOpRecalculationDoNot() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    ReportingApiTest.plan(kab, kec, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kab, kec);
    Map<String, String> before = etags(kab, kec);
    String body = as(kab).get(ReportingApiTest.laporan(kec)).then().extract().asString();

    // A TW IV realisasi for an indicator the plan does not have, older than the TW IV figures: the kecamatan-year is
    // recalculated, but no figure (nor its as-of) changes — so neither do the recalculation time and the tags.
    EventEnvelope stray = Fixtures.indikator(kab, kec, 4, "TIDAK-DIRENCANAKAN", 1, 1, "SUBMITTED", "5",
        Instant.parse("2024-06-01T03:00:00Z"));
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, stray.id()));
    assertThat(etags(kab, kec)).isEqualTo(before);
    assertThat(as(kab).get(ReportingApiTest.laporan(kec)).then().extract().asString()).isEqualTo(body);

    // The same event delivered again changes nothing. A marker on the same partition (same kecamatan, another year)
    // proves the consumer has read past it.
    Fixtures.send(Topics.REALISASI, stray);
    EventEnvelope marker = Fixtures.send(Topics.REALISASI, Fixtures.indikatorEnvelope(kab, kec, TAHUN + 1, 1, "IKU-SKM",
        1, 1, "SUBMITTED", "SUBMITTED", java.math.BigDecimal.ONE, null, null, Instant.parse("2025-04-02T03:00:00Z")));
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, marker.id()));
    assertThat(etags(kab, kec)).isEqualTo(before);

    // A correction that changes the SKM figure: every report and export of that kecamatan gets a new tag, and the
    // copy a client holds is no longer current.
    Instant at = Instant.parse("2025-01-20T03:00:00Z");
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 2, 2, "VERIFIED", "98", at);
    await().atMost(WAIT).untilAsserted(() -> assertThat(as(kab).get(ReportingApiTest.laporan(kec)).then().extract()
        .jsonPath().getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks")).isEqualTo("122,50"));
    Map<String, String> after = etags(kab, kec);
    before.forEach((name, tag) -> assertThat(after.get(name)).as(name).isNotEqualTo(tag));
    urls(kab, kec).forEach((name, url) -> as(kab).header("If-None-Match", before.get(name)).get(url).then()
        .statusCode(200).header("Last-Modified", HTTP_DATE.format(at)));
  }
}
