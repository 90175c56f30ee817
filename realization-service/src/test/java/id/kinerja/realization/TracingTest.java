package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import id.kinerja.common.events.Topics;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * One trace from the HTTP request to the broker (docs/operations.md "Tracing"): the outbox row keeps the request's
 * trace context, the relay's send span continues it and the Kafka record carries it in its traceparent header. A 5xx
 * problem body quotes the trace id of its request.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class TracingTest {

  private static final String SUBMIT = """
      {"keadaan": "REPORTED", "nilai": 17.00, "satuan": "%", "faktorPendukung": "Koordinasi baik", "ajukan": true}""";

  @Inject
  MemorySpans spans;

  @Inject
  DataSource dataSource;

  @Test
  void aSubmissionIsOneTraceFromTheRequestToTheKafkaRecord() {
    Fixture f = Fixture.create();
    String path = f.indikator(2, "IKU-01");
    as(f.operator, key()).body(SUBMIT).put(path).then().statusCode(201);

    SpanData request = await().atMost(Duration.ofSeconds(10)).until(() -> server("PUT", path), Optional::isPresent).get();
    String traceId = request.getTraceId();

    List<ConsumerRecord<String, String>> records = Fixture.PROBE.read(Topics.REALISASI,
        r -> f.kecamatan.equals(r.key()) && r.value().contains("\"IKU-01\""), Duration.ofMillis(300));
    assertThat(records).hasSize(1);
    Header header = records.get(0).headers().lastHeader("traceparent");
    assertThat(header).as("the record carries the trace context").isNotNull();
    String traceparent = new String(header.value(), StandardCharsets.US_ASCII);
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    assertThat(traceparent.split("-")[1]).as("the request's trace").isEqualTo(traceId);

    SpanData send = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
        .filter(s -> s.getKind() == SpanKind.PRODUCER && s.getSpanId().equals(traceparent.split("-")[2])).findFirst(),
        Optional::isPresent).get();
    assertThat(send.getName()).isEqualTo("send " + Topics.REALISASI);
    assertThat(send.getTraceId()).isEqualTo(traceId);
    assertThat(send.getParentSpanId()).as("a child of the request that wrote the outbox row")
        .isEqualTo(request.getSpanId());
    assertThat(send.getAttributes().asMap().values()).contains(Topics.REALISASI);
  }

  @Test
  void aServerErrorQuotesTheTraceIdOfItsRequest() throws Exception {
    Fixture f = Fixture.create();
    String path = f.indikator(2, "IKU-01");
    // A failure the service does not expect, in the database, for this kecamatan only.
    execute("create function test_fault_" + f.kecamatan.replace('.', '_') + "() returns trigger language plpgsql as $$"
        + " begin raise exception 'test fault: the disk is full'; end $$");
    execute("create trigger test_fault_" + f.kecamatan.replace('.', '_') + " before insert on realisasi_indikator"
        + " for each row when (new.kecamatan_kode = '" + f.kecamatan + "') execute function test_fault_"
        + f.kecamatan.replace('.', '_') + "()");
    // The line the mapper logs for it, with the MDC of the request.
    List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        if (r instanceof org.jboss.logmanager.ExtLogRecord x && x.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
          logged.add(String.valueOf(x.getMdc("traceId")));
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    java.util.logging.Logger mapperLog = java.util.logging.Logger.getLogger("id.kinerja.common.problem.ProblemMappers");
    mapperLog.addHandler(capture);
    Response answer;
    try {
      answer = as(f.operator, key()).body(SUBMIT).put(path);
    } finally {
      mapperLog.removeHandler(capture);
      execute("drop trigger test_fault_" + f.kecamatan.replace('.', '_') + " on realisasi_indikator");
      execute("drop function test_fault_" + f.kecamatan.replace('.', '_') + "()");
    }
    answer.then().statusCode(500).contentType("application/problem+json").body("type", equalTo(
        "https://kinerja.id/problems/internal")).body("traceId", matchesPattern("[0-9a-f]{32}"));
    String traceId = answer.path("traceId");
    SpanData request = await().atMost(Duration.ofSeconds(10)).until(() -> server("PUT", path), Optional::isPresent).get();
    assertThat(traceId).isEqualTo(request.getTraceId());
    assertThat(logged).as("the error's log line carries the trace id (MDC traceId)").containsExactly(traceId);

    // A refusal (4xx) is no server error: it quotes no trace id.
    as(f.operator, key()).body("{\"nilai\": \"tujuh belas\"}").put(path).then().statusCode(400)
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("traceId")));
  }

  /** The last SERVER span of a request to this path (the path, not the route template, is among its attributes). */
  private Optional<SpanData> server(String method, String path) {
    return spans.finished().stream().filter(s -> s.getKind() == SpanKind.SERVER)
        .filter(s -> s.getName().startsWith(method + " "))
        .filter(s -> s.getAttributes().asMap().values().stream().anyMatch(v -> path.equals(String.valueOf(v))))
        .reduce((a, b) -> b);
  }

  private void execute(String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
