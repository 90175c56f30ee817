package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.domain.webhook.WebhookSignature;
import id.kinerja.reporting.service.AngkaBerubah;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The portal's webhooks end to end (issue #17): events published to the real broker (and the recalculation's
 * AngkaBerubah) become signed deliveries that a receiver in the test gets — only the registering kabupaten's, only the
 * kinds it chose, once per event — and a failing receiver gets retries and then a recorded failure that Bagian
 * Organisasi can replay. Test settings: 3 attempts, backoff from 200 ms, read timeout 2 s.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class WebhookTest {

  private static final String RAHASIA = "rahasia-portal-uji-0123456789-abcdefghij";
  private static final List<WebhookReceiver> RECEIVERS = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Inject
  id.kinerja.common.inbox.InboxStore inbox;

  @Inject
  Event<AngkaBerubah> angkaBerubah;

  @AfterAll
  static void stopReceivers() {
    RECEIVERS.forEach(WebhookReceiver::close);
  }

  static WebhookReceiver receiver() {
    WebhookReceiver r = new WebhookReceiver();
    RECEIVERS.add(r);
    return r;
  }

  static String planner(String kab) {
    return DevTokens.kabupaten("perencana." + kab, "planner", kab);
  }

  static String webhooks(String kab) {
    return "/api/kabupaten/" + kab + "/webhook";
  }

  /** Registers a webhook of the kabupaten (as its planner) and answers its id. */
  static String register(String kab, String url, String... jenis) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("url", url);
    body.put("rahasia", RAHASIA);
    body.put("jenis", List.of(jenis));
    body.put("aktif", true);
    return given().auth().oauth2(planner(kab)).contentType(ContentType.JSON).body(CanonicalJson.write(body))
        .post(webhooks(kab)).then().statusCode(201).extract().jsonPath().getString("id");
  }

  static JsonPath deliveries(String kab, String webhookId) {
    return given().auth().oauth2(ReportingApiTest.bagian(kab)).get(webhooks(kab) + "/" + webhookId + "/pengiriman")
        .then().statusCode(200).extract().jsonPath();
  }

  static EventEnvelope submitted(String kab, String kec, String status) {
    return Fixtures.indikator(kab, kec, 2, "IKU-SKM", 1, status.equals("SUBMITTED") ? 1 : 2, status, "99.50", Instant.now());
  }

  /** The receiver got a correctly signed request whose id header is the body's id. */
  static JsonNode verified(WebhookReceiver.Received r) {
    long timestamp = Long.parseLong(r.header("Kinerja-Webhook-Timestamp"));
    assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
    assertThat(r.header("Kinerja-Webhook-Signature")).startsWith("v1=");
    assertThat(WebhookSignature.verify(RAHASIA, timestamp, r.body(), r.header("Kinerja-Webhook-Signature")))
        .as("signature of " + r.body()).isTrue();
    // An independent HMAC, as a receiver following docs/reporting.md writes it.
    assertThat(r.header("Kinerja-Webhook-Signature")).isEqualTo("v1=" + hmac(RAHASIA, timestamp + "." + r.body()));
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode body = EventEnvelope.tree(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(body.path("id").asText()).isEqualTo(r.header("Kinerja-Webhook-Id"));
    assertThat(body.path("jenis").asText()).isEqualTo(r.header("Kinerja-Webhook-Jenis"));
    return body;
  }

  private static String hmac(String key, String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRealisasiEventReachesOnlyItsKabupatensSubscribedWebhooksSigned() throws Exception {
    String k = Fixtures.newKabupaten();
    String l = Fixtures.newKabupaten();
    WebhookReceiver kAll = receiver();
    WebhookReceiver kApproved = receiver();
    WebhookReceiver lAll = receiver();
    String kAllId = register(k, kAll.url(), "realisasi.submitted", "realisasi.approved");
    register(k, kApproved.url(), "realisasi.approved");
    register(l, lAll.url(), "realisasi.submitted", "realisasi.approved");

    EventEnvelope e = submitted(k, k + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> kAll.received.size() == 1);
    JsonNode body = verified(kAll.received.get(0));
    assertThat(body.path("jenis").asText()).isEqualTo("realisasi.submitted");
    assertThat(body.path("kabupatenKode").asText()).isEqualTo(k);
    assertThat(body.path("kecamatanKode").asText()).isEqualTo(k + ".08");
    String offset = ZonaWaktu.ofProvinsi(k).offset();
    assertThat(body.path("terjadi").asText()).endsWith(offset)
        .isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.occurredAt().atZone(ZonaWaktu.ofProvinsi(k).zone())));
    assertThat(body.path("data").path("objek").asText()).isEqualTo("INDIKATOR");
    assertThat(body.path("data").path("indikatorKode").asText()).isEqualTo("IKU-SKM");
    assertThat(body.path("data").path("nilai").decimalValue()).isEqualByComparingTo("99.50");
    assertThat(body.path("data").path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(body.path("data").has("oleh")).as("no user names or addresses").isFalse();

    // The approval reaches both of K's webhooks; L's webhook still has nothing of K.
    submitted(k, k + ".08", "APPROVED");
    await().atMost(Duration.ofSeconds(20)).until(() -> kAll.received.size() == 2 && kApproved.received.size() == 1);
    assertThat(verified(kApproved.received.get(0)).path("jenis").asText()).isEqualTo("realisasi.approved");
    assertThat(kApproved.received.get(0).header("Kinerja-Webhook-Id")).isNotEqualTo(kAll.received.get(1).header("Kinerja-Webhook-Id"));
    // L's own event shows its consumer is past K's events: L's receiver got only L's.
    submitted(l, l + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> lAll.received.size() == 1);
    Thread.sleep(300);
    assertThat(lAll.received).hasSize(1);
    assertThat(verified(lAll.received.get(0)).path("kabupatenKode").asText()).isEqualTo(l);
    assertThat(kApproved.received).hasSize(1);

    JsonPath d = deliveries(k, kAllId);
    assertThat(d.getInt("total")).isEqualTo(2);
    assertThat(d.getList("items.status", String.class)).containsOnly("TERKIRIM");
    assertThat(d.getInt("items[1].percobaan[0].statusKode")).isEqualTo(200);
    assertThat(d.getString("items[1].percobaan[0].jawaban")).isEqualTo("{\"diterima\":true}");
    assertThat(d.getString("items[1].sumber")).isEqualTo("event:" + e.id());
    assertThat(d.getString("items[1].id")).isEqualTo(kAll.received.get(0).header("Kinerja-Webhook-Id"));
    // Another kabupaten's Bagian Organisasi does not see K's webhook at all.
    given().auth().oauth2(ReportingApiTest.bagian(l)).get(webhooks(k) + "/" + kAllId + "/pengiriman").then().statusCode(404);
    given().auth().oauth2(ReportingApiTest.bagian(l)).get(webhooks(l) + "/" + kAllId).then().statusCode(404);
  }

  /**
   * The webhook consumer passes over the events of kabupaten without an active webhook (no parsing, no inbox row: the
   * cost of the group at a national deadline), and takes them up once a webhook is saved.
   */
  @Test
  void eventsOfAKabupatenWithoutAWebhookLeaveNothingInTheWebhookConsumer() throws Exception {
    String k = Fixtures.newKabupaten();
    String m = Fixtures.newKabupaten();
    WebhookReceiver kr = receiver();
    register(k, kr.url(), "realisasi.submitted");
    EventEnvelope unwatched = submitted(m, m + ".08", "SUBMITTED");
    EventEnvelope watched = submitted(k, k + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> kr.received.size() == 1
        && inbox.isProcessed(id.kinerja.reporting.events.ProjectionHandler.CONSUMER, unwatched.id()));
    Thread.sleep(1000);
    assertThat(inbox.isProcessed(id.kinerja.reporting.events.WebhookHandler.CONSUMER, watched.id())).isTrue();
    assertThat(inbox.isProcessed(id.kinerja.reporting.events.WebhookHandler.CONSUMER, unwatched.id()))
        .as("an event of a kabupaten without webhooks is passed over").isFalse();

    WebhookReceiver mr = receiver();
    register(m, mr.url(), "realisasi.submitted");
    EventEnvelope now = submitted(m, m + ".09", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> mr.received.size() == 1);
    assertThat(verified(mr.received.get(0)).path("kecamatanKode").asText()).isEqualTo(m + ".09");
    assertThat(inbox.isProcessed(id.kinerja.reporting.events.WebhookHandler.CONSUMER, now.id())).isTrue();
  }

  @Test
  void aFailingReceiverGetsRetriesThenARecordedFailureThatCanBeReplayed() {
    String k = Fixtures.newKabupaten();
    WebhookReceiver r = receiver();
    r.status = 500;
    r.answer = "{\"galat\":\"" + "x".repeat(3000) + "\"}";
    String id = register(k, r.url(), "realisasi.returned");
    submitted(k, k + ".08", "RETURNED");

    await().atMost(Duration.ofSeconds(30)).until(() -> "GAGAL".equals(deliveries(k, id).getString("items[0].status")));
    assertThat(r.received).hasSize(3);
    assertThat(r.received.stream().map(x -> x.header("Kinerja-Webhook-Id")).distinct()).hasSize(1);
    r.received.forEach(WebhookTest::verified);
    JsonPath d = deliveries(k, id);
    assertThat(d.getInt("items[0].jumlahPercobaan")).isEqualTo(3);
    assertThat(d.getList("items[0].percobaan.nomor", Integer.class)).containsExactly(1, 2, 3);
    assertThat(d.getList("items[0].percobaan.statusKode", Integer.class)).containsOnly(500);
    assertThat(d.getList("items[0].percobaan.galat", String.class)).containsOnly("status");
    assertThat(d.getString("items[0].percobaan[0].galatKeterangan")).isEqualTo("penerima menjawab dengan status 500");
    assertThat(d.getString("items[0].percobaan[0].jawaban")).hasSize(1024).startsWith("{\"galat\":\"xxx");
    assertThat(d.getString("items[0].selesai")).isNotNull();
    // Backoff: the attempts are spread out (≥ 100 ms, half the first ceiling of 200 ms).
    assertThat(r.received.get(1).at() - r.received.get(0).at()).isGreaterThanOrEqualTo(100);
    assertThat(deliveries(k, id).getInt("total")).isEqualTo(1);
    assertThat(given().auth().oauth2(ReportingApiTest.bagian(k)).queryParam("status", "GAGAL")
        .get(webhooks(k) + "/" + id + "/pengiriman").then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
    assertThat(given().auth().oauth2(ReportingApiTest.bagian(k)).queryParam("status", "TERKIRIM")
        .get(webhooks(k) + "/" + id + "/pengiriman").then().statusCode(200).extract().jsonPath().getInt("total")).isZero();

    // Replay (Bagian Organisasi only): a new series with the same delivery id, now answered.
    String pengiriman = d.getString("items[0].id");
    String replay = webhooks(k) + "/" + id + "/pengiriman/" + pengiriman + "/kirim-ulang";
    given().auth().oauth2(planner(k)).post(replay).then().statusCode(403);
    r.status = 200;
    r.answer = "ok";
    given().auth().oauth2(ReportingApiTest.bagian(k)).post(replay).then().statusCode(202);
    await().atMost(Duration.ofSeconds(20)).until(() -> "TERKIRIM".equals(deliveries(k, id).getString("items[0].status")));
    assertThat(r.received).hasSize(4);
    assertThat(r.received.get(3).header("Kinerja-Webhook-Id")).isEqualTo(pengiriman);
    assertThat(r.received.get(3).body()).isEqualTo(r.received.get(0).body());
    JsonPath after = deliveries(k, id);
    assertThat(after.getInt("items[0].seri")).isEqualTo(2);
    assertThat(after.getList("items[0].percobaan.seri", Integer.class)).containsExactly(1, 1, 1, 2);
    assertThat(after.getInt("items[0].percobaan[3].statusKode")).isEqualTo(200);
    assertThat(after.getString("items[0].percobaan[3].galat")).isNull();
    // A delivery still waiting cannot be replayed; a delivered one can (again).
    given().auth().oauth2(ReportingApiTest.bagian(k)).post(replay).then().statusCode(202);
  }

  @Test
  void aRedeliveredEventIsDeliveredOnce() throws Exception {
    String k = Fixtures.newKabupaten();
    WebhookReceiver r = receiver();
    String id = register(k, r.url(), "realisasi.verified", "realisasi.submitted");
    EventEnvelope e = Fixtures.indikatorEnvelope(k, k + ".08", 2, "IKU-SKM", 1, 2, "VERIFIED", "VERIFIED",
        new java.math.BigDecimal("12.5"), null, null, Instant.now());
    Fixtures.send(Topics.REALISASI, e);
    Fixtures.send(Topics.REALISASI, e);
    // A correction opened (DRAFT) has no kind; a later submission on the same partition shows both were consumed.
    Fixtures.send(Topics.REALISASI, Fixtures.indikatorEnvelope(k, k + ".08", 2, "IKU-SKM", 2, 1, "CORRECTION_OPENED",
        "DRAFT", new java.math.BigDecimal("12.5"), null, null, Instant.now()));
    submitted(k, k + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> r.received.size() >= 2);
    Thread.sleep(500);
    assertThat(r.received.stream().map(x -> verified(x).path("jenis").asText()).toList())
        .containsExactlyInAnyOrder("realisasi.verified", "realisasi.submitted"); // sent in parallel: no order
    assertThat(deliveries(k, id).getInt("total")).isEqualTo(2);
  }

  @Test
  void aBudgetTransitionAndADeadlineReminderAreDelivered() {
    String k = Fixtures.newKabupaten();
    WebhookReceiver r = receiver();
    register(k, r.url(), "realisasi.verified", "deadline.reminder");
    Fixtures.anggaranRealisasi(k, k + ".08", 2, "7.01.05", 1, 2, "VERIFIED", 11_000_000L, Instant.now());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", k);
    p.put("kecamatanKode", k + ".08");
    p.put("tahun", 2024);
    p.put("triwulan", 2);
    p.put("jenis", "H-3");
    p.put("hariKeTutup", 3);
    p.put("ditutup", "2024-07-10T17:00:00Z");
    p.put("selBelumDiisi", 4);
    p.put("menungguVerifikasi", 1);
    p.put("penerimaJumlah", 3);
    p.put("waktu", Instant.now().toString());
    Fixtures.send(Topics.REALISASI, Fixtures.envelope("realisasi.pengingat.sent", k + ".08", "realization-service",
        Instant.now(), p));
    await().atMost(Duration.ofSeconds(20)).until(() -> r.received.size() == 2);
    // Sent in parallel: in either order.
    Map<String, JsonNode> byJenis = new java.util.HashMap<>();
    r.received.forEach(x -> byJenis.put(x.header("Kinerja-Webhook-Jenis"), verified(x)));
    JsonNode budget = byJenis.get("realisasi.verified");
    assertThat(budget.path("jenis").asText()).isEqualTo("realisasi.verified");
    assertThat(budget.path("data").path("objek").asText()).isEqualTo("ANGGARAN");
    assertThat(budget.path("data").path("anggaranKode").asText()).isEqualTo("7.01.05");
    assertThat(budget.path("data").path("nilai").longValue()).isEqualTo(11_000_000L);
    JsonNode reminder = byJenis.get("deadline.reminder");
    assertThat(reminder.path("jenis").asText()).isEqualTo("deadline.reminder");
    assertThat(reminder.path("kecamatanKode").asText()).isEqualTo(k + ".08");
    assertThat(reminder.path("data").path("jenis").asText()).isEqualTo("H-3");
    assertThat(reminder.path("data").path("selBelumDiisi").asInt()).isEqualTo(4);
    assertThat(reminder.path("data").path("ditutup").asText()).isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
        .format(Instant.parse("2024-07-10T17:00:00Z").atZone(ZonaWaktu.ofProvinsi(k).zone())));
  }

  @Test
  void figuresRecalculatedFollowTheRecalculationsTransaction() {
    String k = Fixtures.newKabupaten();
    WebhookReceiver r = receiver();
    String id = register(k, r.url(), "figures.recalculated");
    JsonNode isi = CanonicalJson.tree(Map.of("periode", List.of(0, 2)));
    // Fired in a transaction that rolls back: nothing was recalculated, nothing is sent.
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        angkaBerubah.fire(new AngkaBerubah(9_000_001L, k, k + ".08", 2024, Instant.now(), isi));
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the recalculation failed
    }
    QuarkusTransaction.requiringNew().run(() -> angkaBerubah.fire(new AngkaBerubah(9_000_002L, k, k + ".08", 2024,
        Instant.now(), isi)));
    await().atMost(Duration.ofSeconds(20)).until(() -> r.received.size() == 1);
    JsonNode body = verified(r.received.get(0));
    assertThat(body.path("jenis").asText()).isEqualTo("figures.recalculated");
    assertThat(body.path("data").path("tahun").asInt()).isEqualTo(2024);
    assertThat(body.path("data").path("pengumumanId").asLong()).isEqualTo(9_000_002L);
    assertThat(body.path("data").path("isi")).isEqualTo(isi);
    assertThat(deliveries(k, id).getString("items[0].sumber")).isEqualTo("angka:9000002");
    assertThat(deliveries(k, id).getInt("total")).isEqualTo(1);
  }

  @Test
  void aVerifiedValueBecomesASignedFiguresRecalculatedDeliveryThroughTheBroker() {
    String k = Fixtures.newKabupaten();
    String kec = k + ".08";
    ReportingApiTest.plan(k, kec, "Mlarak", false);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(k))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200));
    WebhookReceiver r = receiver();
    String id = register(k, r.url(), "figures.recalculated");
    // realization-service's event of a verification: reporting recalculates and announces, the portal is told.
    Fixtures.indikator(k, kec, 4, "IKU-SKM", 1, 1, "VERIFIED", "99", Instant.parse("2025-01-10T03:00:00Z"));
    await().atMost(Duration.ofSeconds(30)).until(() -> r.received.stream()
        .anyMatch(x -> x.body().contains("\"figures.recalculated\"") && x.body().contains("COMPUTED")));
    JsonNode body = verified(r.received.stream().filter(x -> x.body().contains("COMPUTED")).findFirst().orElseThrow());
    assertThat(body.path("kabupatenKode").asText()).isEqualTo(k);
    assertThat(body.path("kecamatanKode").asText()).isEqualTo(kec);
    JsonNode isi = body.path("data").path("isi");
    assertThat(isi.path("kecamatanKode").asText()).isEqualTo(kec);
    // The delivery carries the same capaian text the report shows.
    String shown = ReportingApiTest.report(ReportingApiTest.bagian(k), kec, "OFFICIAL")
        .getString("ringkasan.find { it.periode == 0 }.capaianKumulatif.teks");
    assertThat(isi.toString()).contains("\"" + shown + "\"");
    assertThat(deliveries(k, id).getString("items[0].sumber")).startsWith("angka:");
  }

  @Test
  void aSlowReceiverDelaysNeitherTheConsumerNorOtherWebhooks() {
    String k = Fixtures.newKabupaten();
    String l = Fixtures.newKabupaten();
    WebhookReceiver slow = receiver();
    slow.delayMillis = 15_000;
    WebhookReceiver fast = receiver();
    String slowId = register(k, slow.url(), "realisasi.submitted");
    register(l, fast.url(), "realisasi.submitted");
    submitted(k, k + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(20)).until(() -> slow.inProgress.get() == 1);
    submitted(l, l + ".08", "SUBMITTED");
    await().atMost(Duration.ofSeconds(12)).until(() -> fast.received.size() == 1);
    // Delivered while the slow receiver still holds a request: neither the consumer nor the sender waited for it.
    assertThat(slow.received).isNotEmpty();
    assertThat(slow.inProgress.get()).isPositive();
    // The slow receiver's attempt ends at the read timeout (2 s in tests) and is recorded as such.
    await().atMost(Duration.ofSeconds(20)).until(() -> "timeout".equals(deliveries(k, slowId).getString("items[0].percobaan[0].galat")));
    assertThat(deliveries(k, slowId).getString("items[0].percobaan[0].statusKode")).isNull();
  }

  @Test
  void registrationRefusesNonPublicUrlsAndNeverShowsTheSecret() {
    String k = Fixtures.newKabupaten();
    for (String[] c : new String[][] {
        { "https://169.254.169.254/latest/meta-data/", "must-be-public-address" },
        { "https://10.0.0.8/hook", "must-be-public-address" },
        { "https://[fd00::1]/hook", "must-be-public-address" },
        { "http://portal.ponorogokab.go.id/hook", "must-be-https-url" },
        { "https://bagor:rahasia@portal.ponorogokab.go.id/hook", "no-credentials-in-url" } }) {
      Map<String, Object> body = Map.of("url", c[0], "rahasia", RAHASIA, "jenis", List.of("realisasi.approved"), "aktif", true);
      given().auth().oauth2(planner(k)).contentType(ContentType.JSON).body(CanonicalJson.write(body)).post(webhooks(k))
          .then().statusCode(400).contentType("application/problem+json")
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("url"))
          .body("errors[0].rule", org.hamcrest.Matchers.equalTo(c[1]));
    }
    WebhookReceiver r = receiver();
    String id = register(k, r.url(), "realisasi.approved");
    String one = given().auth().oauth2(planner(k)).get(webhooks(k) + "/" + id).then().statusCode(200).extract().asString();
    assertThat(one).doesNotContain(RAHASIA).contains(WebhookSignature.sidik(RAHASIA));
    String list = given().auth().oauth2(ReportingApiTest.bagian(k)).get(webhooks(k)).then().statusCode(200).extract().asString();
    assertThat(list).doesNotContain(RAHASIA).contains(id);
    // PUT keeps the secret when none is given, and refuses a private URL the same way.
    given().auth().oauth2(ReportingApiTest.bagian(k)).contentType(ContentType.JSON)
        .body("{\"url\": \"https://192.168.1.1/x\", \"jenis\": [\"realisasi.approved\"], \"aktif\": true}")
        .put(webhooks(k) + "/" + id).then().statusCode(400).body("errors[0].rule", org.hamcrest.Matchers.equalTo("must-be-public-address"));
    String changed = given().auth().oauth2(ReportingApiTest.bagian(k)).contentType(ContentType.JSON)
        .body("{\"url\": \"" + r.url() + "\", \"jenis\": [\"realisasi.approved\", \"deadline.reminder\", \"deadline.reminder\"], \"aktif\": false}")
        .put(webhooks(k) + "/" + id).then().statusCode(200).extract().asString();
    assertThat(JsonPath.from(changed).getString("sidikRahasia")).isEqualTo(WebhookSignature.sidik(RAHASIA));
    assertThat(JsonPath.from(changed).getList("jenis", String.class)).containsExactly("realisasi.approved", "deadline.reminder");
    assertThat(JsonPath.from(changed).getBoolean("aktif")).isFalse();
    // An inactive webhook receives nothing.
    submitted(k, k + ".08", "APPROVED");
    given().auth().oauth2(planner(k)).delete(webhooks(k) + "/" + id).then().statusCode(204);
    given().auth().oauth2(planner(k)).get(webhooks(k) + "/" + id).then().statusCode(404);
    assertThat(r.received).isEmpty();
  }
}
