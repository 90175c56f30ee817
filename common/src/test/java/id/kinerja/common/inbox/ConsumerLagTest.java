package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The consumer's backlog as operators read it (docs/operations.md):
 * {@code kafka_consumer_fetch_manager_records_lag_max{client_id=…}}, the records behind the end of the partitions a
 * worker reads, from the Kafka client's metrics that each worker binds to the registry.
 * <p>
 * What it is: the largest lag a worker measured at its polls over the last one to two sample windows
 * ({@code metrics.sample.window.ms}, 30 s by default), measured at a poll as the partition's end minus the worker's
 * position. So it shows a backlog at once, keeps showing it for up to two windows after the worker caught up, reads 0
 * while new events keep arriving and are read as they come, and has no value at all (NaN) once a caught-up worker has
 * been idle for two windows: its fetches then bring nothing, and measure nothing.
 * <p>
 * Its own application (a test profile), for two reasons: windows of 2 s let the figure move within the test; and
 * Micrometer's Kafka binder removes the client-wide figure of every client as soon as any client's periodic refresh
 * (each minute) finds per-partition figures of the same name, so consumers of other test classes in the same
 * application would remove this one's gauge at a moment no test controls.
 */
@QuarkusTest
@TestProfile(ConsumerLagTest.ShortMetricWindows.class)
@WithTestResource(BackboneTestResource.class)
class ConsumerLagTest {

  public static class ShortMetricWindows implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Windows of 2 s; and a worker held in the trap below must not be evicted from the group meanwhile.
      return Map.of("kafka.metrics.sample.window.ms", "2000", "kafka.max.poll.interval.ms", "60000");
    }
  }

  private static final String LAG = "kafka.consumer.fetch.manager.records.lag.max";

  @Inject
  Backbone backbone;

  @Inject
  EventConsumers consumers;

  @Inject
  MeterRegistry registry;

  /**
   * The lag the registry reports for one client: the client-wide gauge, or after the binder's refresh the largest of
   * its per-partition ones; NaN while it has none (no fetch yet, or none in the window).
   */
  private double lag(String clientId) {
    List<Double> values = new ArrayList<>();
    for (Gauge g : registry.find(LAG).tag("client.id", clientId).gauges()) {
      if (!Double.isNaN(g.value())) {
        values.add(g.value());
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  @Test
  void theLagShowsTheRecordsNotYetReadAndReturnsToZeroOnceTheWorkerKeepsUp() throws Exception {
    String name = Backbone.fresh("lag");
    String topic = backbone.topic("test." + name);
    String key = "35.02.08";
    int backlog = 1200; // more than one poll (max.poll.records 500) takes
    backbone.sendRun(topic, key, 0, backlog);

    // One worker, held inside its first batch: the lag it measured when it polled stays as it was.
    SequenceHandler.Trap trap = new SequenceHandler.Trap(key, 1);
    consumers.start(name, List.of(topic), new SequenceHandler(name, backbone.dataSource()).trap(trap), 1);
    String clientId = "reporting-service-" + name + "-g1";
    trap.awaitCaught();
    assertThat(trap.batch()).isPositive().isLessThan(backlog);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
        .untilAsserted(() -> assertThat(lag(clientId)).isEqualTo(backlog - trap.batch()));
    // The group has committed nothing yet: the broker counts every record as unconsumed.
    assertThat(backbone.committedLag(backbone.group(name), topic)).isEqualTo(backlog);
    assertThat(backbone.appliedCount(name)).isZero(); // the trapped transaction has not committed

    trap.release();
    backbone.awaitApplied(name, backlog);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);

    // Caught up, with events still arriving one by one: once the backlog's figures have left the window, 0.
    int sent = backlog;
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (lag(clientId) != 0) {
      assertThat(System.nanoTime() - deadline).as("lag back at 0 within %s", PATIENCE).isNegative();
      backbone.sendRun(topic, key, sent, sent + 1);
      sent++;
      Thread.sleep(200); // the pace of the arriving events, not a wait for an outcome
    }
    backbone.awaitApplied(name, sent);
    await().atMost(PATIENCE).until(() -> backbone.committedLag(backbone.group(name), topic) == 0);
    List<Integer> inOrder = new ArrayList<>();
    for (int seq = 1; seq <= sent; seq++) {
      inOrder.add(seq);
    }
    assertThat(backbone.applied(name)).containsExactly(Map.entry(key, inOrder));
    assertThat(backbone.inboxCount(name)).isEqualTo(sent);

    // Idle: no fetch brings anything for two windows, and the figure has no value at all (NaN), rather than 0.
    await().atMost(PATIENCE).until(() -> Double.isNaN(lag(clientId)));
  }
}
