package id.kinerja.realization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.TopicProbe;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A kabupaten and kecamatan of their own per test, with a plan and jadwal published on kinerja.planning.v1 exactly as
 * planning-service would (every event validated against its schema first), and helpers for tokens and events.
 *
 * Plan (tahun 2024): IKU-01 a plain percentage (2 decimals, due every TW); IKU-02 entered as components; IKU-03 needs
 * evidence; IKU-04 due only in TW 4; IKU-05 a count (0 decimals). Budget: program 7.01.01 → kegiatan 7.01.01.2.01 →
 * sub kegiatan .0001 (pagu 1.000.000) and .0002 (pagu 0). Windows: TW 1 closed, TW 2 open, TW 3 closed but
 * reopened for this kecamatan, TW 4 not yet open.
 */
final class Fixture {

  static final int TAHUN = 2024;
  private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100));
  static final TopicProbe PROBE = new TopicProbe(LocalStack.kafkaBootstrapServers());


  final String kabupaten;
  final String kecamatan;
  final String operator;
  final String operator2;
  final String verifier;
  final String bagor;

  private Fixture(String kabupaten, String kecamatan) {
    this.kabupaten = kabupaten;
    this.kecamatan = kecamatan;
    this.operator = DevTokens.kecamatan("operator." + kecamatan, "operator", kabupaten, kecamatan);
    this.operator2 = DevTokens.kecamatan("operator2." + kecamatan, "operator", kabupaten, kecamatan);
    this.verifier = DevTokens.kecamatan("sekcam." + kecamatan, "verifier", kabupaten, kecamatan);
    this.bagor = DevTokens.kabupaten("bagor." + kabupaten, "bagian-organisasi", kabupaten);
  }

  /** A fresh kabupaten/kecamatan with its plan and calendar, applied by the service's consumer. */
  static Fixture create() {
    int n = SEQ.incrementAndGet();
    String kab = String.format("%02d.%02d", 10 + (n / 90) % 90, 10 + n % 90);
    Fixture f = new Fixture(kab, kab + "." + String.format("%02d", 10 + ThreadLocalRandom.current().nextInt(90)));
    f.publishPlan(1, true);
    Instant now = Instant.now();
    f.publishJadwal(1, 1, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(10)), List.of());
    f.publishJadwal(2, 1, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), List.of());
    f.publishJadwal(3, 1, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(10)),
        List.of(perpanjangan(f.kecamatan, now.plus(Duration.ofDays(1)))));
    f.publishJadwal(4, 1, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(40)), List.of());
    f.awaitWindow(1, "CLOSED");
    f.awaitWindow(2, "OPEN");
    f.awaitWindow(3, "REOPENED");
    f.awaitWindow(4, "NOT_YET_OPEN");
    return f;
  }

  /**
   * Another kecamatan of the same kabupaten with the same plan (the calendar is the kabupaten's), e.g. for tenant
   * tests; returns when its TW 2 is open for entry.
   */
  Fixture sibling() {
    String other;
    do {
      other = kabupaten + "." + String.format("%02d", 10 + ThreadLocalRandom.current().nextInt(90));
    } while (other.equals(kecamatan));
    Fixture f = new Fixture(kabupaten, other);
    f.publishPlan(1, true);
    f.awaitWindow(2, "OPEN");
    return f;
  }

  void awaitWindow(int triwulan, String status) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      var r = as(operator).get(sheet(triwulan));
      return r.statusCode() == 200 && status.equals(r.path("jendela.status"));
    });
  }

  static Map<String, Object> perpanjangan(String kecamatan, Instant sampai) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kecamatanKode", kecamatan);
    p.put("sampai", sampai);
    p.put("alasan", "Gangguan jaringan");
    p.put("oleh", "bagor");
    return p;
  }

  // ------------------------------------------------------------------ publishing as planning-service

  static void send(String key, String type, Map<String, Object> payload) {
    send(key, type, 1, payload);
  }

  static void send(String key, String type, int version, Map<String, Object> payload) {
    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), type, version, key, Instant.now(), "planning-service",
        CanonicalJson.tree(payload));
    assertThat(EventSchemas.validate(e)).as("fixture event %s must follow its contract", type).isEmpty();
    PROBE.send(Topics.PLANNING, key, e.toJson());
  }

  void publishPlan(int planVersi, boolean withIku05) {
    publishPlan(planVersi, withIku05, null);
  }

  /** The plan in v2 with this budget by jenis belanja (kode → pagu); v1 when {@code belanja} is null. */
  void publishPlan(int planVersi, boolean withIku05, Map<String, Long> belanja) {
    Map<String, Object> kec = new LinkedHashMap<>();
    kec.put("kabupatenKode", kabupaten);
    kec.put("kode", kecamatan);
    kec.put("nama", "Klakah " + kecamatan);
    kec.put("desa", List.of(Map.of("kode", kecamatan + ".2001", "nama", "Klakah", "jenis", "DESA")));
    send(kecamatan, "planning.kecamatan.registered", kec);

    List<Map<String, Object>> indikator = new ArrayList<>();
    indikator.add(indikator("IKU-01", "%", 2, null, false, List.of(1, 2, 3, 4), "SUM"));
    indikator.add(indikator("IKU-02", "%", 2, Map.of("pembilang", "Dokumen tepat waktu", "penyebut", "Dokumen desa"),
        false, List.of(1, 2, 3, 4), "RATIO_OF_SUMS"));
    indikator.add(indikator("IKU-03", "Nilai", 2, null, true, List.of(1, 2, 3, 4), "LAST"));
    indikator.add(indikator("IKU-04", "Nilai", 2, null, false, List.of(4), "LAST"));
    if (withIku05) {
      indikator.add(indikator("IKU-05", "dokumen", 0, null, false, List.of(1, 2, 3, 4), "SUM"));
    }
    List<Map<String, Object>> anggaran = List.of(
        anggaran("7.01.01", "PROGRAM", null, 1_000_000L),
        anggaran("7.01.01.2.01", "KEGIATAN", "7.01.01", 1_000_000L),
        anggaran("7.01.01.2.01.0001", "SUB_KEGIATAN", "7.01.01.2.01", 1_000_000L),
        anggaran("7.01.01.2.01.0002", "SUB_KEGIATAN", "7.01.01.2.01", 0L));
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("kabupatenKode", kabupaten);
    plan.put("kecamatanKode", kecamatan);
    plan.put("tahun", TAHUN);
    plan.put("planVersi", planVersi);
    plan.put("renstra", Map.of("kode", "RENSTRA-2021", "periodeAwal", 2021, "periodeAkhir", 2026));
    plan.put("tujuan", List.of(Map.of("kode", "T1", "uraian", "Meningkatkan pelayanan")));
    plan.put("sasaran", List.of(Map.of("kode", "S1", "uraian", "Pelayanan prima", "level", "STRATEGIS")));
    plan.put("indikator", indikator);
    plan.put("anggaran", anggaran);
    plan.put("perjanjianKinerja", List.of());
    if (belanja == null) {
      send(kecamatan, "planning.rencana-kinerja.published", plan);
      return;
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    belanja.forEach((kode, pagu) -> {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("kode", kode);
      b.put("nama", "Belanja " + kode);
      b.put("pagu", pagu);
      lines.add(b);
    });
    plan.put("belanja", lines);
    send(kecamatan, "planning.rencana-kinerja.published", 2, plan);
  }

  private static Map<String, Object> indikator(String kode, String satuan, int precision, Map<String, String> komponen,
      boolean evidence, List<Integer> due, String aggregation) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kode", kode);
    i.put("nama", "Indikator " + kode);
    i.put("satuan", satuan);
    i.put("sasaranKode", "S1");
    i.put("level", "SASARAN");
    i.put("iku", true);
    i.put("polarity", "HIGHER_IS_BETTER");
    i.put("negativeFormula", "TWO_T_MINUS_R");
    i.put("targetType", "NUMBER");
    i.put("aggregation", aggregation);
    i.put("twTargetMode", "NONE");
    i.put("zeroTargetRule", "NOT_COMPUTABLE");
    i.put("precision", precision);
    i.put("komponen", komponen);
    i.put("evidenceRequired", evidence);
    i.put("dueTriwulan", due);
    i.put("target", Map.of("nilai", 95.45));
    i.put("targetTriwulan", List.of());
    return i;
  }

  private static Map<String, Object> anggaran(String kode, String level, String parent, long pagu) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("kode", kode);
    a.put("nama", "Anggaran " + kode);
    a.put("level", level);
    a.put("parentKode", parent);
    a.put("pagu", pagu);
    return a;
  }

  void publishJadwal(int triwulan, int versi, Instant dibuka, Instant ditutup, List<Map<String, Object>> perpanjangan) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("kabupatenKode", kabupaten);
    j.put("tahun", TAHUN);
    j.put("triwulan", triwulan);
    j.put("versi", versi);
    j.put("inputDibuka", dibuka);
    j.put("inputDitutup", ditutup);
    j.put("perpanjangan", perpanjangan);
    send(kabupaten, "planning.jadwal.published", j);
  }

  // ------------------------------------------------------------------ HTTP

  static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  static RequestSpecification as(String token, String key) {
    return as(token).header("Idempotency-Key", key);
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  String sheet(int triwulan) {
    return "/api/kecamatan/" + kecamatan + "/realisasi/" + TAHUN + "/" + triwulan;
  }

  String indikator(int triwulan, String kode) {
    return sheet(triwulan) + "/indikator/" + kode;
  }

  String anggaran(int triwulan, String kode) {
    return sheet(triwulan) + "/anggaran/" + kode;
  }

  // ------------------------------------------------------------------ events produced

  /** Every realisasi event of this kecamatan on the broker, as envelopes, each checked against its schema. */
  List<JsonNode> events() {
    List<ConsumerRecord<String, String>> records = PROBE.read(Topics.REALISASI, r -> kecamatan.equals(r.key()),
        Duration.ofMillis(300));
    List<JsonNode> out = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records) {
      JsonNode envelope = CanonicalJson.MAPPER.valueToTree(EventEnvelope.parse(r.value().getBytes()));
      assertThat(EventSchemas.validate(envelope)).as("produced event must follow its contract: %s", envelope).isEmpty();
      assertThat(envelope.get("key").asText()).isEqualTo(kecamatan);
      out.add(envelope);
    }
    return out;
  }

  /** Payloads of this kecamatan's events about one cell, in broker order (one partition per kecamatan). */
  List<JsonNode> eventsOf(String kode) {
    return events().stream().map(e -> e.get("payload"))
        .filter(p -> kode.equals(p.has("indikatorKode") ? p.get("indikatorKode").asText() : p.get("anggaranKode").asText()))
        .toList();
  }

  List<JsonNode> awaitEvents(String kode, int count) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> eventsOf(kode).size() >= count);
    return eventsOf(kode);
  }
}
