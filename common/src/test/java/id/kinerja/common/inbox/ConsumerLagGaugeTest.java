package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.common.backbone.Backbone;
import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.common.backbone.SequenceHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lag and the dead letters an operator watches (docs/operations.md): {@code kinerja_consumer_lag_events} (end
 * offset minus the group's committed offset, per consumer and topic) and {@code kinerja_dead_letters} (records on the
 * consumer's dead-letter topic), measured at the broker every 300 ms here, and the same figures in the health check
 * {@code event-consumers}, which stays UP.
 */
@QuarkusTest
@WithTestResource(BackboneTestResource.class)
class ConsumerLagGaugeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  Backbone backbone;

  @Inject
  EventConsumers consumers;

  @TestHTTPResource("/q/health/ready")
  URL ready;

  private double lag(String consumer, String topic) {
    return backbone.gauge("kinerja.consumer.lag.events", "consumer", consumer, "topic", topic);
  }

  private double deadLetters(String consumer) {
    return backbone.gauge("kinerja.dead.letters", "consumer", consumer);
  }

  /** The check {@code event-consumers} of the readiness answer (which must be 200: the check never says DOWN). */
  private JsonNode health() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ready.toString())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode check : JSON.readTree(r.body()).path("checks")) {
      if (check.path("name").asText().equals("event-consumers")) {
        assertThat(check.path("status").asText()).isEqualTo("UP");
        return check.path("data");
      }
    }
    throw new AssertionError("no check event-consumers in " + r.body());
  }

  @Test
  void theLagGrowsWhileTheConsumerIsStoppedAndReturnsToZeroOnceItCaughtUpAndADeadLetterIsCounted() throws Exception {
    String name = Backbone.fresh("lag-gauge");
    String topic = backbone.topic("test." + name);
    String key = "35.02.08";
    consumers.start(name, List.of(topic), new SequenceHandler(name, backbone.dataSource()), 1);
    backbone.sendRun(topic, key, 0, 1);
    backbone.awaitApplied(name, 1);
    await().atMost(PATIENCE).until(() -> lag(name, topic) == 0 && deadLetters(name) == 0);

    // Stopped (as while it retries a batch against an absent database): the events published meanwhile are its lag.
    consumers.pause(name);
    int backlog = 300;
    backbone.sendRun(topic, key, 1, 1 + backlog);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> lag(name, topic) == backlog);
    await().atMost(PATIENCE).untilAsserted(() -> {
      JsonNode data = health();
      assertThat(data.path(name + ".lag").asLong()).isEqualTo(backlog);
      assertThat(data.path(name + ".running").asBoolean()).isFalse();
      assertThat(data.path(name + ".deadLetters").asLong()).isZero();
    });

    consumers.resume(name);
    backbone.awaitApplied(name, 1 + backlog);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> lag(name, topic) == 0);

    // A poison record: dead-lettered, the partition moves on (lag 0 again), and the dead letter is counted. Its log
    // line names the consumer and the kecamatan of the record's key (the JSON log's mdc fields).
    List<Map<String, String>> logged = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r instanceof ExtLogRecord ext && String.valueOf(ext.getFormattedMessage()).contains(name + " dead-letters")) {
          logged.add(ext.getMdcCopy());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    org.jboss.logmanager.Logger consumerLog = org.jboss.logmanager.LogContext.getLogContext()
        .getLogger(EventConsumer.class.getName());
    consumerLog.addHandler(capture);
    try {
      backbone.send(topic, key, "{not json".getBytes(StandardCharsets.UTF_8));
      await().atMost(PATIENCE).until(() -> !logged.isEmpty());
    } finally {
      consumerLog.removeHandler(capture);
    }
    assertThat(logged.get(0)).containsEntry("consumer", name).containsEntry("kecamatanKode", key)
        .containsEntry("kabupatenKode", "35.02");
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
        .until(() -> deadLetters(name) == 1 && lag(name, topic) == 0);
    assertThat(backbone.counter("kinerja.consumer.dead.lettered", name)).isEqualTo(1);
    await().atMost(PATIENCE).untilAsserted(() -> {
      JsonNode data = health();
      assertThat(data.path(name + ".deadLetters").asLong()).isEqualTo(1);
      assertThat(data.path(name + ".lag").asLong()).isZero();
      assertThat(data.path(name + ".running").asBoolean()).isTrue();
    });
  }
}
