package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The audit of a printed triwulan report (docs/domain.md §4.12, §2.9.7) with the figures of [T], the Lumajang camat's
 * report for TW II 2024 (/work/shared/reports/laporan-kinerja-camat-klakah-lumajang-tw2-2024.txt), against the
 * Klakah-like kecamatan of E10–E13 as the broker delivers it: what [T] prints right is not flagged, at its printed
 * precision and in its mixed notation; its "Capaian Rata Rata" row (E12) and the grand-total serapan reused for a
 * sasaran (E13) are.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AuditTriwulanTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** [T] as printed: the Pengukuran Kinerja Individu matrix (en-US notation), its tables (id-ID) and the budget matrix. */
  static final String PRINTED = """
      {"triwulan": 2, "notasi": "AUTO",
       "pengukuranTriwulan": [
         {"indikatorKode": "IKU-FAS", "sumber": "Pengukuran Kinerja Individu", "triwulan": 1, "target": "95.45",
          "realisasi": "37.84", "capaian": "39.64"},
         {"indikatorKode": "IKU-FAS", "sumber": "Pengukuran Kinerja Individu", "triwulan": 2, "target": "95.45",
          "realisasi": "17.00", "capaian": "17.81", "realisasiKumulatif": "54.84", "capaianKumulatif": "57.45"},
         {"indikatorKode": "IKU-DOK", "sumber": "Pengukuran Kinerja Individu", "triwulan": 1, "target": "97.22",
          "realisasi": "33.33", "capaian": "34.29"},
         {"indikatorKode": "IKU-DOK", "sumber": "Pengukuran Kinerja Individu", "triwulan": 2, "target": "97.22",
          "realisasi": "", "capaian": "-", "realisasiKumulatif": "33.33", "capaianKumulatif": "34.29"},
         {"indikatorKode": "IKU-FAS", "sumber": "Tabel Capaian Kinerja", "triwulan": 2, "target": "95,45",
          "realisasiKumulatif": "54,84", "capaianKumulatif": "57,45"},
         {"indikatorKode": "IKU-DOK", "sumber": "Tabel Capaian Kinerja", "triwulan": 2, "target": "97,22",
          "realisasiKumulatif": "33,33", "capaianKumulatif": "34,29"}],
       "ringkasanTriwulan": [
         {"sumber": "Capaian Rata Rata", "triwulan": 1, "capaianRataRata": "24.64", "realisasiRataRata": "35.59"},
         {"sumber": "Capaian Rata Rata", "triwulan": 2, "capaianRataRata": "8.90", "realisasiRataRata": "8.50",
          "capaianRataRataKumulatif": "30.58", "realisasiRataRataKumulatif": "29.39"}],
       "anggaranTriwulan": [
         {"anggaranKode": "7.01.01", "sumber": "program 1", "triwulan": 1, "pagu": "1,917,084,558",
          "realisasi": "498,729,771.00", "serapan": "26.02"},
         {"anggaranKode": "7.01.01", "sumber": "program 1", "triwulan": 2, "realisasi": "520,584,681.00",
          "serapan": "27.16", "realisasiKumulatif": "1,019,314,452.00", "serapanKumulatif": "53.17"},
         {"anggaranKode": "7.01.04", "sumber": "program 4", "triwulan": 1, "pagu": "28,570,000",
          "realisasi": "19,750,000.00", "serapan": "69.13"},
         {"anggaranKode": "7.01.04", "sumber": "program 4", "triwulan": 2, "realisasi": "-", "serapan": "-",
          "realisasiKumulatif": "19,750,000.00", "serapanKumulatif": "69.13"},
         {"anggaranKode": "7.01.06", "sumber": "program 6", "triwulan": 1, "pagu": "37,204,500", "realisasi": "-",
          "serapan": "-"},
         {"anggaranKode": "7.01.06", "sumber": "program 6", "triwulan": 2, "realisasi": "10,350,000.00",
          "serapan": "27.82", "realisasiKumulatif": "10,350,000.00", "serapanKumulatif": "27.82"},
         {"sumber": "Capaian Rata Rata (jumlah)", "triwulan": 1, "pagu": "2,157,521,308", "realisasi": "528,499,771.00",
          "serapan": "24.50"},
         {"sumber": "Capaian Rata Rata (jumlah)", "triwulan": 2, "realisasi": "548,694,681.00", "serapan": "25.43",
          "realisasiKumulatif": "1,077,194,452.00", "serapanKumulatif": "49.93"}],
       "efisiensi": [{"sasaranKode": "S1", "sumber": "Tabel Cost per outcome", "capaian": "57,45", "serapan": "49,93"}]}""";

  @Test
  void aPrintedTriwulanReportIsAuditedAtItsPrintedPrecision() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".14";
    ReportingApiTest.plan(kab, kec, "Klakah", true);
    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Instant tw2 = Instant.parse("2024-07-03T02:15:00Z");
    Fixtures.indikator(kab, kec, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    Fixtures.komponen(kab, kec, 1, "IKU-DOK", 1, 1, "APPROVED", 12, 36, tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.01", 1, 1, "APPROVED", 498_729_771L, tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.04", 1, 1, "APPROVED", 19_750_000L, tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.02", 1, 1, "APPROVED", 10_020_000L, tw1);
    Fixtures.indikator(kab, kec, 2, "IKU-FAS", 1, 1, "APPROVED", "17.00", tw2);
    Fixtures.anggaranRealisasi(kab, kec, 2, "7.01.01", 1, 1, "APPROVED", 520_584_681L, tw2);
    Fixtures.anggaranRealisasi(kab, kec, 2, "7.01.06", 1, 1, "APPROVED", 10_350_000L, tw2);
    Fixtures.anggaranRealisasi(kab, kec, 2, "7.01.02", 1, 1, "APPROVED", 17_760_000L, tw2);
    String token = ReportingApiTest.bagian(kab);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get(ReportingApiTest.laporan(kec)).then()
        .body("ringkasan.find { it.periode == 2 }.realisasiKumulatif.nilai", equalTo(1_077_194_452)));

    JsonPath a = given().auth().oauth2(token).contentType(ContentType.JSON).body(PRINTED)
        .post(ReportingApiTest.laporan(kec) + "/audit").then().statusCode(200).extract().jsonPath();
    assertThat(a.getInt("triwulan")).isEqualTo(2);
    // Every stated number was compared: 14 indicator figures, 6 targets, 6 means, 24 budget figures, 2 efisiensi
    // (the blanks and dashes state nothing).
    assertThat(a.getInt("diperiksa")).isEqualTo(14 + 6 + 6 + 24 + 2);
    List<Map<String, Object>> flags = a.getList("flags");
    // Flagged: only what [T] prints wrong. Right at its printed precision: 39,64 (39,644…), 33,33 (33,333…, from
    // components 12 / 36), 34,29, 57,45 (57,451…), every budget figure.
    assertThat(flags).extracting(f -> f.get("field")).filteredOn(Objects::nonNull).containsExactlyInAnyOrder(
        "ringkasanTriwulan[0].capaianRataRata", "ringkasanTriwulan[1].capaianRataRata",
        "ringkasanTriwulan[1].realisasiRataRata", "ringkasanTriwulan[1].capaianRataRataKumulatif",
        "ringkasanTriwulan[1].realisasiRataRataKumulatif", "efisiensi[0].serapan");
    // E12: each printed mean, the printed and the computed value and the divisor the printed one implies.
    assertThat(flag(flags, "ringkasanTriwulan[0].capaianRataRata")).containsEntry("kind", "MEAN")
        .containsEntry("printed", "24,64").containsEntry("computedTeks", "36,97");
    assertThat((String) flag(flags, "ringkasanTriwulan[0].capaianRataRata").get("explanation"))
        .startsWith("tercetak 24,64 ≠ hasil hitung 36,97").contains("/ 3").contains("pembaginya salah");
    assertThat((String) flag(flags, "ringkasanTriwulan[1].capaianRataRata").get("explanation"))
        .startsWith("tercetak 8,90 ≠ hasil hitung 17,81").contains("1 yang belum dilaporkan dihitung sebagai 0")
        .contains("8,905 dipotong");
    assertThat(flag(flags, "ringkasanTriwulan[1].capaianRataRataKumulatif")).containsEntry("computedTeks", "45,87");
    assertThat((String) flag(flags, "ringkasanTriwulan[1].realisasiRataRata").get("explanation"))
        .startsWith("tercetak 8,50 ≠ hasil hitung 17,00").contains("1 yang belum dilaporkan dihitung sebagai 0");
    assertThat(flag(flags, "ringkasanTriwulan[1].realisasiRataRataKumulatif")).containsEntry("computedTeks", "44,09");
    // E13: the grand total's 49,93 reused for sasaran S1, whose own lines give 50,32 (50,315…).
    assertThat(flag(flags, "efisiensi[0].serapan")).containsEntry("kind", "SERAPAN").containsEntry("computedTeks", "50,32");

    // In English on request.
    List<Map<String, Object>> english = given().auth().oauth2(token).header("Accept-Language", "en")
        .contentType(ContentType.JSON).body(PRINTED).post(ReportingApiTest.laporan(kec) + "/audit").then()
        .statusCode(200).header("Content-Language", "en").extract().jsonPath().getList("flags");
    assertThat((String) flag(english, "ringkasanTriwulan[1].capaianRataRata").get("explanation"))
        .startsWith("printed 8.90 ≠ computed 17.81");
  }

  @Test
  void wrongTriwulanFiguresAreFlaggedWithThePrintedAndTheComputedValue() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".14";
    ReportingApiTest.plan(kab, kec, "Klakah", true);
    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Fixtures.indikator(kab, kec, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    Fixtures.anggaranRealisasi(kab, kec, 1, "7.01.01", 1, 1, "APPROVED", 498_729_771L, tw1);
    String token = ReportingApiTest.bagian(kab);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get(ReportingApiTest.laporan(kec)).then()
        .body("ringkasan.find { it.periode == 1 }.realisasiAnggaran.nilai", equalTo(498_729_771)));

    List<Map<String, Object>> flags = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
        {"triwulan": 1, "notasi": "ID",
         "pengukuranTriwulan": [
           {"indikatorKode": "IKU-FAS", "triwulan": 1, "realisasi": "37,8", "capaian": "39,7", "capaianKumulatif": "39,6"},
           {"indikatorKode": "IKU-DOK", "triwulan": 1, "realisasi": "0", "capaian": "0"}],
         "anggaranTriwulan": [
           {"anggaranKode": "7.01.01", "triwulan": 1, "pagu": "1.917.084.558", "realisasi": "498.729.771",
            "serapan": "26,0"},
           {"anggaranKode": "7.01.04", "triwulan": 1, "realisasi": "0", "serapan": "0"},
           {"triwulan": 1, "pagu": "2.157.521.308", "serapanKumulatif": "23,2"}]}""")
        .post(ReportingApiTest.laporan(kec) + "/audit").then().statusCode(200).extract().jsonPath().getList("flags");
    // 37,8 for 37,84 and 39,6 for 39,644… are right at one decimal; 39,7 is not.
    assertThat(flags).extracting(f -> f.get("field")).filteredOn(Objects::nonNull).containsExactlyInAnyOrder(
        "pengukuranTriwulan[0].capaian", "pengukuranTriwulan[1].realisasi", "pengukuranTriwulan[1].capaian",
        "anggaranTriwulan[1].realisasi", "anggaranTriwulan[1].serapan", "anggaranTriwulan[2].serapanKumulatif");
    assertThat((String) flag(flags, "pengukuranTriwulan[0].capaian").get("explanation"))
        .isEqualTo("tercetak 39,7 ≠ hasil hitung 39,64, dibulatkan seperti tercetak 39,6 (R 37,84 terhadap T 95,45)");
    // Not reported printed as 0 (E11, E13): absent, never 0.
    assertThat(flag(flags, "pengukuranTriwulan[1].realisasi")).containsEntry("kind", "ABSENT_PRINTED_AS_VALUE");
    assertThat(flag(flags, "anggaranTriwulan[1].serapan")).containsEntry("kind", "ABSENT_PRINTED_AS_VALUE");
    assertThat(flag(flags, "anggaranTriwulan[2].serapanKumulatif")).containsEntry("kind", "SERAPAN")
        .containsEntry("computedTeks", "23,12");
  }

  @Test
  void rowsAfterTheReportsTriwulanAndUnknownLinesAreRefused() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".14";
    ReportingApiTest.plan(kab, kec, "Klakah", true);
    String token = ReportingApiTest.bagian(kab);
    given().auth().oauth2(token).contentType(ContentType.JSON).body("""
        {"triwulan": 2, "pengukuranTriwulan": [{"indikatorKode": "IKU-FAS", "triwulan": 3, "capaian": "10"}],
         "anggaranTriwulan": [{"anggaranKode": "9.99", "triwulan": 1, "serapan": "1"}]}""")
        .post(ReportingApiTest.laporan(kec) + "/audit").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("pengukuranTriwulan[0].triwulan")).body("errors[0].rule", equalTo("range"))
        .body("errors[0].message", equalTo("triwulan 3 sesudah triwulan laporan (2)"));
    given().auth().oauth2(token).contentType(ContentType.JSON).body("""
        {"triwulan": 2, "anggaranTriwulan": [{"anggaranKode": "9.99", "triwulan": 1, "serapan": "1"}]}""")
        .post(ReportingApiTest.laporan(kec) + "/audit").then().statusCode(400)
        .body("errors[0].field", equalTo("anggaranTriwulan[0].anggaranKode"))
        .body("errors[0].rule", equalTo("known-anggaran"));
    given().auth().oauth2(token).contentType(ContentType.JSON).body("""
        {"pengukuranTriwulan": [{"indikatorKode": "IKU-FAS", "capaian": "10"}]}""")
        .post(ReportingApiTest.laporan(kec) + "/audit").then().statusCode(400)
        .body("errors[0].field", equalTo("pengukuranTriwulan[0].triwulan"));
  }

  private static Map<String, Object> flag(List<Map<String, Object>> flags, String field) {
    return flags.stream().filter(f -> field.equals(f.get("field"))).findFirst()
        .orElseThrow(() -> new AssertionError("no flag for " + field + " in " + flags));
  }
}
