package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A consumer read again from the first offset, in the two ways there are: its group's offsets set back (an operator's
 * rewind, the inbox kept) and a rebuild (inbox and projections emptied, a new group). Either way every event is
 * delivered again and the handler's state ends the same.
 */
@QuarkusTest
@WithTestResource(BackboneTestResource.class)
class RewindTest {

  @Inject
  Backbone backbone;

  @Inject
  EventConsumers consumers;

  @Test
  void offsetsSetBackToTheBeginningRedeliverEveryEventAndTheInboxAppliesNoneTwice() {
    String name = Backbone.fresh("rewind");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(30);
    consumers.start(name, List.of(topic), new SequenceHandler(name, backbone.dataSource()), 3);
    backbone.sendSequences(topic, keys, 10);
    backbone.awaitApplied(name, 30 * 10);
    String group = backbone.group(name);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(group, topic) == 0);
    Map<String, List<Integer>> before = backbone.applied(name);
    long[] totalBefore = backbone.total(name);
    double duplicatesBefore = backbone.counter("kinerja.consumer.duplicates", name);
    assertThat(before).isEqualTo(Backbone.complete(keys, 10));

    consumers.pause(name);
    backbone.resetOffsetsToEarliest(group, topic);
    assertThat(backbone.committedLag(group, topic)).isEqualTo(30 * 10);
    consumers.resume(name);

    // Every record read again and the offsets committed to the end once more ...
    await().atMost(PATIENCE).until(() -> backbone.committedLag(group, topic) == 0);
    // ... each one recognised as a duplicate, and nothing applied a second time.
    assertThat(backbone.counter("kinerja.consumer.duplicates", name)).isGreaterThanOrEqualTo(duplicatesBefore + 30 * 10);
    assertThat(backbone.applied(name)).isEqualTo(before);
    assertThat(backbone.total(name)).containsExactly(totalBefore);
    assertThat(backbone.inboxCount(name)).isEqualTo(30 * 10);
    assertThat(backbone.counter("kinerja.consumer.applied", name)).isEqualTo(30 * 10);

    // New events after the rewound ones are applied as usual.
    backbone.sendSequences(topic, keys, 1, 10);
    backbone.awaitApplied(name, 30 * 11);
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 11));
  }

  @Test
  void aRebuildWithSeveralWorkersGivesTheSameResult() {
    String name = Backbone.fresh("rebuild");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(50);
    EventConsumer consumer = consumers.start(name, List.of(topic), new SequenceHandler(name, backbone.dataSource()), 3);
    backbone.sendSequences(topic, keys, 20);
    backbone.awaitApplied(name, 50 * 20);
    Map<String, List<Integer>> before = backbone.applied(name);
    long[] totalBefore = backbone.total(name);
    assertThat(before).isEqualTo(Backbone.complete(keys, 20));
    assertThat(backbone.group(name)).isEqualTo(name + "-g1");

    consumer.rebuild(() -> {
      backbone.execute("delete from test_applied where consumer = ?", name);
      backbone.execute("delete from test_total where consumer = ?", name);
    });
    // A new group, which has committed nothing: it reads from offset 0.
    assertThat(backbone.group(name)).isEqualTo(name + "-g2");
    backbone.awaitApplied(name, 50 * 20);
    await().atMost(PATIENCE).until(() -> backbone.inboxCount(name) == 50 * 20
        && backbone.committedLag(name + "-g2", topic) == 0);

    assertThat(backbone.applied(name)).isEqualTo(before);
    assertThat(backbone.total(name)).containsExactly(totalBefore);
    // Each event applied once per generation.
    assertThat(backbone.counter("kinerja.consumer.applied", name)).isEqualTo(2 * 50 * 20);
    assertThat(consumer.runningWorkers()).isEqualTo(3);
  }
}
