package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static id.kinerja.common.inbox.Assignments.awaitAssigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import id.kinerja.common.backbone.SequenceHandler.Fault;
import id.kinerja.common.events.Topics;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the consumer does with a record it cannot apply (docs/events.md, Failures): a record that is no envelope, breaks
 * its schema or fails three times goes to the consumer's dead-letter topic with the reason, and the partition moves on
 * with its offsets committed; a transient failure is retried for as long as it lasts and never dead-lettered.
 */
@QuarkusTest
@WithTestResource(BackboneTestResource.class)
class DeadLettersTest {

  private static final byte[] UNPARSEABLE = "{not json".getBytes(StandardCharsets.UTF_8);

  @Inject
  Backbone backbone;

  @Inject
  EventConsumers consumers;

  private final TopicProbe probe = new TopicProbe(LocalStack.kafkaBootstrapServers());

  private static byte[] bytes(String key, int seq) {
    return Backbone.event(key, seq).toJson().getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<String, String> r, String name) {
    return TopicProbe.utf8(r.headers().lastHeader(name).value());
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerMovesOn() {
    String name = Backbone.fresh("poison");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(20);
    String poisoned = "35.88.01";
    Fault broken = Fault.applicationError(poisoned, 2);
    EventConsumer consumer = consumers.start(name, List.of(topic),
        new SequenceHandler(name, backbone.dataSource()).fault(broken), 3);
    awaitAssigned(consumer, 6);

    backbone.send(topic, poisoned, bytes(poisoned, 1));
    backbone.send(topic, poisoned, UNPARSEABLE);
    backbone.send(topic, poisoned, bytes(poisoned, 0)); // valid JSON, but the schema wants seq >= 1
    backbone.send(topic, poisoned, bytes(poisoned, 2)); // valid, but the handler fails on it every time
    backbone.send(topic, poisoned, bytes(poisoned, 3));
    backbone.sendSequences(topic, keys, 10);

    // The records after the poison on its partition are applied, and the offsets are committed past all of it.
    backbone.awaitApplied(name, 20 * 10 + 2);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);
    Map<String, List<Integer>> applied = backbone.applied(name);
    assertThat(applied.remove(poisoned)).containsExactly(1, 3);
    assertThat(applied).isEqualTo(Backbone.complete(keys, 10));
    // Three attempts of its own (and one more when it first failed inside a batch with other events).
    assertThat(broken.raised()).isBetween(3, 4);

    // Each dead letter is the original record, byte for byte, with where it came from and why.
    Map<String, ConsumerRecord<String, String>> original = new HashMap<>();
    probe.read(topic, r -> true, Duration.ZERO).forEach(r -> original.put(r.partition() + "@" + r.offset(), r));
    List<ConsumerRecord<String, String>> dead = probe.read(Topics.deadLetter(name), r -> true, Duration.ofMillis(300));
    assertThat(dead).hasSize(3);
    assertThat(dead).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo(poisoned);
      assertThat(header(r, "dlt-original-topic")).isEqualTo(topic);
      assertThat(header(r, "dlt-consumer")).isEqualTo(name);
      assertThat(header(r, "dlt-at")).isNotBlank();
      ConsumerRecord<String, String> source = original.get(header(r, "dlt-original-partition") + "@"
          + header(r, "dlt-original-offset"));
      assertThat(source).isNotNull();
      assertThat(source.key()).isEqualTo(poisoned);
      assertThat(r.value()).isEqualTo(source.value());
    });
    assertThat(dead).extracting(r -> header(r, "dlt-reason")).satisfiesExactly(
        reason -> assertThat(reason).startsWith("unparseable"),
        reason -> assertThat(reason).startsWith("schema").contains("seq"),
        reason -> assertThat(reason).startsWith("failed 3 times").contains("cannot be applied"));
    assertThat(backbone.counter("kinerja.consumer.dead.lettered", name)).isEqualTo(3);
    assertThat(consumer.runningWorkers()).isEqualTo(3);

    // The cause repaired, an operator replays the dead letter to its topic (docs/operations.md): it is applied once,
    // and a second replay is recognised as a duplicate.
    broken.fix();
    ConsumerRecord<String, String> failed = dead.get(2);
    double duplicates = backbone.counter("kinerja.consumer.duplicates", name);
    for (int i = 0; i < 2; i++) {
      backbone.send(header(failed, "dlt-original-topic"), failed.key(), failed.value().getBytes(StandardCharsets.UTF_8));
    }
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);
    assertThat(backbone.applied(name).get(poisoned)).containsExactly(1, 3, 2);
    assertThat(backbone.counter("kinerja.consumer.duplicates", name)).isGreaterThanOrEqualTo(duplicates + 1);
    assertThat(backbone.inboxCount(name)).isEqualTo(20 * 10 + 3);
    assertThat(backbone.counter("kinerja.consumer.dead.lettered", name)).isEqualTo(3);
  }

  @Test
  void aTransientFailureIsRetriedUntilItPassesAndIsNeverDeadLettered() {
    String name = Backbone.fresh("transient");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(10);
    // A serialisation failure five times: more than the three attempts after which any other failure is dead-lettered.
    Fault conflict = Fault.serializationFailure(keys[2], 3, 5);
    // An application error twice: fewer than three attempts, so the third one applies the event.
    Fault flaky = Fault.applicationError(keys[5], 2, 2);
    SequenceHandler handler = new SequenceHandler(name, backbone.dataSource()).fault(conflict).fault(flaky);
    EventConsumer consumer = consumers.start(name, List.of(topic), handler, 3);
    backbone.sendSequences(topic, keys, 5);

    backbone.awaitApplied(name, 10 * 5);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);
    assertThat(conflict.raised()).isEqualTo(5);
    assertThat(flaky.raised()).isEqualTo(2);
    // Every event once and in order per key; the retried batches left nothing half-applied.
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 5));
    assertThat(backbone.total(name)).containsExactly(10 * 5, 10L * (5 * 6 / 2));
    assertThat(backbone.inboxCount(name)).isEqualTo(10 * 5);
    assertThat(backbone.counter("kinerja.consumer.failed.attempts", name)).isGreaterThanOrEqualTo(7);
    assertThat(backbone.counter("kinerja.consumer.dead.lettered", name)).isZero();
    assertThat(backbone.records(Topics.deadLetter(name))).isZero();
    assertThat(consumer.runningWorkers()).isEqualTo(3);
  }
}
