package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.reporting.domain.KabupatenCopy;
import id.kinerja.reporting.events.ProjectionHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The idempotent consumer over the real broker: apply once, ignore redelivery, dead-letter poison. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class EventBackboneTest {

  private final TopicProbe probe = new TopicProbe(LocalStack.kafkaBootstrapServers());

  private static String newKode() {
    return String.format("%02d.%02d", ThreadLocalRandom.current().nextInt(10, 99), ThreadLocalRandom.current().nextInt(10, 99));
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
}
