package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.kinerja.deploy.testing.api.ApiCaller;
import id.kinerja.deploy.testing.api.ApiOperation;
import id.kinerja.deploy.testing.api.RequestFactory;

/**
 * The tenants of the access-control and hostile-input suites: kabupaten K with kecamatan A (Mlarak 2024, every
 * E1/E2/E4/E7 realisasi verified, so every report has figures) and B (the Klakah plan), from the planning and
 * realisasi events the producers publish; kabupaten X exists only in tokens. Created once per test JVM.
 */
final class SecurityFixture {

  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");
  private static SecurityFixture instance;

  final String kabupaten;
  final String kecamatan;
  final String otherKecamatan;
  final ApiCaller.Tenants tenants;
  final List<ApiCaller> callers;
  /** K's webhook receiver (lives as long as the test JVM) and K's webhooks: read and replayed, changed, removed. */
  final WebhookReceiver receiver = new WebhookReceiver();
  final String webhook;
  final String webhookToChange;
  final String pengiriman;
  private String webhookToRemove;

  private SecurityFixture() {
    kabupaten = Fixtures.newKabupaten();
    kecamatan = kabupaten + ".08";
    otherKecamatan = kabupaten + ".14";
    // X: "00.01" is a code Fixtures.newKabupaten never draws (10..98), so it never has data.
    tenants = new ApiCaller.Tenants(kabupaten, kecamatan, otherKecamatan, "00.01", "00.01.01");
    callers = ApiCaller.standard(tenants);
    ReportingApiTest.plan(kabupaten, kecamatan, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kabupaten, kecamatan);
    Fixtures.kecamatanRegistered(kabupaten, otherKecamatan, "Klakah", T0);
    Fixtures.rencanaKlakah(kabupaten, otherKecamatan, 1, T0.plusSeconds(60));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kabupaten))
        .get(ReportingApiTest.laporan(otherKecamatan)).then().statusCode(200));
    // The cascade of K (issue #19): its RPJMD (sasaran S1.1 of the OpenAPI examples) and A's links to it.
    Fixtures.rpjmd(kabupaten, 1, T0.plusSeconds(120));
    Fixtures.tautanKinerja(kabupaten, kecamatan, 1, T0.plusSeconds(130), List.of(
        Fixtures.tautan("TUJUAN", "T1", null, "RPJMD_SASARAN", "S1.1"),
        Fixtures.tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1"),
        Fixtures.tautan("SASARAN", "S2", null, "RPJMD_SASARAN", "S1.2")));
    await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ReportingApiTest.bagian(kabupaten))
        .get("/api/laporan/kecamatan/" + kecamatan + "/" + Fixtures.TAHUN + "/pohon-kinerja").asString()
        .contains("RPJMD/SASARAN/S1.2"));
    // A webhook of K with one delivered reminder (an event no projection reads, so K's figures stay as they are).
    webhook = WebhookTest.register(kabupaten, receiver.url(), "deadline.reminder");
    webhookToChange = WebhookTest.register(kabupaten, receiver.url(), "deadline.reminder");
    Fixtures.send(id.kinerja.common.events.Topics.REALISASI, Fixtures.envelope("realisasi.pengingat.sent", kecamatan,
        "realization-service", Instant.now(), java.util.Map.ofEntries(java.util.Map.entry("kabupatenKode", kabupaten),
            java.util.Map.entry("kecamatanKode", kecamatan), java.util.Map.entry("tahun", Fixtures.TAHUN),
            java.util.Map.entry("triwulan", 2), java.util.Map.entry("jenis", "H-1"), java.util.Map.entry("hariKeTutup", 1),
            java.util.Map.entry("ditutup", "2024-07-10T17:00:00Z"), java.util.Map.entry("selBelumDiisi", 2),
            java.util.Map.entry("menungguVerifikasi", 0), java.util.Map.entry("penerimaJumlah", 2),
            java.util.Map.entry("waktu", Instant.now().toString()))));
    awaitDelivered();
    pengiriman = WebhookTest.deliveries(kabupaten, webhook).getString("items[0].id");
  }

  /** Waits until every delivery of K's webhook has been sent (after a replay). */
  void awaitDelivered() {
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      var d = WebhookTest.deliveries(kabupaten, webhook);
      return d.getInt("total") == 1 && "TERKIRIM".equals(d.getString("items[0].status"));
    });
  }

  /** A webhook of K to remove: the last one, or a new one once it was removed (each allowed caller removes one). */
  synchronized String webhookToRemove() {
    if (webhookToRemove == null || given().auth().oauth2(ReportingApiTest.bagian(kabupaten))
        .get(WebhookTest.webhooks(kabupaten) + "/" + webhookToRemove).statusCode() == 404) {
      webhookToRemove = WebhookTest.register(kabupaten, receiver.url(), "realisasi.approved");
    }
    return webhookToRemove;
  }

  static synchronized SecurityFixture get() {
    if (instance == null) {
      instance = new SecurityFixture();
    }
    return instance;
  }

  static final String WEBHOOK = "/api/kabupaten/{kabupatenKode}/webhook";
  static final String REPLAY = WEBHOOK + "/{id}/pengiriman/{pengirimanId}/kirim-ulang";

  static final String LANGSUNG_KABUPATEN = "GET /api/laporan/kabupaten/{kabupaten}/langsung";
  static final String LANGSUNG_KECAMATAN = "GET /api/laporan/kecamatan/{kecamatan}/langsung";

  /**
   * Valid requests on A's and K's figures of 2024: the OpenAPI examples relocated to K and A. The live streams are
   * asked to end after "siap" (tunggu=0), so that each answer is complete.
   */
  RequestFactory requests() {
    return new RequestFactory()
        .relocate("35.02.14", kecamatan).relocate("35.02.08", kecamatan).relocate("35.02", kabupaten)
        .path("tahun", () -> String.valueOf(Fixtures.TAHUN))
        .path("GET " + WEBHOOK + "/{id}", "id", () -> webhook)
        .path("PUT " + WEBHOOK + "/{id}", "id", () -> webhookToChange)
        .path("DELETE " + WEBHOOK + "/{id}", "id", this::webhookToRemove)
        .path("GET " + WEBHOOK + "/{id}/pengiriman", "id", () -> webhook)
        .path("POST " + REPLAY, "id", () -> webhook)
        .path("POST " + REPLAY, "pengirimanId", () -> pengiriman)
        .query(LANGSUNG_KABUPATEN, "tunggu", () -> "0")
        .query(LANGSUNG_KECAMATAN, "tunggu", () -> "0");
  }

  /** A token of A or K that the operation allows (Bagian Organisasi first: it reads everything of the kabupaten). */
  String tokenFor(ApiOperation op) {
    for (String role : List.of("bagian-organisasi", "planner", "pimpinan", "operator", "verifier", "operator-sistem")) {
      if (op.roles().contains(role)) {
        return ApiCaller.own(callers, role).token();
      }
    }
    throw new IllegalStateException(op.key() + " allows no role");
  }

  /** Waits until the projection consumer has applied every event (after a rebuild). */
  void awaitCaughtUp() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
        .oauth2(ReportingApiTest.sistem()).get("/api/admin/proyeksi").then().statusCode(200).extract().jsonPath()
        .getBoolean("caughtUp"));
  }
}
