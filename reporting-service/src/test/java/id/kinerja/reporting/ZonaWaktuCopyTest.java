package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.inbox.InboxStore;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.events.ProjectionHandler;
import id.kinerja.reporting.service.KabupatenZoneCache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The kabupaten copy keeps the zone of planning.kabupaten.configured (an event without it: the province's), and the
 * answers about that kabupaten's kecamatan write their times with its offset.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ZonaWaktuCopyTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");

  @Inject
  KabupatenZoneCache zones;

  @Inject
  InboxStore inbox;

  /** A fresh kabupaten code in the given provinces (91–94 Papua: WIT; 73–76 Sulawesi: WITA). */
  private static String kabupatenIn(int firstProvinsi) {
    return Fixtures.newKabupatenIn(firstProvinsi, 4);
  }

  private static EventEnvelope configured(String kab, int versi, String zona, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kab);
    p.put("nama", "Kabupaten " + kab);
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", null);
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", versi);
    if (zona != null) {
      p.put("zonaWaktu", zona);
    }
    return Fixtures.planning("planning.kabupaten.configured", kab, at, p);
  }

  @Test
  void theReportOfAWitKabupatenIsWrittenInWit() {
    String kab = kabupatenIn(91);
    String kec = kab + ".08";
    configured(kab, 1, "WIT", T0);
    Fixtures.skalaPonorogo(kab, 1, T0);
    Fixtures.kecamatanRegistered(kab, kec, "Distrik Uji", T0);
    Fixtures.rencanaMlarak(kab, kec, 1, T0.plusSeconds(60));
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kab))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200).body("versi.konfigurasiVersi", equalTo(1)));
    assertThat(zones.zonaWaktu(kab)).contains(ZonaWaktu.WIT);

    JsonPath r = given().auth().oauth2(ReportingApiTest.bagian(kab)).get(ReportingApiTest.laporan(kec)).then().statusCode(200)
        .body("dihitung.asOf", endsWith("+09:00")).extract().jsonPath();
    // The same instant as the event's occurredAt, written as the kabupaten's clock shows it.
    assertThat(OffsetDateTime.parse(r.getString("dihitung.asOf")).toInstant()).isEqualTo(T0.plusSeconds(60));
    assertThat(r.getString("dihitung.asOf")).isEqualTo("2024-01-05T11:01:00+09:00");
  }

  @Test
  void anOlderEventWithoutAZoneMeansTheProvincesAndANewerOneMayNameAnother() {
    String kab = kabupatenIn(73);
    String kec = kab + ".08";
    assertThat(zones.zonaWaktu(kab)).isEmpty();
    configured(kab, 1, null, T0);
    Fixtures.skalaPonorogo(kab, 1, T0);
    Fixtures.kecamatanRegistered(kab, kec, "Kecamatan Uji", T0);
    Fixtures.rencanaMlarak(kab, kec, 1, T0.plusSeconds(60));
    await().atMost(WAIT).until(() -> zones.zonaWaktu(kab).equals(Optional.of(ZonaWaktu.WITA)));
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kab))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200).body("dihitung.asOf", endsWith("+08:00")));

    configured(kab, 2, "WIB", T0.plusSeconds(120));
    await().atMost(WAIT).until(() -> zones.zonaWaktu(kab).equals(Optional.of(ZonaWaktu.WIB)));
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kab))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200).body("versi.konfigurasiVersi", equalTo(2))
        .body("dihitung.asOf", endsWith("+07:00")));
    // An older version arriving late changes nothing.
    EventEnvelope older = configured(kab, 1, "WIT", T0);
    await().atMost(WAIT).until(() -> inbox.isProcessed(ProjectionHandler.CONSUMER, older.id()));
    assertThat(zones.zonaWaktu(kab)).contains(ZonaWaktu.WIB);
  }
}
