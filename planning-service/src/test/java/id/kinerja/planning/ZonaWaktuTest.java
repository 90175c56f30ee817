package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.events;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.relocate;
import static id.kinerja.planning.PlanningTestSupport.resource;
import static id.kinerja.planning.PlanningTestSupport.tree;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.events.PlanningEvents;
import id.kinerja.planning.service.KabupatenZoneCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Each kabupaten keeps its time zone (WIB, WITA, WIT): its jadwal is entered as local dates or date-times with offset
 * and answered in it, "until 10 Juli" closes when 11 Juli begins there, and texts name the local time.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ZonaWaktuTest {

  /** Kabupaten codes 01–09 of a province are used by no other test (theirs are 10–98). */
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Inject
  KabupatenZoneCache zones;

  private static String kabupatenIn(String provinsi) {
    return provinsi + ".0" + (SEQ.incrementAndGet() % 9 + 1);
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static String settings(String zona) {
    return "{\"nama\": \"Kabupaten Uji\", \"negativeFormulaDefault\": \"TWO_T_MINUS_R\", \"overallMode\": \"IKU\""
        + (zona == null ? "" : ", \"zonaWaktu\": \"" + zona + "\"") + "}";
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({ "35, WIB, +07:00", "73, WITA, +08:00", "91, WIT, +09:00" })
  void aNewKabupatenTakesItsProvincesZoneAndAnswersInIt(String provinsi, ZonaWaktu zona, String offset) {
    String kab = kabupatenIn(provinsi);
    as(planner(kab)).body(settings(null)).put("/api/kabupaten/" + kab).then().statusCode(200)
        .body("zonaWaktu", equalTo(zona.name())).body("updatedAt", endsWith(offset));
    as(planner(kab)).get("/api/kabupaten/" + kab).then().statusCode(200)
        .body("zonaWaktu", equalTo(zona.name())).body("updatedAt", endsWith(offset));
    assertThat(zones.zonaWaktu(kab)).contains(zona);

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.KABUPATEN_CONFIGURED).size() == 1);
    assertThat(events(kab, PlanningEvents.KABUPATEN_CONFIGURED).get(0).payload().get("zonaWaktu").asText())
        .isEqualTo(zona.name());
  }

  @Test
  void aZoneNamedIsKeptUntilAnotherIsNamed() {
    String kab = kabupatenIn("35");
    String url = "/api/kabupaten/" + kab;
    as(planner(kab)).body(settings("WITA")).put(url).then().statusCode(200).body("zonaWaktu", equalTo("WITA"))
        .body("updatedAt", endsWith("+08:00"));
    // A change that names no zone keeps the kabupaten's (a portal written before zones existed changes nothing).
    as(planner(kab)).header("If-Match", "\"1\"").body(settings(null).replace("Kabupaten Uji", "Kabupaten Uji Baru")).put(url)
        .then().statusCode(200).header("ETag", "\"2\"").body("zonaWaktu", equalTo("WITA"));
    as(planner(kab)).header("If-Match", "\"2\"").body(settings("WIB").replace("Kabupaten Uji", "Kabupaten Uji Baru")).put(url)
        .then().statusCode(200).header("ETag", "\"3\"").body("zonaWaktu", equalTo("WIB")).body("updatedAt", endsWith("+07:00"));
    // Only the three zones exist.
    as(planner(kab)).header("If-Match", "\"3\"").body(settings("UTC")).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("zonaWaktu"));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.KABUPATEN_CONFIGURED).size() == 3);
    assertThat(events(kab, PlanningEvents.KABUPATEN_CONFIGURED)).extracting(e -> e.payload().get("zonaWaktu").asText())
        .containsExactly("WITA", "WITA", "WIB");
  }

  @ParameterizedTest(name = "{0}: until 10 Juli closes at 2024-07-11T00:00:00{2}")
  @CsvSource({ "35, WIB, +07:00, 2024-07-10T17:00:00Z", "73, WITA, +08:00, 2024-07-10T16:00:00Z",
      "91, WIT, +09:00, 2024-07-10T15:00:00Z" })
  void aJadwalEnteredAsLocalDatesOpensAndClosesWithTheLocalDay(String provinsi, ZonaWaktu zona, String offset, String closes) {
    String kab = kabupatenIn(provinsi);
    as(planner(kab)).body(settings(null)).put("/api/kabupaten/" + kab).then().statusCode(200);
    String url = "/api/kabupaten/" + kab + "/jadwal/2024/2";
    as(planner(kab)).body("{\"inputDibuka\": \"2024-07-01\", \"inputDitutup\": \"2024-07-10\", \"verifikasiDitutup\": \"2024-07-19\"}")
        .put(url).then().statusCode(200).header("ETag", "\"1\"")
        .body("zonaWaktu", equalTo(zona.name()))
        .body("inputDibuka", equalTo("2024-07-01T00:00:00" + offset))
        .body("inputDitutup", equalTo("2024-07-11T00:00:00" + offset))
        .body("inputDitutupTanggal", equalTo("2024-07-10"))
        .body("verifikasiDitutup", equalTo("2024-07-20T00:00:00" + offset))
        .body("verifikasiDitutupTanggal", equalTo("2024-07-19"));
    as(DevTokens.kabupaten("pimpinan." + kab, "pimpinan", kab)).get("/api/kabupaten/" + kab + "/jadwal?tahun=2024").then()
        .statusCode(200).body("items[0].inputDitutup", equalTo("2024-07-11T00:00:00" + offset));

    // Events carry instants: the end of 10 Juli in the kabupaten.
    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.JADWAL_PUBLISHED).size() == 1);
    JsonNode published = events(kab, PlanningEvents.JADWAL_PUBLISHED).get(0).payload();
    assertThat(Instant.parse(published.get("inputDitutup").asText())).isEqualTo(Instant.parse(closes));

    // A reopening must end after the closing: not at the closing minute, one minute later is enough. The refusal
    // names the closing as the kabupaten reads it.
    String bagor = DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);
    String atClosing = "{\"sampai\": \"2024-07-11T00:00:00" + offset + "\", \"alasan\": \"Jaringan terputus\"}";
    as(bagor).header("If-Match", "\"1\"").body(atClosing).post(url + "/perpanjangan").then().statusCode(400)
        .body("errors[0].field", equalTo("sampai")).body("errors[0].rule", equalTo("must-be-after-close"))
        .body("errors[0].message", equalTo("perpanjangan harus berakhir sesudah pengisian ditutup (10 Juli 2024 pukul 24.00 "
            + zona.name() + ")"));
    as(bagor).header("If-Match", "\"1\"").header("Accept-Language", "en").body(atClosing.replace("2024-07-11T00:00:00" + offset,
        "2024-07-10")).post(url + "/perpanjangan").then().statusCode(400).header("Content-Language", "en")
        .body("errors[0].rule", equalTo("must-be-after-close"))
        .body("errors[0].message", equalTo("a reopening ends after entry closed (10 July 2024 at 24:00 " + zona.name() + ")"));
    as(bagor).header("If-Match", "\"1\"").body(atClosing.replace("T00:00:00", "T00:01:00")).post(url + "/perpanjangan")
        .then().statusCode(200).header("ETag", "\"2\"")
        .body("perpanjangan[0].sampai", equalTo("2024-07-11T00:01:00" + offset))
        .body("perpanjangan[0].sampaiTanggal", equalTo("2024-07-11"))
        .body("perpanjangan[0].kecamatanKode", nullValue());
  }

  @Test
  void theRefusalOfAWitaKabupatenNamesItsLocalClosingTime() {
    String kab = kabupatenIn("73");
    as(planner(kab)).body(settings(null)).put("/api/kabupaten/" + kab).then().statusCode(200);
    String url = "/api/kabupaten/" + kab + "/jadwal/2024/3";
    as(planner(kab)).body("{\"inputDibuka\": \"2024-10-11\", \"inputDitutup\": \"2024-07-10\"}").put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("inputDitutup")).body("errors[0].rule", equalTo("opens-before-closes"))
        .body("errors[0].message", equalTo("pengisian ditutup (10 Juli 2024 pukul 24.00 WITA) pada saat atau sebelum dibuka"
            + " (10 Oktober 2024 pukul 24.00 WITA)"));
    as(planner(kab)).body("{\"inputDibuka\": \"1 Juli\", \"inputDitutup\": \"2024-07-10T24:00\"}").put(url).then()
        .statusCode(400).body("errors.field", hasSize(2)).body("errors[0].rule", equalTo("must-be-date-or-date-time"))
        .body("errors[1].field", equalTo("inputDitutup"));
    as(planner(kab)).get(url).then().statusCode(404);
  }

  @Test
  void aSecondReopeningOfTheSameKecamatanReplacesTheFirst() {
    String kab = kabupatenIn("91");
    String kec = kab + ".10";
    String other = kab + ".11";
    as(planner(kab)).body(settings(null)).put("/api/kabupaten/" + kab).then().statusCode(200);
    for (String k : List.of(kec, other)) {
      as(planner(kab)).body("""
          {"kode": "%1$s", "nama": "Distrik %1$s", "desa": [{"kode": "%1$s.2001", "nama": "Kampung", "jenis": "DESA"}],
           "pejabat": [{"nip": "197906081998021001", "nama": "Yohanes", "jabatan": "Kepala Distrik", "peran": "CAMAT"}]}"""
          .formatted(k)).put("/api/kecamatan/" + k).then().statusCode(200);
    }
    String url = "/api/kabupaten/" + kab + "/jadwal/2024/2";
    as(planner(kab)).body("{\"inputDibuka\": \"2024-07-01\", \"inputDitutup\": \"2024-07-10\"}").put(url).then().statusCode(200);
    String bagor = DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);
    String reopen = "{\"kecamatanKode\": \"%s\", \"sampai\": \"%s\", \"alasan\": \"%s\"}";
    as(bagor).header("If-Match", "\"1\"").body(reopen.formatted(kec, "2024-07-14", "Banjir")).post(url + "/perpanjangan")
        .then().statusCode(200).body("perpanjangan", hasSize(1));
    as(bagor).header("If-Match", "\"2\"").body(reopen.formatted(other, "2024-07-12", "Listrik padam")).post(url + "/perpanjangan")
        .then().statusCode(200).body("perpanjangan", hasSize(2));
    // The second reopening of the first kecamatan takes the place of its first: one entry, the new end and reason.
    as(bagor).header("If-Match", "\"3\"").body(reopen.formatted(kec, "2024-07-16", "Banjir susulan")).post(url + "/perpanjangan")
        .then().statusCode(200).header("ETag", "\"4\"").body("perpanjangan", hasSize(2))
        .body("perpanjangan[0].kecamatanKode", equalTo(kec))
        .body("perpanjangan[0].sampai", equalTo("2024-07-17T00:00:00+09:00"))
        .body("perpanjangan[0].sampaiTanggal", equalTo("2024-07-16"))
        .body("perpanjangan[0].alasan", equalTo("Banjir susulan"))
        .body("perpanjangan[1].kecamatanKode", equalTo(other));
    // The same for a reopening of every kecamatan.
    String all = "{\"sampai\": \"%s\", \"alasan\": \"Libur nasional\"}";
    as(bagor).header("If-Match", "\"4\"").body(all.formatted("2024-07-13")).post(url + "/perpanjangan").then().statusCode(200)
        .body("perpanjangan", hasSize(3));
    as(bagor).header("If-Match", "\"5\"").body(all.formatted("2024-07-15")).post(url + "/perpanjangan").then().statusCode(200)
        .body("perpanjangan", hasSize(3)).body("perpanjangan[2].kecamatanKode", nullValue())
        .body("perpanjangan[2].sampaiTanggal", equalTo("2024-07-15"));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.JADWAL_PUBLISHED).size() == 6);
    List<EventEnvelope> published = events(kab, PlanningEvents.JADWAL_PUBLISHED);
    JsonNode third = published.get(3).payload();
    assertThat(third.get("versi").asInt()).isEqualTo(4);
    assertThat(third.get("perpanjangan").findValuesAsText("kecamatanKode")).containsExactly(kec, other);
    assertThat(Instant.parse(third.get("perpanjangan").get(0).get("sampai").asText()))
        .isEqualTo(Instant.parse("2024-07-16T15:00:00Z"));
    JsonNode last = published.get(5).payload();
    assertThat(last.get("perpanjangan")).hasSize(3);
    assertThat(last.get("perpanjangan").get(2).get("kecamatanKode").isNull()).isTrue();
    assertThat(Instant.parse(last.get("perpanjangan").get(2).get("sampai").asText()))
        .isEqualTo(Instant.parse("2024-07-15T15:00:00Z"));
  }

  @Test
  void thePlanDocumentCarriesTheZoneAndItsJadwalIsReadInIt() {
    String kab = kabupatenIn("73");
    String kec = kab + ".14";
    ObjectNode doc = (ObjectNode) tree(relocate(resource(RencanaImportTest.FIXTURE), "35.02", kab));
    // Without a zone, a new kabupaten takes its province's; the jadwal as local dates of it.
    ((ObjectNode) doc.get("kabupaten")).remove("zonaWaktu");
    ObjectNode tw2 = (ObjectNode) doc.get("jadwal").get(1);
    tw2.put("inputDibuka", "2024-07-01").put("inputDitutup", "2024-07-10");
    as(planner(kab)).body(doc.toString()).post("/api/rencana-import").then().statusCode(200).body("berubah", equalTo(true));
    String exported = as(planner(kab)).queryParam("tahun", 2024).get("/api/kecamatan/" + kec + "/rencana-export").then()
        .statusCode(200).body("kabupaten.zonaWaktu", equalTo("WITA"))
        .body("jadwal[1].inputDibuka", equalTo("2024-07-01T00:00:00+08:00"))
        .body("jadwal[1].inputDitutup", equalTo("2024-07-11T00:00:00+08:00"))
        .extract().asString();
    // Both forms describe the same plan: importing the export, or the document again, changes nothing.
    as(planner(kab)).body(exported).post("/api/rencana-import").then().statusCode(200).body("berubah", equalTo(false));
    as(planner(kab)).body(doc.toString()).post("/api/rencana-import").then().statusCode(200).body("berubah", equalTo(false));

    // A document naming another zone moves the kabupaten to it, and its dates are days of that zone: the window the
    // dates describe moves with it, a window given as date-times stays the same instants (now read in WIT).
    ((ObjectNode) doc.get("kabupaten")).put("zonaWaktu", "WIT");
    as(planner(kab)).body(doc.toString()).post("/api/rencana-import").then().statusCode(200).body("berubah", equalTo(true));
    as(planner(kab)).get("/api/kabupaten/" + kab).then().body("zonaWaktu", equalTo("WIT")).body("konfigurasiVersi", equalTo(2));
    as(planner(kab)).get("/api/kabupaten/" + kab + "/jadwal/2024/2").then().statusCode(200)
        .body("inputDitutup", equalTo("2024-07-11T00:00:00+09:00")).body("versi", equalTo(2));
    as(planner(kab)).get("/api/kabupaten/" + kab + "/jadwal/2024/1").then().statusCode(200)
        .body("inputDitutup", equalTo("2024-04-11T09:00:00+09:00")).body("versi", equalTo(1));
  }

  @Test
  void kabupatenStoredBeforeZonesGotTheirProvincesZoneByTheSameRule() {
    for (int p = 0; p <= 99; p++) {
      String kode = String.format("%02d.01", p);
      String sql = QuarkusTransaction.requiringNew().call(() -> (String) Kabupaten.getEntityManager()
          .createNativeQuery("select zona_waktu_provinsi(?1)").setParameter(1, kode).getSingleResult());
      assertThat(sql).as(kode).isEqualTo(ZonaWaktu.ofProvinsi(kode).name());
    }
  }
}
