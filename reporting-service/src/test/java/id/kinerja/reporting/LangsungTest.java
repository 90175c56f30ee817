package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.service.Pengumuman;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live figures over the real broker (docs/reporting.md "Live figures (SSE)"): a dashboard connected to its
 * kabupaten's stream receives the recalculated figure of a realisasi it did not enter (the test plays
 * realization-service's events), resumes after a disconnect with Last-Event-ID receiving exactly the announcements it
 * missed, then live ones; a kecamatan stream gets only its kecamatan, another kabupaten's stream nothing of it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class LangsungTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");

  @Inject
  Pengumuman pengumuman;

  private static Predicate<SseClient.Event> angkaOf(String kecamatan) {
    return e -> e.event().equals("angka") && kecamatan.equals(e.json().path("kecamatanKode").asText());
  }

  private static final Predicate<SseClient.Event> SIAP = e -> e.event().equals("siap");

  /** The summary of one view and periode in an announcement. */
  private static JsonNode ringkasan(SseClient.Event e, String tampilan, int periode) {
    for (JsonNode n : e.json().path("ringkasan")) {
      if (n.path("tampilan").asText().equals(tampilan) && n.path("periode").asInt() == periode) {
        return n;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private List<Long> logged(String kabupaten, long after) {
    return QuarkusTransaction.requiringNew().call(() -> pengumuman.after(after, kabupaten, null, 500)).stream()
        .map(Pengumuman.Logged::id).toList();
  }

  @Test
  void aDashboardSeesAVerifiedValueBecomeACapaianAndResumesWithoutMissingOne() {
    String kab = Fixtures.newKabupaten();
    String mlarak = kab + ".08";
    String klakah = kab + ".14";
    String other;
    do {
      other = Fixtures.newKabupaten();
    } while (other.equals(kab));
    ReportingApiTest.plan(kab, mlarak, "Mlarak", false);
    Fixtures.kecamatanRegistered(kab, klakah, "Klakah", T0);
    Fixtures.rencanaKlakah(kab, klakah, 1, T0.plusSeconds(60));
    String bagian = ReportingApiTest.bagian(kab);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(bagian).get(ReportingApiTest.laporan(klakah))
        .then().statusCode(200));
    String kabStream = "/api/laporan/kabupaten/" + kab + "/langsung";

    long last;
    try (SseClient dashboard = SseClient.open(kabStream, bagian, null);
        SseClient klakahOperator = SseClient.open("/api/laporan/kecamatan/" + klakah + "/langsung",
            ReportingApiTest.operator(kab, klakah), null);
        SseClient otherKabupaten = SseClient.open("/api/laporan/kabupaten/" + other + "/langsung",
            ReportingApiTest.bagian(other), null)) {
      assertThat(dashboard.status).isEqualTo(200);
      assertThat(dashboard.contentType).startsWith("text/event-stream");
      long start = dashboard.next(SIAP, WAIT).number();
      klakahOperator.next(SIAP, WAIT);
      otherKabupaten.next(SIAP, WAIT);

      // The verifier of Mlarak verifies the SKM of TW IV (realization-service's event): the dashboard sees the capaian.
      Fixtures.indikator(kab, mlarak, 4, "IKU-SKM", 1, 1, "VERIFIED", "99", Instant.parse("2025-01-10T03:00:00Z"));
      SseClient.Event angka = dashboard.next(angkaOf(mlarak).and(e -> ringkasan(e, "OFFICIAL", 0)
          .path("capaianKumulatif").path("status").asText().equals("COMPUTED")), WAIT);
      JsonNode isi = angka.json();
      assertThat(angka.number()).isGreaterThan(start).isEqualTo(isi.path("id").asLong());
      assertThat(isi.path("kabupatenKode").asText()).isEqualTo(kab);
      assertThat(isi.path("tahun").asInt()).isEqualTo(Fixtures.TAHUN);
      assertThat(isi.path("dihapus").asBoolean()).isFalse();
      // Times with the kabupaten's offset, as the report writes them.
      var report = ReportingApiTest.report(bagian, mlarak, "OFFICIAL");
      assertThat(isi.path("asOf").asText()).isEqualTo(report.getString("dihitung.asOf"));
      String offset = report.getString("dihitung.asOf").substring(19);
      assertThat(isi.path("pada").asText()).endsWith(offset);
      String shown = report.getString("ringkasan.find { it.periode == 0 }.capaianKumulatif.teks");
      assertThat(ringkasan(angka, "OFFICIAL", 0).path("capaianKumulatif").path("teks").asText()).isEqualTo(shown);
      JsonNode change = null;
      for (JsonNode c : isi.path("perubahan")) {
        if (c.path("tampilan").asText().equals("OFFICIAL") && c.path("periode").asInt() == 0
            && c.path("angka").asText().equals("capaianKumulatif")) {
          change = c;
        }
      }
      assertThat(change).as("the change of the year's capaian").isNotNull();
      assertThat(change.path("lama").path("status").asText()).isEqualTo("NOT_REPORTED");
      assertThat(change.path("baru").path("teks").asText()).isEqualTo(shown);
      assertThat(isi.path("kelompok").toString()).contains("{\"tampilan\":\"OFFICIAL\",\"periode\":4}");
      last = angka.number();
      await().atMost(WAIT).until(() -> logged(kab, 0).contains(angka.number()));
      dashboard.close();

      // While the dashboard is away: the IDM and a budget line of Mlarak and a Klakah indicator are verified.
      Instant later = Instant.parse("2025-01-11T03:00:00Z");
      Fixtures.komponen(kab, mlarak, 4, "IKU-IDM", 1, 1, "VERIFIED", 15, 15, later);
      Fixtures.anggaranRealisasi(kab, mlarak, 4, "7.01.02.2.01.0001", 1, 1, "VERIFIED", 49_973_200L, later);
      Fixtures.indikator(kab, klakah, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", later);
      await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(bagian).get(ReportingApiTest.laporan(mlarak))
          .then().statusCode(200).body("ringkasan.find { it.periode == 0 }.cakupan.dilaporkan", equalTo(2))
          .body("ringkasan.find { it.periode == 0 }.serapanKumulatif.status", equalTo("COMPUTED")));
      SseClient.Event klakahAngka = klakahOperator.next(angkaOf(klakah), WAIT);
      List<Long> missed = logged(kab, last);
      assertThat(missed).contains(klakahAngka.number()).hasSizeGreaterThanOrEqualTo(2);

      // Resumed with Last-Event-ID: exactly the announcements missed, in order, then "siap", then live ones.
      try (SseClient resumed = SseClient.open(kabStream, bagian, Long.toString(last))) {
        long ready = resumed.next(SIAP, WAIT).number();
        List<Long> replayed = resumed.received().stream().filter(e -> e.event().equals("angka"))
            .map(SseClient.Event::number).toList();
        assertThat(replayed).containsExactlyElementsOf(missed);
        assertThat(ready).isGreaterThanOrEqualTo(missed.get(missed.size() - 1));
        Fixtures.indikator(kab, mlarak, 4, "TRANTIB-KASUS", 1, 1, "VERIFIED", "0", Instant.parse("2025-01-12T03:00:00Z"));
        SseClient.Event live = resumed.next(angkaOf(mlarak), WAIT);
        assertThat(live.number()).isGreaterThan(ready);
        List<Long> ids = resumed.received().stream().filter(e -> e.event().equals("angka"))
            .map(SseClient.Event::number).toList();
        assertThat(new HashSet<>(ids)).as("no duplicates").hasSameSizeAs(ids);
        assertThat(ids).isSorted();
      }

      // The kecamatan stream carried Klakah's announcements only; the other kabupaten's stream none of K's.
      assertThat(klakahOperator.received()).filteredOn(e -> e.event().equals("angka")).isNotEmpty()
          .allMatch(e -> e.json().path("kecamatanKode").asText().equals(klakah));
      assertThat(otherKabupaten.received()).noneMatch(e -> e.event().equals("angka"));
      // Idle streams get a comment line every heartbeat (1 s in tests).
      await().atMost(WAIT).until(() -> otherKabupaten.comments() > 0);
    }

    // sejak, for clients that cannot set a header; tunggu=0 ends the stream after "siap".
    List<Long> since = logged(kab, last);
    try (SseClient polled = SseClient.open(kabStream + "?sejak=" + last + "&tunggu=0", bagian, null)) {
      polled.next(SIAP, WAIT);
      await().atMost(WAIT).until(polled::ended);
      assertThat(polled.received().stream().filter(e -> e.event().equals("angka")).map(SseClient.Event::number).toList())
          .containsExactlyElementsOf(since);
    }
    // A number the log never gave (or no longer keeps): "reset", with the position to follow from.
    long position = QuarkusTransaction.requiringNew().call(() -> pengumuman.posisi().terakhir());
    try (SseClient reset = SseClient.open(kabStream + "?tunggu=0", bagian, Long.toString(position + 1_000_000))) {
      SseClient.Event e = reset.next(x -> x.event().equals("reset"), WAIT);
      assertThat(e.number()).isGreaterThanOrEqualTo(position);
      assertThat(e.json().path("pesan").asText()).contains("muat ulang laporan");
      reset.next(SIAP, WAIT);
    }
  }

  @Test
  void theStreamsHaveTheReportsAccessRules() {
    String kab = Fixtures.newKabupaten();
    String mlarak = kab + ".08";
    ReportingApiTest.plan(kab, mlarak, "Mlarak", false);
    String kabStream = "/api/laporan/kabupaten/" + kab + "/langsung";
    String kecStream = "/api/laporan/kecamatan/" + mlarak + "/langsung";
    // The konsolidasi's readers only: a kecamatan role may not follow the whole kabupaten.
    given().auth().oauth2(ReportingApiTest.operator(kab, mlarak)).accept("text/event-stream").get(kabStream)
        .then().statusCode(403).contentType("application/problem+json");
    // Another kecamatan's operator: 403; another kabupaten: invisible.
    given().auth().oauth2(ReportingApiTest.operator(kab, kab + ".14")).accept("text/event-stream").get(kecStream)
        .then().statusCode(403).contentType("application/problem+json");
    String x = DevTokens.kabupaten("bagor.x", "bagian-organisasi", "00.01");
    given().auth().oauth2(x).accept("text/event-stream").get(kabStream).then().statusCode(404);
    given().auth().oauth2(x).accept("text/event-stream").get(kecStream).then().statusCode(404);
    given().accept("text/event-stream").get(kecStream).then().statusCode(401);
    // The kecamatan's own operator follows it.
    try (SseClient own = SseClient.open(kecStream + "?tunggu=0", ReportingApiTest.operator(kab, mlarak), null)) {
      assertThat(own.status).isEqualTo(200);
      own.next(SIAP, WAIT);
    }
    // A Last-Event-ID that is not a number: 400 naming the header.
    given().auth().oauth2(ReportingApiTest.bagian(kab)).accept("text/event-stream").header("Last-Event-ID", "abc")
        .get(kabStream).then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("Last-Event-ID"));
  }
}
