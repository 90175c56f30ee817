package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.reporting.domain.KabupatenCopy;
import id.kinerja.reporting.events.ProjectionHandler;
import id.kinerja.reporting.service.ProjectionStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The idempotent consumer over the real broker: apply once, ignore redelivery, dead-letter poison. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class EventBackboneTest {

  private final TopicProbe probe = new TopicProbe(LocalStack.kafkaBootstrapServers());

  @Inject
  ProjectionStore store;

  private static String newKode() {
    return Fixtures.newKabupaten();
  }

  private static EventEnvelope kabupatenConfigured(UUID id, String kode, String nama, int versi) {
    Map<String, Object> payload = Map.of("kode", kode, "nama", nama, "negativeFormulaDefault", "TWO_T_MINUS_R",
        "overallMode", "IKU", "floorNegativeAtZero", false, "konfigurasiVersi", versi);
    return new EventEnvelope(id, "planning.kabupaten.configured", 1, kode, Instant.parse("2024-01-05T02:00:00Z"),
        "planning-service", CanonicalJson.tree(payload));
  }

  private static KabupatenCopy copy(String kode) {
    return QuarkusTransaction.requiringNew().call(() -> KabupatenCopy.<KabupatenCopy>findById(kode));
  }

  @Test
  void redeliveredEventChangesNothing() {
    String kode = newKode();
    UUID id = UUID.randomUUID();
    probe.send(Topics.PLANNING, kode, kabupatenConfigured(id, kode, "Ponorogo", 1).toJson());
    await().atMost(Duration.ofSeconds(20)).until(() -> copy(kode) != null);

    // The same event id again, even with other content, is a redelivery: it must not be applied.
    probe.send(Topics.PLANNING, kode, kabupatenConfigured(id, kode, "Redelivered", 9).toJson());
    // A later, new event proves the consumer has read past the redelivery.
    String marker = newKode();
    probe.send(Topics.PLANNING, kode, kabupatenConfigured(UUID.randomUUID(), marker, "Marker", 1).toJson());
    await().atMost(Duration.ofSeconds(20)).until(() -> copy(marker) != null);

    KabupatenCopy k = copy(kode);
    assertThat(k.nama).isEqualTo("Ponorogo");
    assertThat(k.konfigurasiVersi).isEqualTo(1);
  }

  @Test
  void poisonEventsGoToTheDeadLetterTopicAndDoNotBlockThePartition() {
    String kode = newKode();
    probe.send(Topics.PLANNING, kode, "{not json");
    // Valid JSON but breaks the schema: konfigurasiVersi must be at least 1.
    probe.send(Topics.PLANNING, kode, kabupatenConfigured(UUID.randomUUID(), kode, "Broken", 0).toJson());
    probe.send(Topics.PLANNING, kode, kabupatenConfigured(UUID.randomUUID(), kode, "Ponorogo", 1).toJson());

    await().atMost(Duration.ofSeconds(20)).until(() -> copy(kode) != null);
    assertThat(copy(kode).nama).isEqualTo("Ponorogo");
    var dead = probe.read(Topics.deadLetter(ProjectionHandler.CONSUMER), r -> kode.equals(r.key()), Duration.ofMillis(300));
    assertThat(dead).hasSize(2);
    assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dlt-reason")).isNotNull());
    assertThat(TopicProbe.utf8(dead.get(0).headers().lastHeader("dlt-reason").value())).startsWith("unparseable");
    assertThat(TopicProbe.utf8(dead.get(1).headers().lastHeader("dlt-reason").value())).startsWith("schema");
  }

  private static EventEnvelope skala(String kab, String tujuan, int versi, List<Map<String, Object>> bands) {
    Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("kabupatenKode", kab);
    p.put("tahun", 2024);
    p.put("tujuan", tujuan);
    p.put("nama", tujuan);
    p.put("versi", versi);
    p.put("bands", bands);
    return new EventEnvelope(UUID.randomUUID(), "planning.skala-predikat.published", 1, kab,
        Instant.parse("2024-01-05T02:00:00Z"), "planning-service", CanonicalJson.tree(p));
  }

  private static Map<String, Object> band(String lower, boolean li, String upper, boolean ui, int skor, String label) {
    Map<String, Object> b = new java.util.LinkedHashMap<>();
    b.put("lower", lower == null ? null : new java.math.BigDecimal(lower));
    b.put("lowerInclusive", li);
    b.put("upper", upper == null ? null : new java.math.BigDecimal(upper));
    b.put("upperInclusive", ui);
    b.put("skor", skor);
    b.put("label", label);
    return b;
  }

  /**
   * A bounded scale planning accepts is read with planning's rule for its purpose (docs/domain.md §2.6): the demo's
   * IKM mutu over 25–100 and IDM status over 0–1 are stored, not dead-lettered as a gap below their first band; a
   * scale that breaks the rule of its purpose is still refused.
   */
  @Test
  void boundedScalesAreReadWithTheRuleOfTheirPurpose() {
    String kab = newKode();
    List<Map<String, Object>> ikm = List.of(band("25", true, "65", false, 1, "Tidak Baik"),
        band("65", true, "76.61", false, 2, "Kurang Baik"), band("76.61", true, "88.31", false, 3, "Baik"),
        band("88.31", true, "100", true, 4, "Sangat Baik"));
    List<Map<String, Object>> idm = List.of(band("0", true, "0.4907", true, 1, "Sangat Tertinggal"),
        band("0.4907", false, "0.5989", true, 2, "Tertinggal"), band("0.5989", false, "0.7072", true, 3, "Berkembang"),
        band("0.7072", false, "0.8155", true, 4, "Maju"), band("0.8155", false, "1", true, 5, "Mandiri"));
    // Starts at 30: IKM values 25–30 would have no band (planning refuses it, so must reporting).
    List<Map<String, Object>> ikmGap = List.of(band("30", true, "65", false, 1, "Tidak Baik"),
        band("65", true, "100", true, 2, "Baik"));
    probe.send(Topics.PLANNING, kab, skala(kab, "IKM", 1, ikm).toJson());
    probe.send(Topics.PLANNING, kab, skala(kab, "IDM", 1, idm).toJson());
    probe.send(Topics.PLANNING, kab, skala(kab, "SERAPAN", 1, ikm).toJson());
    probe.send(Topics.PLANNING, kab, skala(kab, "IKM", 2, ikmGap).toJson());
    probe.send(Topics.PLANNING, kab, kabupatenConfigured(UUID.randomUUID(), kab, "Penanda", 1).toJson());

    await().atMost(Duration.ofSeconds(60)).until(() -> copy(kab) != null);
    var stored = QuarkusTransaction.requiringNew().call(() -> List.of(store.scale(kab, 2024, "IKM"),
        store.scale(kab, 2024, "IDM"), store.scale(kab, 2024, "SERAPAN")));
    assertThat(stored.get(0)).hasValueSatisfying(s -> {
      assertThat(s.versi()).isEqualTo(1);
      assertThat(s.scale().classify(new java.math.BigDecimal("99"), 2).orElseThrow().label()).isEqualTo("Sangat Baik");
    });
    assertThat(stored.get(1)).hasValueSatisfying(s -> assertThat(s.scale().classify(new java.math.BigDecimal("0.59"), 4)
        .orElseThrow().label()).isEqualTo("Tertinggal"));
    assertThat(stored.get(2)).isEmpty();
    // Dead-lettered: the IKM scale read as a SERAPAN scale (all real numbers) and the IKM scale with a gap at 25–30.
    var dead = probe.read(Topics.deadLetter(ProjectionHandler.CONSUMER), r -> kab.equals(r.key()), Duration.ofMillis(300));
    assertThat(dead).hasSize(2);
    assertThat(dead).map(r -> r.value()).anySatisfy(v -> assertThat(v).contains("\"SERAPAN\""))
        .anySatisfy(v -> assertThat(v).contains("\"Tidak Baik\"").contains("\"versi\":2"));
    assertThat(dead).extracting(r -> TopicProbe.utf8(r.headers().lastHeader("dlt-reason").value()))
        .allSatisfy(reason -> assertThat(reason).contains("no-gap"));
  }
}
