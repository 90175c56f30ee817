package id.kinerja.common.outbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.inbox.EventConsumers;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The producer side over the real broker and database: outbox rows, the relay, its backlog figure. */
@QuarkusTest
@WithTestResource(BackboneTestResource.class)
class OutboxRelayTest {

  @Inject
  Backbone backbone;

  @Inject
  Outbox outbox;

  @Inject
  OutboxRelay relay;

  @Inject
  EventConsumers consumers;

  @AfterEach
  void noFaultAndRelayRuns() {
    backbone.execute("delete from test_fault");
    relay.start();
  }

  private List<EventEnvelope> publish(String topic, String[] keys, int perKey) {
    List<Outbox.Message> messages = new ArrayList<>();
    for (int seq = 1; seq <= perKey; seq++) {
      for (String key : keys) {
        messages.add(new Outbox.Message(topic, key, SequenceHandler.TYPE, 1, Map.of("key", key, "seq", seq)));
      }
    }
    return QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(messages));
  }

  /**
   * The relay's mark fails after the broker acknowledged the batch, as when its process dies between send and mark:
   * the rows stay unpublished, and the relay started again (a new producer, as after a restart) sends them again. The
   * consumer, which reads every event at least three times, applies each once.
   */
  @Test
  void aRelayStoppedBetweenSendAndMarkSendsAgainAfterARestartAndTheConsumerAppliesOnce() {
    String name = Backbone.fresh("relay");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(10);
    consumers.start(name, List.of(topic), new SequenceHandler(name, backbone.dataSource()), 2);

    backbone.execute("insert into test_fault (name) values ('outbox-mark')");
    List<EventEnvelope> events = publish(topic, keys, 4);
    TopicProbe probe = new TopicProbe(LocalStack.kafkaBootstrapServers());
    // Every attempt sends the 40 events and fails to mark them: wait for two copies of each.
    await().atMost(PATIENCE).until(() -> backbone.records(topic) >= 80);
    relay.stop();
    long sentBeforeTheRestart = backbone.records(topic);
    assertThat(backbone.count("select count(*) from outbox_event where topic = ? and published_at is null", topic))
        .isEqualTo(40);
    backbone.execute("delete from test_fault");
    relay.start();

    await().atMost(PATIENCE).until(() -> backbone.count(
        "select count(*) from outbox_event where topic = ? and published_at is null", topic) == 0);
    long copiesSent = backbone.records(topic);
    assertThat(copiesSent).isEqualTo(sentBeforeTheRestart + 40);
    backbone.awaitApplied(name, 40);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);

    var onTopic = probe.read(topic, r -> true, Duration.ZERO);
    Map<String, Long> copies = onTopic.stream()
        .map(r -> EventEnvelope.parse(r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id().toString())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(copies).hasSize(40);
    assertThat(copies.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.id().toString()).toList());
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 4));
    assertThat(backbone.inboxCount(name)).isEqualTo(40);
    assertThat(backbone.counter("kinerja.consumer.applied", name)).isEqualTo(40);
    // Every other copy the consumer read was recognised by its event id.
    assertThat(backbone.counter("kinerja.consumer.duplicates", name)).isGreaterThanOrEqualTo(copiesSent - 40);
  }

  @Test
  void theBacklogCountsCommittedRowsAtOnceAndOtherInstancesRowsAtTheNextCount() {
    String topic = backbone.topic("test." + Backbone.fresh("backlog"));
    await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
    relay.stop();

    publish(topic, new String[] {"35.02.08"}, 5);
    // Counted at commit, although nothing was published or counted since.
    assertThat(relay.backlog()).isEqualTo(5);
    assertThat(backbone.gauge("kinerja.outbox.backlog")).isEqualTo(5);

    // Rows another instance of the service committed: this instance learns of them at its next count.
    for (int i = 0; i < 3; i++) {
      EventEnvelope e = Backbone.event("35.02.09", i + 1);
      backbone.execute("insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at)"
          + " values (?, ?, ?, ?, ?, now())", e.id(), topic, e.key(), e.type(), e.toJson());
    }
    assertThat(relay.backlog()).isEqualTo(5);

    // The relay counts before it sends; with the mark failing, the count is all it achieves.
    backbone.execute("insert into test_fault (name) values ('outbox-mark')");
    relay.start();
    await().atMost(PATIENCE).until(() -> relay.backlog() == 8);
    assertThat(backbone.gauge("kinerja.outbox.backlog")).isEqualTo(8);
    backbone.execute("delete from test_fault");

    await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
    assertThat(backbone.gauge("kinerja.outbox.backlog")).isZero();
    assertThat(backbone.count("select count(*) from outbox_event where topic = ? and published_at is null", topic))
        .isZero();
  }

  @Test
  void anEventIsWrittenOnlyWithTheTransactionThatMadeTheChange() {
    String topic = "test." + Backbone.fresh("rollback");
    UUID[] id = new UUID[1];
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        id[0] = outbox.publish(topic, "35.02.08", SequenceHandler.TYPE, 1, Map.of("key", "35.02.08", "seq", 1)).id();
        throw new IllegalStateException("the change fails");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(backbone.count("select count(*) from outbox_event where event_id = ?", id[0])).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> outbox.publish(topic, "35.02.08", SequenceHandler.TYPE, 1, Map.of("key", "35.02.08", "seq", 1)))
        .hasMessageContaining("active transaction");
  }
}
