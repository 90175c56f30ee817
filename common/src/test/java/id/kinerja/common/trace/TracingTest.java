package id.kinerja.common.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** The W3C context as the outbox row and the Kafka header carry it, and the spans the relay and consumers start. */
class TracingTest {

  private static final String A = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final String B = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private SdkTracerProvider provider;
  private Tracing tracing;

  @BeforeEach
  void sdk() {
    provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    tracing = new Tracing();
    tracing.openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(provider).build();
  }

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void theCurrentSpanIsWrittenAsATraceparentAndReadBack() {
    assertThat(Tracing.traceparent()).as("outside any span").isNull();
    assertThat(Tracing.traceId()).isNull();
    Span span = tracing.tracer().spanBuilder("request").startSpan();
    try (Scope s = span.makeCurrent()) {
      String tp = Tracing.traceparent();
      assertThat(tp).isEqualTo("00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId() + "-01");
      assertThat(Tracing.traceId()).isEqualTo(span.getSpanContext().getTraceId());
      SpanContext back = Span.fromContext(Tracing.parent(tp)).getSpanContext();
      assertThat(back.getTraceId()).isEqualTo(span.getSpanContext().getTraceId());
      assertThat(back.getSpanId()).isEqualTo(span.getSpanContext().getSpanId());
      assertThat(back.isRemote()).isTrue();
    } finally {
      span.end();
    }
  }

  @Test
  void aMissingOrMalformedTraceparentIsNoParent() {
    for (String bad : Arrays.asList(null, "", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")) {
      assertThat(Span.fromContext(Tracing.parent(bad)).getSpanContext().isValid()).as("%s", bad).isFalse();
    }
  }

  @Test
  void theSendSpanContinuesTheRowsTraceAndGoesIntoTheHeader() {
    Span send = tracing.send("kinerja.realisasi.v1", A, 3);
    RecordHeaders headers = new RecordHeaders();
    headers.add(Tracing.TRACEPARENT, "stale".getBytes(StandardCharsets.US_ASCII));
    Tracing.inject(send, headers);
    send.end();
    SpanData d = exported.getFinishedSpanItems().get(0);
    assertThat(d.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(d.getName()).isEqualTo("send kinerja.realisasi.v1");
    assertThat(d.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(d.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    assertThat(headers.headers(Tracing.TRACEPARENT)).hasSize(1);
    assertThat(Tracing.traceparent(headers)).isEqualTo("00-" + d.getTraceId() + "-" + d.getSpanId() + "-01");
  }

  @Test
  void rowsWrittenOutsideATraceStartOne() {
    tracing.send("kinerja.planning.v1", null, 1).end();
    SpanData d = exported.getFinishedSpanItems().get(0);
    assertThat(d.getParentSpanContext().isValid()).isFalse();
    assertThat(d.getSpanContext().isValid()).isTrue();
  }

  @Test
  void aBatchContinuesItsFirstRecordsTraceAndLinksTheOthers() {
    tracing.process("reporting-projections", "reporting-projections-g1", Arrays.asList(null, A, B, A, "garbage"), 5)
        .end();
    SpanData d = exported.getFinishedSpanItems().get(0);
    assertThat(d.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(d.getName()).isEqualTo("process reporting-projections");
    assertThat(d.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(d.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    List<LinkData> links = d.getLinks();
    assertThat(links).hasSize(1);
    assertThat(links.get(0).getSpanContext().getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
  }

  @Test
  void aBatchWithoutContextIsARootEvenInsideAnotherSpan() {
    Span outer = tracing.tracer().spanBuilder("outer").startSpan();
    try (Scope s = outer.makeCurrent()) {
      tracing.process("c", "c-g1", List.of(), 1).end();
    } finally {
      outer.end();
    }
    SpanData d = exported.getFinishedSpanItems().get(0);
    assertThat(d.getParentSpanContext().isValid()).isFalse();
  }
}
