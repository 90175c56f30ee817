package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.events.ProjectionHandler;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer continues the trace a record's traceparent header names (docs/operations.md "Tracing"): its batch runs
 * in a CONSUMER span of that trace, and the recalculation of the figures runs inside it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class TracingTest {

  @Inject
  MemorySpans spans;

  @Test
  void aRecordWithATraceparentIsAppliedAndRecalculatedInThatTrace() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    ReportingApiTest.plan(kab, kec, "Mlarak", false);

    // As realization's relay sends it: the send span's context in the header.
    String traceId = hex(16);
    String sendSpanId = hex(8);
    EventEnvelope e = Fixtures.indikatorEnvelope(kab, kec, 4, "IKU-SKM", 1, 1, "VERIFIED", "VERIFIED",
        new BigDecimal("99"), null, null, Instant.parse("2025-01-10T03:00:00Z"));
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REALISASI, kec, e.toJson());
    record.headers().add("traceparent", ("00-" + traceId + "-" + sendSpanId + "-01").getBytes(StandardCharsets.US_ASCII));
    send(record);

    // The recalculated figure is there ...
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kab))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200)
        .body("indikator.find { it.kode == 'IKU-SKM' }.tahunan.capaian.status", equalTo("COMPUTED")));

    // ... computed in the consumer's span of the sender's trace.
    // (The webhook consumer reads the record too, in a span of the same trace.)
    SpanData process = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
        .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)
            && s.getName().equals("process " + ProjectionHandler.CONSUMER)).findFirst(),
        Optional::isPresent).get();
    assertThat(process.getParentSpanId()).as("a child of the send span named in the header").isEqualTo(sendSpanId);
    SpanData recalculation = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
        .filter(s -> s.getName().equals("recalculate") && s.getTraceId().equals(traceId)).findFirst(),
        Optional::isPresent).get();
    assertThat(recalculation.getParentSpanId()).as("inside the consumer's span").isEqualTo(process.getSpanId());
    assertThat(recalculation.getAttributes().asMap().entrySet()).anyMatch(a -> a.getKey().getKey()
        .equals("kinerja.kecamatan_tahun.count") && Long.valueOf(1).equals(a.getValue()));
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] |= 1; // never all zeros (an invalid id)
    return HexFormat.of().formatHex(b);
  }

  private static void send(ProducerRecord<String, String> record) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.send(record).get();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }
}
