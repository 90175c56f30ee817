package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static id.kinerja.common.inbox.Assignments.awaitAssigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import id.kinerja.deploy.localstack.LocalStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A consumer run by several workers over the real broker and database: every event of many keys applied exactly once
 * and in order per key, through rebalances and a worker stopped or evicted in the middle of a batch. Dead letters are in
 * {@link DeadLettersTest}, rewinds and rebuilds in {@link RewindTest}, the lag in {@link ConsumerLagTest}.
 */
@QuarkusTest
@WithTestResource(BackboneTestResource.class)
class ConsumerWorkersTest {

  @Inject
  Backbone backbone;

  @Inject
  EventConsumers consumers;

  private EventConsumer start(String name, String topic, SequenceHandler handler, int workers) {
    return consumers.start(name, List.of(topic), handler, workers);
  }

  @Test
  void severalWorkersApplyEveryEventOnceAndInOrderPerKey() {
    String name = Backbone.fresh("order");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(120);
    // On the topic before the consumer starts: the first worker takes every partition and starts applying, the others
    // join while it does, and partitions move under load.
    backbone.sendSequences(topic, keys, 25);
    EventConsumer consumer = start(name, topic, new SequenceHandler(name, backbone.dataSource()).dwell(20), 3);
    // Once every worker holds partitions, the second half of each key's events: applied by several workers whatever
    // the first worker managed to drain before the others joined.
    awaitAssigned(consumer, 6);
    backbone.sendSequences(topic, keys, 25, 25);
    backbone.awaitApplied(name, 120 * 50);

    assertThat(consumer.workers()).isEqualTo(3);
    assertThat(consumer.runningWorkers()).isEqualTo(3);
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 50));
    assertThat(backbone.workersThatApplied(name)).hasSizeGreaterThan(1);
    assertThat(backbone.inboxCount(name)).isEqualTo(120 * 50);
    // The figure every key changes stays exact under concurrent workers.
    assertThat(backbone.total(name)).containsExactly(120 * 50, 120L * (50 * 51 / 2));
    assertThat(backbone.counter("kinerja.consumer.applied", name)).isEqualTo(120 * 50);
    assertThat(backbone.gauge("kinerja.consumer.workers", "consumer", name)).isEqualTo(3);
    // Per worker, the Kafka client's own metrics under its client id (service, group, worker).
    await().atMost(PATIENCE).until(() -> {
      double held = 0;
      for (int i = 0; i < 3; i++) {
        held += backbone.gauge("kafka.consumer.coordinator.assigned.partitions",
            "client.id", "reporting-service-" + name + "-g1-w" + i);
      }
      return held == 6;
    });
  }

  @Test
  void aKeysEventsOnTwoTopicsAreAppliedByOneWorkerAtATime() {
    String name = Backbone.fresh("two");
    String plans = backbone.topic("test." + name + ".a");
    String realisasi = backbone.topic("test." + name + ".b");
    String[] keys = Backbone.keys(40);
    SequenceHandler handler = new SequenceHandler(name, backbone.dataSource()).dwell(5);
    // Four workers on 2 × 6 partitions: an assignment over all partitions at once (round robin, sticky) would split
    // partition n of the two topics between workers.
    EventConsumer consumer = consumers.start(name, List.of(plans, realisasi), handler, 4);
    awaitAssigned(consumer, 12);
    // Partition n of both topics is held by one worker.
    for (int i = 0; i < 4; i++) {
      var held = consumer.worker(i).assignment();
      assertThat(numbers(held, plans)).as("worker %d", i).isEqualTo(numbers(held, realisasi)).isNotEmpty();
    }
    // Both topics carry events of the same keys, sent at the same time (seq 1..10 on one, 101..110 on the other).
    Thread other = new Thread(() -> backbone.sendSequences(realisasi, keys, 10, 100));
    other.start();
    backbone.sendSequences(plans, keys, 10);
    join(other);

    backbone.awaitApplied(name, 40 * 20);
    assertThat(handler.overlaps()).isZero();
    Map<String, List<Integer>> applied = backbone.applied(name);
    assertThat(applied).hasSize(40);
    applied.values().forEach(seqs -> {
      assertThat(seqs.stream().filter(s -> s <= 100)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(seqs.stream().filter(s -> s > 100)).containsExactly(101, 102, 103, 104, 105, 106, 107, 108, 109, 110);
    });
    assertThat(backbone.workersThatApplied(name)).hasSizeGreaterThan(1);
  }

  private static java.util.Set<Integer> numbers(java.util.Set<TopicPartition> held, String topic) {
    return held.stream().filter(tp -> tp.topic().equals(topic)).map(TopicPartition::partition)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static void join(Thread t) {
    try {
      t.join(PATIENCE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void aWorkerStoppedMidBatchFinishesItAndItsPartitionsMoveOn() throws Exception {
    String name = Backbone.fresh("stop");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(30);
    SequenceHandler.Trap trap = new SequenceHandler.Trap(keys[7], 5);
    EventConsumer consumer = start(name, topic, new SequenceHandler(name, backbone.dataSource()).trap(trap), 3);
    awaitAssigned(consumer, 6);
    backbone.sendSequences(topic, keys, 20);

    trap.awaitCaught();
    EventConsumer.Worker victim = workerOn(consumer, trap.thread());
    victim.requestStop();
    trap.release();
    victim.awaitStopped();

    backbone.awaitApplied(name, 30 * 20);
    assertThat(victim.alive()).isFalse();
    assertThat(consumer.runningWorkers()).isEqualTo(2);
    assertThat(consumer.isRunning()).isTrue();
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 20));
    assertThat(backbone.inboxCount(name)).isEqualTo(30 * 20);
    assertThat(backbone.total(name)).containsExactly(30 * 20, 30L * (20 * 21 / 2));

    // resume starts the stopped worker again, and it takes partitions back
    consumers.resume(name);
    assertThat(consumer.runningWorkers()).isEqualTo(3);
    awaitAssigned(consumer, 6);
    backbone.sendSequences(topic, new String[] {"35.99.99"}, 3);
    backbone.awaitApplied(name, 30 * 20 + 3);
    assertThat(backbone.applied(name).get("35.99.99")).containsExactly(1, 2, 3);
  }

  @Test
  void aWorkerKilledMidBatchLosesNothingAndItsSuccessorAppliesEverythingOnce() throws Exception {
    evictedMidBatch(true);
  }

  @Test
  void aWorkerEvictedMidBatchThatFinishesLateAppliesNothingTwice() throws Exception {
    evictedMidBatch(false);
  }

  /**
   * A worker stops inside its transaction (inbox rows and effects written, not committed) for longer than
   * max.poll.interval.ms: the group evicts it and gives its partitions to another worker, which reads the same records
   * again. When {@code killed}, its database session is then terminated, as when its process dies (PostgreSQL rolls
   * the transaction back); otherwise it wakes up and commits late, as a worker stuck on a slow statement would.
   */
  private void evictedMidBatch(boolean killed) throws Exception {
    String name = Backbone.fresh(killed ? "kill" : "late");
    String topic = backbone.topic("test." + name);
    String[] keys = Backbone.keys(30);
    SequenceHandler.Trap trap = new SequenceHandler.Trap(keys[3], 4);
    EventConsumer consumer = start(name, topic, new SequenceHandler(name, backbone.dataSource()).trap(trap), 3);
    awaitAssigned(consumer, 6);
    Map<String, Integer> partitions = backbone.sendSequences(topic, keys, 15);
    TopicPartition trapped = new TopicPartition(topic, partitions.get(keys[3]));

    trap.awaitCaught();
    EventConsumer.Worker victim = workerOn(consumer, trap.thread());
    // Evicted after max.poll.interval.ms (5 s in the tests): another worker is given the partition ...
    await().atMost(PATIENCE).until(() -> otherWorkerHolds(consumer, victim, trapped));
    // ... reads the trapped batch again, and its inbox insert waits for the victim's uncommitted rows.
    await().atMost(PATIENCE).until(() -> backbone.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
        + " and query like 'insert into inbox_event%'") > 0);
    if (killed) {
      backbone.execute("select pg_terminate_backend(?)", trap.backendPid());
    }
    trap.release();

    backbone.awaitApplied(name, 30 * 15);
    await().atMost(PATIENCE).until(() -> backbone.inboxCount(name) == 30 * 15);
    // The trapped batch was met twice: by the victim's retry after its session ended (killed), or by the successor
    // after the victim's late commit. Nothing more of it can be applied after that.
    await().atMost(PATIENCE).until(() -> backbone.counter("kinerja.consumer.duplicates", name) > 0);
    // Offsets committed to the end of every partition: nothing of the topic is left to be applied again.
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 15));
    assertThat(backbone.inboxCount(name)).isEqualTo(30 * 15);
    assertThat(backbone.total(name)).containsExactly(30 * 15, 30L * (15 * 16 / 2));
    assertThat(consumer.runningWorkers()).isEqualTo(3);
  }

  @Test
  void aTopicWithFewerPartitionsThanWorkersIsLeftAsItIsAndBoundsTheWorkers() throws Exception {
    String name = Backbone.fresh("narrow");
    String topic = "test." + name;
    String[] keys = Backbone.keys(10);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStack.kafkaBootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    backbone.ready(topic);
    EventConsumer consumer = start(name, topic, new SequenceHandler(name, backbone.dataSource()), 4);
    assertThat(consumer.workers()).isEqualTo(2);
    assertThat(consumer.runningWorkers()).isEqualTo(2);
    backbone.sendSequences(topic, keys, 10);
    backbone.awaitApplied(name, 10 * 10);
    assertThat(backbone.applied(name)).isEqualTo(Backbone.complete(keys, 10));
    assertThat(backbone.clients().partitionCounts(List.of(topic), Duration.ofSeconds(10))).containsEntry(topic, 2);

    // A topic the consumer creates gets at least as many partitions as workers.
    String wide = "test." + Backbone.fresh("wide");
    String wideName = Backbone.fresh("wide");
    EventConsumer many = start(wideName, wide, new SequenceHandler(wideName, backbone.dataSource()), 8);
    assertThat(backbone.clients().partitionCounts(List.of(wide), Duration.ofSeconds(10))).containsEntry(wide, 8);
    assertThat(many.workers()).isEqualTo(8);
    consumers.pause(wideName);
    assertThat(many.isRunning()).isFalse();
  }

  private static EventConsumer.Worker workerOn(EventConsumer consumer, String thread) {
    for (int i = 0; i < consumer.workers(); i++) {
      if (consumer.worker(i).threadName().equals(thread)) {
        return consumer.worker(i);
      }
    }
    throw new AssertionError("no worker runs on " + thread);
  }

  private static boolean otherWorkerHolds(EventConsumer consumer, EventConsumer.Worker victim, TopicPartition tp) {
    for (int i = 0; i < consumer.workers(); i++) {
      EventConsumer.Worker w = consumer.worker(i);
      if (w != victim && w.assignment().contains(tp)) {
        return true;
      }
    }
    return false;
  }
}
