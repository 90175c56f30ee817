package id.kinerja.reporting;

import static id.kinerja.reporting.Fixtures.TAHUN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.InboxStore;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.events.ProjectionHandler;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The reporting API over the real broker: planning and realisasi events as the producers publish them, figures
 * read back through REST, with docs/domain.md worked examples as data.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportingApiTest {

  @jakarta.inject.Inject
  id.kinerja.common.inbox.InboxStore inbox;

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");

  /** The operations role: the projection's status and rebuild. */
  static String sistem() {
    return DevTokens.sistem("operator.sistem");
  }

  static String bagian(String kab) {
    return DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);
  }

  static String operator(String kab, String kec) {
    return DevTokens.kecamatan("operator." + kec, "operator", kab, kec);
  }

  static String laporan(String kec) {
    return "/api/laporan/kecamatan/" + kec + "/" + TAHUN;
  }

  static JsonPath report(String token, String kec, String tampilan) {
    return given().auth().oauth2(token).queryParam("tampilan", tampilan).get(laporan(kec))
        .then().statusCode(200).extract().jsonPath();
  }

  /** Plan, settings, scale and kecamatan of a fresh kabupaten; returns when the plan is visible. */
  static void plan(String kab, String kec, String nama, boolean klakah) {
    Fixtures.kabupatenConfigured(kab, "Ponorogo", 1, T0);
    Fixtures.skalaPonorogo(kab, 1, T0);
    Fixtures.kecamatanRegistered(kab, kec, nama, T0);
    if (klakah) {
      Fixtures.rencanaKlakah(kab, kec, 1, T0.plusSeconds(60));
    } else {
      Fixtures.rencanaMlarak(kab, kec, 1, T0.plusSeconds(60));
    }
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(bagian(kab)).get(laporan(kec))
        .then().statusCode(200).body("versi.skalaVersi", equalTo(1)).body("versi.konfigurasiVersi", equalTo(1)));
  }

  /** Mlarak with every E1/E2/E4/E7 realisasi verified. */
  static void mlarakVerified(String kab, String kec) {
    Instant at = Instant.parse("2025-01-10T03:00:00Z");
    List<EventEnvelope> sent = List.of(
        Fixtures.indikator(kab, kec, 4, "IKU-SKM", 1, 1, "VERIFIED", "99", at),
        Fixtures.komponen(kab, kec, 4, "IKU-IDM", 1, 1, "VERIFIED", 15, 15, at),
        Fixtures.indikator(kab, kec, 4, "TRANTIB-KASUS", 1, 1, "VERIFIED", "0", at),
        Fixtures.anggaranRealisasi(kab, kec, 4, "7.01.02.2.01.0001", 1, 1, "VERIFIED", 49_973_200L, at),
        Fixtures.anggaranRealisasi(kab, kec, 4, "7.01.06.2.01.0001", 1, 1, "VERIFIED", 139_803_200L, at));
    // All five applied, not just enough of them for the checks below to pass: a reader that took the report as final
    // after the first budget event saw it change under it (ConditionalGetTest, in a CI run).
    InboxStore inbox = Arc.container().instance(InboxStore.class).get();
    await().atMost(WAIT).until(() -> sent.stream().allMatch(e -> inbox.isProcessed(ProjectionHandler.CONSUMER, e.id())));
    given().auth().oauth2(bagian(kab)).get(laporan(kec)).then().statusCode(200)
        .body("ringkasan.find { it.periode == 0 }.serapanKumulatif.status", equalTo("COMPUTED"))
        .body("ringkasan.find { it.periode == 0 }.cakupan.dilaporkan", equalTo(2))
        .body("indikator.find { it.kode == 'TRANTIB-KASUS' }.tahunan.capaian.status", equalTo("COMPUTED"));
  }

  @Test
  void realisasiVerifiedThenCorrectedChangesCapaianAndADuplicateChangesNothing() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    String token = bagian(kab);

    // Nothing counted yet: absent, never 0 or 100.
    JsonPath r = report(token, kec, "OFFICIAL");
    assertThat(r.getString("tampilan")).isEqualTo("OFFICIAL");
    assertThat(r.getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.raw")).isNull();
    assertThat(r.getString("ringkasan.find { it.periode == 0 }.capaianKumulatif.status")).isEqualTo("NOT_REPORTED");

    // Submitted: provisional shows it, official does not.
    Instant at1 = Instant.parse("2024-12-20T03:00:00Z");
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 1, 1, "SUBMITTED", "99", at1);
    await().atMost(WAIT).untilAsserted(() -> assertThat(
        report(token, kec, "PROVISIONAL").getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks"))
        .isEqualTo("123,75"));
    JsonPath official = report(token, kec, "OFFICIAL");
    assertThat(official.getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.status")).isEqualTo("NOT_REPORTED");

    // Verified in realization-service: official triwulan and annual capaian and predicate, without any manual step.
    Instant at2 = Instant.parse("2024-12-21T03:00:00Z");
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 1, 2, "VERIFIED", "99", at2);
    await().atMost(WAIT).untilAsserted(() -> assertThat(
        report(token, kec, "OFFICIAL").getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks"))
        .isEqualTo("123,75"));
    r = report(token, kec, "OFFICIAL");
    String skm = "indikator.find { it.kode == 'IKU-SKM' }";
    assertThat(r.getString(skm + ".triwulan.find { it.triwulan == 4 }.capaian.teks")).isEqualTo("123,75");
    assertThat(r.getString(skm + ".triwulan.find { it.triwulan == 4 }.capaianKumulatif.display")).isEqualTo("123.75");
    assertThat(r.getString(skm + ".triwulan.find { it.triwulan == 4 }.realisasiVersi")).isEqualTo("1");
    assertThat(r.getString(skm + ".triwulan.find { it.triwulan == 1 }.realisasi.status")).isEqualTo("NOT_DUE");
    assertThat(r.getString(skm + ".tahunan.predikat.label")).isEqualTo("Sangat Berhasil");
    assertThat(r.getInt(skm + ".tahunan.predikat.skor")).isEqualTo(4);
    assertThat(r.getString(skm + ".tahunan.tingkatKemajuan.teks")).isEqualTo("110,00"); // E3: 99 / 90
    // Written in the kabupaten's local time with its offset: the same instant.
    assertThat(OffsetDateTime.parse(r.getString(skm + ".tahunan.asOf")).toInstant()).isEqualTo(at2);
    assertThat(OffsetDateTime.parse(r.getString("dihitung.asOf")).toInstant()).isEqualTo(at2);
    assertThat(r.getString("dihitung.recalculatedAt")).isNotNull();
    assertThat(r.getString("versi.ruleVersi")).isNotBlank();
    // IDM not reported yet: overall over IKU covers 1 of 2.
    assertThat(r.getString("ringkasan.find { it.periode == 0 }.cakupan.teks")).isEqualTo("1 dari 2 dilaporkan");
    assertThat(r.getString("tampilanKeterangan"))
        .isEqualTo("Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung");
    // The same figures for an English reader: only the texts change.
    JsonPath english = given().auth().oauth2(token).header("Accept-Language", "en").get(laporan(kec)).then()
        .statusCode(200).header("Content-Language", "en").extract().jsonPath();
    assertThat(english.getString("ringkasan.find { it.periode == 0 }.cakupan.teks")).isEqualTo("1 of 2 reported");
    assertThat(english.getString("tampilanKeterangan")).isEqualTo("Official: only verified or approved realisasi count");
    assertThat(english.getString(skm + ".tahunan.capaian.teks")).isEqualTo("123,75");

    // Approved, then a correction (version 2) is opened and submitted: version 1 stays official until 2 is approved.
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 1, 3, "APPROVED", "99", Instant.parse("2024-12-22T03:00:00Z"));
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 2, 4, "SUBMITTED", "98", Instant.parse("2025-01-05T03:00:00Z"));
    await().atMost(WAIT).untilAsserted(() -> assertThat(
        report(token, kec, "PROVISIONAL").getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks"))
        .isEqualTo("122,50"));
    assertThat(report(token, kec, "OFFICIAL").getString(skm + ".tahunan.capaian.teks")).isEqualTo("123,75");

    EventEnvelope approved = Fixtures.indikator(kab, kec, 4, "IKU-SKM", 2, 5, "APPROVED", "98",
        Instant.parse("2025-01-06T03:00:00Z"));
    await().atMost(WAIT).untilAsserted(() -> assertThat(
        report(token, kec, "OFFICIAL").getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks"))
        .isEqualTo("122,50"));
    String before = given().auth().oauth2(token).get(laporan(kec)).then().statusCode(200).extract().asString();
    assertThat(JsonPath.from(before).getString(skm + ".triwulan.find { it.triwulan == 4 }.realisasiVersi")).isEqualTo("2");

    // The same event again (redelivery) and an older revisi arriving late change nothing, not even the
    // recalculation time. A marker on the same partition (same kecamatan, another year) proves the consumer has
    // read past them.
    Fixtures.send(Topics.REALISASI, approved);
    Fixtures.indikator(kab, kec, 4, "IKU-SKM", 2, 4, "SUBMITTED", "97", Instant.parse("2025-01-05T03:00:00Z"));
    EventEnvelope marker = Fixtures.send(Topics.REALISASI, Fixtures.indikatorEnvelope(kab, kec, TAHUN + 1, 1, "IKU-SKM",
        1, 1, "SUBMITTED", "SUBMITTED", java.math.BigDecimal.ONE, null, null, Instant.parse("2025-04-02T03:00:00Z")));
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, marker.id()));
    String after = given().auth().oauth2(token).get(laporan(kec)).then().statusCode(200).extract().asString();
    assertThat(after).isEqualTo(before);
    assertThat(report(token, kec, "PROVISIONAL").getString(skm + ".tahunan.capaian.teks")).isEqualTo("122,50");
  }

  @Test
  void mlarakFiguresAreTheGuidesCorrectValuesAndTheAuditFlagsThePrintedOnes() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    mlarakVerified(kab, kec);
    JsonPath r = report(bagian(kab), kec, "OFFICIAL");
    // E1, E2, E7
    assertThat(r.getString("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks")).isEqualTo("123,75");
    assertThat(r.getString("indikator.find { it.kode == 'IKU-IDM' }.tahunan.realisasi.teks")).isEqualTo("100,00");
    assertThat(r.getString("indikator.find { it.kode == 'IKU-IDM' }.tahunan.capaian.teks")).isEqualTo("111,11");
    assertThat(r.getString("indikator.find { it.kode == 'IKU-IDM' }.tahunan.tingkatKemajuan.teks")).isEqualTo("111,11");
    assertThat(r.getString("indikator.find { it.kode == 'TRANTIB-KASUS' }.tahunan.capaian.teks")).isEqualTo("200,00");
    // E4: overall mean of the two IKU, serapan and efisiensi per sasaran
    String year = "ringkasan.find { it.periode == 0 }";
    assertThat(r.getString(year + ".capaianKumulatif.teks")).isEqualTo("117,43");
    assertThat(r.getString(year + ".predikat.label")).isEqualTo("Sangat Berhasil");
    String s1 = "sasaran.find { it.kode == 'S1' }.periode.find { it.periode == 0 }";
    String s2 = "sasaran.find { it.kode == 'S2' }.periode.find { it.periode == 0 }";
    assertThat(r.getString(s1 + ".serapan.teks")).isEqualTo("73,45");
    assertThat(r.getString(s1 + ".efisiensi.teks")).isEqualTo("50,30");
    assertThat(r.getString(s2 + ".serapan.teks")).isEqualTo("99,59");
    assertThat(r.getString(s2 + ".efisiensi.teks")).isEqualTo("11,52");
    assertThat(r.getString("anggaran.find { it.kode == '7.01.02' }.periode.find { it.periode == 0 }.serapanKumulatif.teks"))
        .isEqualTo("73,45");

    // The printed report ([P] Tabel 3.2, 3.16, 3.17, Ikhtisar): every wrong figure is flagged, the right ones are not.
    String printed = """
        {"notasi": "ID",
         "pengukuran": [
           {"indikatorKode": "IKU-SKM", "sumber": "Tabel 3.2", "target": "80", "realisasi": "99", "capaian": "119",
            "predikat": "Sangat Berhasil", "satuan": "%"},
           {"indikatorKode": "IKU-SKM", "sumber": "Tabel 3.16", "realisasi": "80,48", "capaian": "102"},
           {"indikatorKode": "IKU-IDM", "sumber": "Tabel 3.2", "target": "90", "realisasi": "100", "capaian": "110",
            "tingkatKemajuan": "116"},
           {"indikatorKode": "IKU-IDM", "sumber": "lampiran", "capaian": "111,11"}],
         "efisiensi": [
           {"sasaranKode": "S1", "sumber": "Tabel 3.17", "capaian": "102", "serapan": "73,45", "efisiensi": "28,55"},
           {"sasaranKode": "S2", "sumber": "Tabel 3.17", "capaian": "116", "serapan": "99,59", "efisiensi": "16,41"}],
         "anggaran": [{"anggaranKode": "7.01.06", "sumber": "Tabel 3.14", "serapan": "99,59"}],
         "capaianRataRata": "119"}""";
    JsonPath a = given().auth().oauth2(bagian(kab)).contentType(ContentType.JSON).body(printed)
        .post(laporan(kec) + "/audit").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> flags = a.getList("flags");
    assertThat(flags).extracting(f -> f.get("field")).contains("pengukuran[0].capaian", "pengukuran[1].capaian",
        "pengukuran[2].capaian", "pengukuran[2].tingkatKemajuan", "pengukuran[0].satuan", "efisiensi[0].efisiensi",
        "efisiensi[1].efisiensi", "efisiensi[0].capaian", "capaianRataRata");
    assertThat(flags).extracting(f -> f.get("field")).doesNotContain("pengukuran[3].capaian", "efisiensi[0].serapan",
        "efisiensi[1].serapan", "anggaran[0].serapan", "pengukuran[0].predikat");
    Map<String, Object> e1 = flags.stream().filter(f -> "pengukuran[0].capaian".equals(f.get("field"))).findFirst().orElseThrow();
    assertThat(e1.get("kind")).isEqualTo("CAPAIAN");
    assertThat(e1.get("printed")).isEqualTo("119");
    assertThat(e1.get("computedTeks")).isEqualTo("123,75");
    assertThat(e1.get("explanation")).isEqualTo("tercetak 119 ≠ hasil hitung 123,75, dibulatkan seperti tercetak 124 (R 99 terhadap T 80)");
    List<Map<String, Object>> english = given().auth().oauth2(bagian(kab)).header("Accept-Language", "en;q=0.9, id;q=0.5")
        .contentType(ContentType.JSON).body(printed).post(laporan(kec) + "/audit").then().statusCode(200)
        .header("Content-Language", "en").extract().jsonPath().getList("flags");
    assertThat(english.stream().filter(f -> "pengukuran[0].capaian".equals(f.get("field"))).findFirst().orElseThrow()
        .get("explanation")).isEqualTo("printed 119 ≠ computed 123.75, rounded as printed 124 (R 99 against T 80)");
    Map<String, Object> e4 = flags.stream().filter(f -> "efisiensi[0].efisiensi".equals(f.get("field"))).findFirst().orElseThrow();
    assertThat(e4.get("computedTeks")).isEqualTo("50,30");
    assertThat(flags.stream().filter(f -> "efisiensi[1].efisiensi".equals(f.get("field"))).findFirst().orElseThrow()
        .get("computedTeks")).isEqualTo("11,52");
    assertThat(flags.stream().filter(f -> "capaianRataRata".equals(f.get("field"))).findFirst().orElseThrow()
        .get("computedTeks")).isEqualTo("117,43");
    // docs/domain.md §4.2: the SKM realisasi printed as 99 and 80,48
    assertThat(flags).anySatisfy(f -> assertThat(f.get("kind")).isEqualTo("DUPLICATE_VALUE"));

    // E8: 85 is Berhasil on this scale, not Sangat Berhasil.
    given().auth().oauth2(bagian(kab)).contentType(ContentType.JSON).body("""
        {"pengukuran": [{"indikatorKode": "IKU-SKM", "capaian": "85", "predikat": "Sangat Berhasil"}]}""")
        .post(laporan(kec) + "/audit").then().statusCode(200)
        .body("flags.find { it.field == 'pengukuran[0].predikat' }.kind", equalTo("LABEL_VS_SCALE"));

    // An unreadable stated number is refused naming the field; an unknown indicator too.
    given().auth().oauth2(bagian(kab)).contentType(ContentType.JSON).body("""
        {"pengukuran": [{"indikatorKode": "IKU-SKM", "capaian": "sembilan"}]}""")
        .post(laporan(kec) + "/audit").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("pengukuran[0].capaian")).body("errors[0].rule", equalTo("number-as-printed"))
        .body("errors[0].message", equalTo("\"sembilan\" bukan angka"));
    given().auth().oauth2(bagian(kab)).contentType(ContentType.JSON).body("""
        {"pengukuran": [{"indikatorKode": "NOPE", "capaian": "1"}]}""")
        .post(laporan(kec) + "/audit").then().statusCode(400)
        .body("errors[0].field", equalTo("pengukuran[0].indikatorKode")).body("errors[0].rule", equalTo("known-indikator"))
        .body("errors[0].message", equalTo("indikator NOPE tidak ada dalam rencana tahun " + TAHUN));
  }

  @Test
  void triwulanFiguresConsolidatedViewRankingAndNationalRollUp() {
    String kab = Fixtures.newKabupaten();
    String klakah = kab + ".14";
    String mlarak = kab + ".08";
    String quiet = kab + ".20";
    String noPlan = kab + ".21";
    plan(kab, klakah, "Klakah", true);
    Fixtures.kecamatanRegistered(kab, mlarak, "Mlarak", T0);
    Fixtures.rencanaMlarak(kab, mlarak, 1, T0.plusSeconds(60));
    Fixtures.kecamatanRegistered(kab, quiet, "Sunyi", T0);
    Fixtures.rencanaKlakah(kab, quiet, 1, T0.plusSeconds(60));
    Fixtures.kecamatanRegistered(kab, noPlan, "Tanpa Rencana", T0);
    mlarakVerified(kab, mlarak);

    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Instant tw2 = Instant.parse("2024-07-03T02:15:00Z");
    Fixtures.indikator(kab, klakah, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    Fixtures.komponen(kab, klakah, 1, "IKU-DOK", 1, 1, "APPROVED", 12, 36, tw1);
    Fixtures.anggaranRealisasi(kab, klakah, 1, "7.01.01", 1, 1, "APPROVED", 498_729_771L, tw1);
    Fixtures.anggaranRealisasi(kab, klakah, 1, "7.01.04", 1, 1, "APPROVED", 19_750_000L, tw1);
    Fixtures.anggaranRealisasi(kab, klakah, 1, "7.01.02", 1, 1, "APPROVED", 10_020_000L, tw1);
    Fixtures.indikator(kab, klakah, 2, "IKU-FAS", 1, 1, "APPROVED", "17.00", tw2);
    Fixtures.anggaranRealisasi(kab, klakah, 2, "7.01.01", 1, 1, "APPROVED", 520_584_681L, tw2);
    Fixtures.anggaranRealisasi(kab, klakah, 2, "7.01.06", 1, 1, "APPROVED", 10_350_000L, tw2);
    Fixtures.anggaranRealisasi(kab, klakah, 2, "7.01.02", 1, 1, "APPROVED", 17_760_000L, tw2);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(bagian(kab)).get(laporan(klakah)).then()
        .body("ringkasan.find { it.periode == 2 }.realisasiKumulatif.nilai", equalTo(1_077_194_452)));

    JsonPath r = report(bagian(kab), klakah, "OFFICIAL");
    String fas = "indikator.find { it.kode == 'IKU-FAS' }.triwulan";
    String dok = "indikator.find { it.kode == 'IKU-DOK' }.triwulan";
    // E10
    assertThat(r.getString(fas + ".find { it.triwulan == 1 }.capaian.teks")).isEqualTo("39,64");
    assertThat(r.getString(fas + ".find { it.triwulan == 2 }.capaian.teks")).isEqualTo("17,81");
    assertThat(r.getString(fas + ".find { it.triwulan == 2 }.capaianKumulatif.teks")).isEqualTo("57,45");
    // E11: from components, TW II blank stays absent, LAST keeps TW I
    assertThat(r.getString(dok + ".find { it.triwulan == 1 }.realisasi.teks")).isEqualTo("33,33");
    assertThat(r.getString(dok + ".find { it.triwulan == 1 }.capaian.teks")).isEqualTo("34,29");
    assertThat(r.getString(dok + ".find { it.triwulan == 2 }.capaian.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(dok + ".find { it.triwulan == 2 }.capaian.raw")).isNull();
    assertThat(r.getString(dok + ".find { it.triwulan == 2 }.capaianKumulatif.teks")).isEqualTo("34,29");
    // E12: the "Capaian Rata Rata" row, correctly
    assertThat(r.getString("ringkasan.find { it.periode == 1 }.capaian.teks")).isEqualTo("36,97");
    assertThat(r.getString("ringkasan.find { it.periode == 2 }.capaian.teks")).isEqualTo("17,81");
    assertThat(r.getString("ringkasan.find { it.periode == 2 }.cakupan.teks")).isEqualTo("1 dari 2 dilaporkan");
    assertThat(r.getString("ringkasan.find { it.periode == 2 }.capaianKumulatif.teks")).isEqualTo("45,87");
    // E13: serapan per TW against the annual pagu, totals as ratio of sums, not reported is "–" not 0
    String p1 = "anggaran.find { it.kode == '7.01.01' }.periode";
    String p4 = "anggaran.find { it.kode == '7.01.04' }.periode";
    String p6 = "anggaran.find { it.kode == '7.01.06' }.periode";
    assertThat(r.getString(p1 + ".find { it.periode == 1 }.serapan.teks")).isEqualTo("26,02");
    assertThat(r.getString(p1 + ".find { it.periode == 2 }.serapan.teks")).isEqualTo("27,16");
    assertThat(r.getString(p1 + ".find { it.periode == 2 }.serapanKumulatif.teks")).isEqualTo("53,17");
    assertThat(r.getString(p4 + ".find { it.periode == 1 }.serapan.teks")).isEqualTo("69,13");
    assertThat(r.getString(p4 + ".find { it.periode == 2 }.serapan.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(p4 + ".find { it.periode == 2 }.serapanKumulatif.teks")).isEqualTo("69,13");
    assertThat(r.getString(p6 + ".find { it.periode == 1 }.serapan.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(p6 + ".find { it.periode == 2 }.serapan.teks")).isEqualTo("27,82");
    assertThat(r.getString("ringkasan.find { it.periode == 1 }.serapan.teks")).isEqualTo("24,50");
    assertThat(r.getString("ringkasan.find { it.periode == 2 }.serapan.teks")).isEqualTo("25,43");
    assertThat(r.getString("ringkasan.find { it.periode == 2 }.serapanKumulatif.teks")).isEqualTo("49,93");
    assertThat(r.getString("sasaran.find { it.kode == 'S2' }.periode.find { it.periode == 2 }.serapan.teks"))
        .isEqualTo("27,82");
    // docs/domain.md §2.9.9: programs 3 and 5 never reported, so the 49,93 % rests on 96,54 % of the pagu and there is
    // no kecamatan efisiensi; sasaran S2's one program reported, so S2 has one.
    String sdTw2 = "ringkasan.find { it.periode == 2 }";
    assertThat(r.getString(sdTw2 + ".cakupanPaguKumulatif.persen.teks")).isEqualTo("96,54");
    assertThat(r.getBoolean(sdTw2 + ".cakupanPaguKumulatif.lengkap")).isFalse();
    assertThat(r.getString(sdTw2 + ".cakupanPaguKumulatif.teks"))
        .isEqualTo("pagu dengan realisasi dilaporkan 2.082.859.058 dari 2.157.521.308 (96,54 %)");
    assertThat(r.getString(sdTw2 + ".efisiensi.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(sdTw2 + ".efisiensi.raw")).isNull();
    assertThat(r.getString("ringkasan.find { it.periode == 1 }.cakupanPagu.persen.teks")).isEqualTo("94,82");
    String s2 = "sasaran.find { it.kode == 'S2' }.periode.find { it.periode == 2 }";
    assertThat(r.getBoolean(s2 + ".cakupanPagu.lengkap")).isTrue();
    assertThat(r.getString(s2 + ".efisiensi.status")).isEqualTo("COMPUTED");
    assertThat(r.getString("sasaran.find { it.kode == 'S1' }.periode.find { it.periode == 2 }.efisiensi.status"))
        .isEqualTo("NOT_REPORTED");
    assertThat(r.getBoolean("anggaran.find { it.kode == '7.01.04' }.periode.find { it.periode == 2 }.cakupanPagu.lengkap"))
        .isFalse();
    assertThat(r.getBoolean(
        "anggaran.find { it.kode == '7.01.04' }.periode.find { it.periode == 2 }.cakupanPaguKumulatif.lengkap")).isTrue();

    // Consolidated TW II: Klakah ranked, Mlarak has nothing due in TW II, Sunyi has not reported, one has no plan.
    String url = "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi";
    JsonPath k = given().auth().oauth2(bagian(kab)).queryParam("triwulan", 2).get(url).then().statusCode(200)
        .extract().jsonPath();
    assertThat(k.getInt("total")).isEqualTo(4);
    assertThat(k.getInt("ringkasan.kecamatanJumlah")).isEqualTo(4);
    assertThat(k.getInt("ringkasan.kecamatanDilaporkan")).isEqualTo(1);
    assertThat(k.getString("items[0].kecamatanKode")).isEqualTo(klakah);
    assertThat(k.getInt("items[0].peringkat")).isEqualTo(1);
    assertThat(k.getString("items[0].capaian.teks")).isEqualTo("17,81");
    assertThat(k.getString("items.find { it.kecamatanKode == '" + quiet + "' }.status")).isEqualTo("NOT_REPORTED");
    assertThat(k.getString("items.find { it.kecamatanKode == '" + quiet + "' }.peringkat")).isNull();
    assertThat(k.getString("items.find { it.kecamatanKode == '" + quiet + "' }.capaian.raw")).isNull();
    assertThat(k.getString("items.find { it.kecamatanKode == '" + mlarak + "' }.status")).isEqualTo("NOT_DUE");
    assertThat(k.getString("items.find { it.kecamatanKode == '" + noPlan + "' }.status")).isEqualTo("NO_PLAN");

    // The year: Mlarak 117,43 before Klakah 45,87; sort, filters, paging.
    given().auth().oauth2(bagian(kab)).get(url).then().statusCode(200)
        .body("items[0].kecamatanKode", equalTo(mlarak)).body("items[0].peringkat", equalTo(1))
        .body("items[0].capaian.teks", equalTo("117,43")).body("items[1].kecamatanKode", equalTo(klakah))
        .body("items[1].peringkat", equalTo(2)).body("ringkasan.capaianRataRataKecamatan.teks", equalTo("81,65"))
        .body("ringkasan.kecamatanDilaporkan", equalTo(2));
    given().auth().oauth2(bagian(kab)).queryParam("sort", "-serapanKumulatif").get(url).then().statusCode(200)
        .body("items[0].kecamatanKode", equalTo(mlarak)).body("items[1].kecamatanKode", equalTo(klakah));
    given().auth().oauth2(bagian(kab)).queryParam("predikat", "Sangat Berhasil").get(url).then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].kecamatanKode", equalTo(mlarak));
    given().auth().oauth2(bagian(kab)).queryParam("lagging", "target").get(url).then().statusCode(200)
        .body("items.kecamatanKode", hasItem(klakah)).body("items.kecamatanKode.size()", equalTo(1));
    given().auth().oauth2(bagian(kab)).queryParam("sasaran", "S-TRANTIB").get(url).then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].capaianSasaran.teks", equalTo("200,00"));
    given().auth().oauth2(bagian(kab)).queryParam("status", "NOT_REPORTED").queryParam("triwulan", 2).get(url).then()
        .statusCode(200).body("total", equalTo(1)).body("items[0].kecamatanKode", equalTo(quiet));
    given().auth().oauth2(bagian(kab)).queryParam("size", 1).queryParam("page", 1).get(url).then().statusCode(200)
        .body("items.size()", equalTo(1)).body("items[0].kecamatanKode", equalTo(klakah)).body("total", equalTo(4));

    // The comparison mode recomputes from the raw cells and must give the same answer.
    for (Integer tw : new Integer[] { null, 1, 2 }) {
      for (String tampilan : List.of("OFFICIAL", "PROVISIONAL")) {
        var stored = given().auth().oauth2(bagian(kab)).queryParam("tampilan", tampilan);
        var recomputed = given().auth().oauth2(bagian(kab)).queryParam("tampilan", tampilan).queryParam("mode", "RECOMPUTE");
        if (tw != null) {
          stored = stored.queryParam("triwulan", tw);
          recomputed = recomputed.queryParam("triwulan", tw);
        }
        JsonPath s = stored.get(url).then().statusCode(200).extract().jsonPath();
        JsonPath c = recomputed.get(url).then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("mode")).isEqualTo("RECOMPUTE");
        assertThat(c.getList("items")).isEqualTo(s.getList("items"));
        assertThat(c.getMap("ringkasan")).isEqualTo(s.getMap("ringkasan"));
      }
    }

    // National: own kabupaten row plus the aggregate over every kabupaten.
    given().auth().oauth2(bagian(kab)).get("/api/laporan/nasional/" + TAHUN).then().statusCode(200)
        .body("items.size()", equalTo(1)).body("items[0].kabupatenKode", equalTo(kab))
        .body("items[0].kecamatanJumlah", equalTo(4)).body("items[0].capaianRataRataKecamatan.teks", equalTo("81,65"))
        .body("nasional.kabupatenKode", equalTo("NASIONAL"));
    JsonPath n = given().auth().oauth2(bagian(kab)).get("/api/laporan/nasional/" + TAHUN).then().extract().jsonPath();
    assertThat(n.getInt("nasional.kecamatanJumlah")).isGreaterThanOrEqualTo(4);

    // The national comparison mode recomputes every kecamatan of the database from its raw cells: same answer. Other
    // tests' kabupaten share the database, so both are read again until no recalculation is in flight between them.
    for (Integer tw : new Integer[] { null, 2 }) {
      for (String tampilan : List.of("OFFICIAL", "PROVISIONAL")) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
          var stored = given().auth().oauth2(bagian(kab)).queryParam("tampilan", tampilan);
          var recomputed = given().auth().oauth2(bagian(kab)).queryParam("tampilan", tampilan).queryParam("mode", "RECOMPUTE");
          if (tw != null) {
            stored = stored.queryParam("triwulan", tw);
            recomputed = recomputed.queryParam("triwulan", tw);
          }
          JsonPath s = stored.get("/api/laporan/nasional/" + TAHUN).then().statusCode(200).extract().jsonPath();
          JsonPath c = recomputed.get("/api/laporan/nasional/" + TAHUN).then().statusCode(200).extract().jsonPath();
          assertThat(s.getString("mode")).isEqualTo("STORED");
          assertThat(c.getString("mode")).isEqualTo("RECOMPUTE");
          assertThat(c.getMap("nasional")).isEqualTo(s.getMap("nasional"));
          assertThat(c.getList("items")).isEqualTo(s.getList("items"));
        });
      }
    }
    given().auth().oauth2(bagian(kab)).queryParam("mode", "LATER").get("/api/laporan/nasional/" + TAHUN).then()
        .statusCode(400).body("errors[0].field", equalTo("mode"));
  }

  @Test
  void exportsCarryTheRealFigures() throws Exception {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    mlarakVerified(kab, kec);
    DataFormatter id = new DataFormatter(Locale.forLanguageTag("id-ID"));

    byte[] xlsx = given().auth().oauth2(bagian(kab)).get(laporan(kec) + "/lkjip.xlsx").then().statusCode(200)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet("Pengukuran Kinerja");
      Row skm = find(s, 1, "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi");
      assertThat(id.formatCellValue(skm.getCell(5))).isEqualTo("123,75");
      assertThat(skm.getCell(6).getStringCellValue()).isEqualTo("Sangat Berhasil");
      Sheet ef = wb.getSheet("Efisiensi");
      Row s1 = find(ef, 0, "Meningkatnya kualitas pelayanan publik");
      assertThat(id.formatCellValue(s1.getCell(3))).isEqualTo("73,45");
      assertThat(id.formatCellValue(s1.getCell(5))).isEqualTo("50,30");
      Row budget = find(wb.getSheet("Realisasi Anggaran"), 0, "7.01.06");
      assertThat(id.formatCellValue(budget.getCell(3))).isEqualTo("140.378.945");
      assertThat(id.formatCellValue(budget.getCell(5))).isEqualTo("99,59");
      Row prev = find(wb.getSheet("Perbandingan"), 0, "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi");
      assertThat(id.formatCellValue(prev.getCell(1))).isEqualTo("79,48");
      assertThat(wb.getSheet("Perjanjian Kinerja").getPhysicalNumberOfRows()).isGreaterThan(5);
    }

    // Workbook labels in Bahasa Indonesia, English on request (the figures' format stays Indonesian).
    byte[] kons = given().auth().oauth2(bagian(kab))
        .get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi.xlsx").then().statusCode(200).extract()
        .asByteArray();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(kons))) {
      Row row = find(wb.getSheet("Konsolidasi"), 1, kec);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(id.formatCellValue(row.getCell(4))).isEqualTo("117,43");
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Sangat Berhasil");
      assertThat(row.getCell(6).getStringCellValue()).matches("\\d+ dari \\d+ dilaporkan");
    }
    byte[] konsEn = given().auth().oauth2(bagian(kab)).header("Accept-Language", "en")
        .get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi.xlsx").then().statusCode(200).extract()
        .asByteArray();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(konsEn))) {
      Row row = find(wb.getSheet("Consolidation"), 1, kec);
      assertThat(id.formatCellValue(row.getCell(4))).isEqualTo("117,43");
      assertThat(row.getCell(6).getStringCellValue()).matches("\\d+ of \\d+ reported");
    }

    byte[] pdf = given().auth().oauth2(operator(kab, kec)).header("Accept-Language", "en").get(laporan(kec) + "/laporan.pdf")
        .then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Laporan Kinerja Kecamatan Mlarak Tahun 2024", "117,43", "123,75", "111,11",
          "Sangat Berhasil", "Capaian kinerja per triwulan", "TW IV", "73,45", "Resmi: hanya realisasi", "dilaporkan");
    }
    java.nio.file.Files.write(java.nio.file.Path.of("target", "laporan-mlarak.pdf"), pdf);
  }

  private static Row find(Sheet s, int col, String value) {
    for (Row r : s) {
      if (r.getCell(col) != null && value.equals(r.getCell(col).toString())) {
        return r;
      }
    }
    throw new AssertionError(value + " not in sheet " + s.getSheetName());
  }

  @Test
  void callersSeeTheirOwnKecamatanAndKabupatenOnly() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    given().auth().oauth2(operator(kab, kec)).get(laporan(kec)).then().statusCode(200);
    given().auth().oauth2(DevTokens.kecamatan("v", "verifier", kab, kec)).get(laporan(kec) + "/lkjip").then().statusCode(200);
    given().auth().oauth2(DevTokens.kabupaten("p", "pimpinan", kab)).get(laporan(kec)).then().statusCode(200);
    // Another kecamatan of the same kabupaten: 403; another kabupaten: 404; no token: 401.
    given().auth().oauth2(operator(kab, kab + ".09")).get(laporan(kec)).then().statusCode(403)
        .contentType("application/problem+json");
    String other = Fixtures.newKabupaten();
    given().auth().oauth2(bagian(other)).get(laporan(kec)).then().statusCode(404).contentType("application/problem+json");
    given().auth().oauth2(bagian(other)).get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi").then()
        .statusCode(404);
    given().get(laporan(kec)).then().statusCode(401);
    // Kecamatan roles do not see the consolidated view or run a rebuild.
    given().auth().oauth2(operator(kab, kec)).get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi").then()
        .statusCode(403);
    given().auth().oauth2(operator(kab, kec)).post("/api/admin/proyeksi/rebuild").then().statusCode(403);
    // Nor do the kabupaten's own roles: a rebuild empties every kabupaten's figures; it is the operations role's.
    for (String role : List.of("bagian-organisasi", "planner", "pimpinan")) {
      given().auth().oauth2(DevTokens.kabupaten(role + "." + kab, role, kab)).post("/api/admin/proyeksi/rebuild").then()
          .statusCode(403).contentType("application/problem+json");
      given().auth().oauth2(DevTokens.kabupaten(role + "." + kab, role, kab)).get("/api/admin/proyeksi").then()
          .statusCode(403);
    }
    given().auth().oauth2(sistem()).get("/api/admin/proyeksi").then().statusCode(200);
    // Unknown kecamatan or year without plan: 404.
    given().auth().oauth2(bagian(kab)).get("/api/laporan/kecamatan/" + kab + ".77/" + TAHUN).then().statusCode(404);
    given().auth().oauth2(bagian(kab)).get("/api/laporan/kecamatan/" + kec + "/2023").then().statusCode(404)
        .header("Content-Language", "id")
        .body("detail", equalTo("Rencana kinerja kecamatan " + kec + " tahun 2023 tidak ditemukan"));
    given().auth().oauth2(bagian(kab)).header("Accept-Language", "en").get("/api/laporan/kecamatan/" + kec + "/2023")
        .then().statusCode(404).header("Content-Language", "en")
        .body("detail", equalTo("The plan of kecamatan " + kec + " for 2023 does not exist"));
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    given().auth().oauth2(bagian(kab)).queryParam("tampilan", "SOMETIMES").get(laporan(kec)).then().statusCode(400)
        .contentType("application/problem+json").body("errors[0].field", equalTo("tampilan"));
    String url = "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi";
    given().auth().oauth2(bagian(kab)).queryParam("sort", "-luck").get(url).then().statusCode(400)
        .body("errors[0].field", equalTo("sort")).body("errors[0].rule", equalTo("known-key"));
    given().auth().oauth2(bagian(kab)).queryParam("triwulan", 5).get(url).then().statusCode(400)
        .header("Content-Language", "id").body("errors[0].field", equalTo("triwulan"))
        .body("errors[0].rule", equalTo("range")).body("title", equalTo("Permintaan tidak valid"))
        .body("detail", equalTo("triwulan: harus 1, 2, 3, atau 4 (kosongkan untuk satu tahun penuh)"));
    given().auth().oauth2(bagian(kab)).header("Accept-Language", "en-US,en;q=0.8").queryParam("triwulan", 5).get(url)
        .then().statusCode(400).header("Content-Language", "en").body("errors[0].field", equalTo("triwulan"))
        .body("errors[0].rule", equalTo("range"))
        .body("detail", equalTo("triwulan: must be 1, 2, 3 or 4 (omit it for the year)"));
    given().auth().oauth2(bagian(kab)).queryParam("sort", "-luck").header("Accept-Language", "en").get(url).then()
        .statusCode(400).body("errors[0].message", equalTo("cannot sort by 'luck'; use one of dibawahTarget, efisiensi,"
            + " kecamatan, kumulatif, nama, overall, peringkat, serapan, serapanKumulatif, terlambat"));
    given().auth().oauth2(bagian(kab)).queryParam("lagging", "kadang").get(url).then().statusCode(400)
        .body("errors[0].field", equalTo("lagging"));
    given().auth().oauth2(bagian(kab)).queryParam("size", 501).get(url).then().statusCode(400)
        .body("errors[0].field", equalTo("size"));
    given().auth().oauth2(bagian(kab)).queryParam("mode", "GUESS").get(url).then().statusCode(400)
        .body("errors[0].field", equalTo("mode")).body("errors[0].rule", equalTo("one-of"))
        .body("errors[0].message", equalTo("harus salah satu dari STORED, RECOMPUTE"));
    given().auth().oauth2(bagian(kab)).contentType(ContentType.JSON).body("{\"tampilan\": \"MAYBE\"}")
        .post(laporan(kec) + "/audit").then().statusCode(400).contentType("application/problem+json");
    given().auth().oauth2(bagian(kab)).get(laporan(kec)).then().statusCode(200).body("tampilan", equalTo("OFFICIAL"))
        .body("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks", nullValue());
  }
}
