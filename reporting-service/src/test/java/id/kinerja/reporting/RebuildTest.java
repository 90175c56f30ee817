package id.kinerja.reporting;

import static id.kinerja.reporting.Fixtures.TAHUN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.service.FigureStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Rebuilding every projection from offset 0 reproduces the stored figures byte for byte. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RebuildTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject
  FigureStore figures;

  @Inject
  id.kinerja.reporting.service.Pengumuman pengumuman;

  private long announced() {
    return QuarkusTransaction.requiringNew().call(() -> pengumuman.posisi().terakhir());
  }

  private String dump() {
    return QuarkusTransaction.requiringNew().call(figures::dump);
  }

  private static JsonPath status(String token) {
    return given().auth().oauth2(token).get("/api/admin/proyeksi").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void rebuildFromTheTopicsReproducesTheSameFigures() {
    String kab = Fixtures.newKabupaten();
    String mlarak = kab + ".08";
    String klakah = kab + ".14";
    // Realisasi that arrives before its plan is kept and counted once the plan comes.
    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Fixtures.indikator(kab, klakah, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    ReportingApiTest.plan(kab, mlarak, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kab, mlarak);
    Fixtures.kecamatanRegistered(kab, klakah, "Klakah", tw1);
    Fixtures.rencanaKlakah(kab, klakah, 1, tw1);
    Fixtures.komponen(kab, klakah, 1, "IKU-DOK", 1, 1, "SUBMITTED", 12, 36, tw1);
    Fixtures.indikator(kab, klakah, 2, "IKU-FAS", 1, 1, "VERIFIED", "17.00", Instant.parse("2024-07-03T02:15:00Z"));
    Fixtures.indikator(kab, klakah, 2, "IKU-FAS", 2, 2, "SUBMITTED", "18.00", Instant.parse("2024-07-04T02:15:00Z"));
    Fixtures.anggaranRealisasi(kab, klakah, 1, "7.01.01", 1, 1, "APPROVED", 498_729_771L, tw1);
    // A newer plan version replaces the first one.
    Fixtures.rencanaKlakah(kab, klakah, 2, Instant.parse("2024-07-05T00:00:00Z"));
    // The cascade (issue #19): the RPJMD, and Mlarak's links in two versions (the second holds).
    Fixtures.rpjmd(kab, 1, tw1);
    Fixtures.tautanKinerja(kab, mlarak, 1, tw1, java.util.List.of(
        Fixtures.tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1")));
    Fixtures.tautanKinerja(kab, mlarak, 2, tw1, java.util.List.of(
        Fixtures.tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1"),
        Fixtures.tautan("SASARAN", "S2", null, "RPJMD_SASARAN", "S1.2"),
        Fixtures.tautan("PK_INDIKATOR", "TRANTIB-KASUS", TAHUN, "INDIKATOR", "IKU-SKM")));
    Fixtures.tautanKinerja(kab, klakah, 1, tw1, java.util.List.of(
        Fixtures.tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1")));
    String token = DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);
    String pohon = "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja";
    await().atMost(WAIT).until(() -> {
      var r = given().auth().oauth2(token).get(pohon);
      return r.statusCode() == 200 && r.asString().contains("\"" + mlarak + "/INDIKATOR/IKU-SKM\"")
          && r.asString().contains("\"" + klakah + "/SASARAN/S1\"");
    });
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token)
        .get("/api/laporan/kecamatan/" + klakah + "/" + TAHUN).then().statusCode(200)
        .body("versi.planVersi", equalTo(2))
        .body("ringkasan.find { it.periode == 2 }.capaian.teks", equalTo("17,81")));

    String operations = DevTokens.sistem("operator.sistem"); // the rebuild is the operations role's (docs/security.md)
    await().atMost(WAIT).until(() -> status(operations).getBoolean("caughtUp"));
    String before = dump();
    String pohonBefore = given().auth().oauth2(token).get(pohon).then().statusCode(200).extract().asString();
    assertThat(pohonBefore).contains("\"" + mlarak + "/SASARAN/S2\"").contains("\"COMPUTED\"");
    assertThat(before).contains("kecamatan_kode=" + klakah + "|").contains("kecamatan_kode=" + mlarak + "|");
    assertThat(before).contains("## fig_rincian").contains(",123.75,");
    String groupBefore = status(operations).getString("group");
    long announcedBefore = announced();

    JsonPath started = given().auth().oauth2(operations).post("/api/admin/proyeksi/rebuild").then().statusCode(202)
        .extract().jsonPath();
    assertThat(started.getString("group")).isNotEqualTo(groupBefore);

    await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> status(operations).getBoolean("caughtUp"));
    String after = dump();
    assertThat(after).isEqualTo(before);
    assertThat(after).contains("## rpjmd_copy").contains("## tautan_copy").contains("versi=2|");
    // The pohon kinerja, built from the copies and figures the rebuild replayed, is the same answer.
    assertThat(given().auth().oauth2(token).get(pohon).then().statusCode(200).extract().asString()).isEqualTo(pohonBefore);
    // The live figures: the replay passed through older states of every figure, but the rebuild reproduced what was
    // announced, so once it has caught up nothing is announced (docs/reporting.md "Live figures (SSE)").
    await().atMost(WAIT).until(() -> !QuarkusTransaction.requiringNew().call(pengumuman::rebuildRunning));
    assertThat(announced()).isEqualTo(announcedBefore);
    given().auth().oauth2(token).get("/api/laporan/kecamatan/" + mlarak + "/" + TAHUN).then().statusCode(200)
        .body("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.teks", equalTo("123,75"));
  }
}
