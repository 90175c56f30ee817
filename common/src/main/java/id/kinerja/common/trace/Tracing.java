package id.kinerja.common.trace;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * One trace per change, across the services (docs/operations.md "Tracing"): the W3C {@code traceparent} of the
 * request that wrote an outbox row travels in the row, then in the Kafka record's header, and the consumer that
 * applies the record continues the trace. Always W3C, whatever propagators the HTTP side is configured with: the
 * column and the header are named after it.
 */
@ApplicationScoped
public class Tracing {

  /** The Kafka header (and outbox column) that carries the trace context (docs/events.md). */
  public static final String TRACEPARENT = "traceparent";

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  private static final TextMapGetter<String> FROM_STRING = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(String carrier) {
      return java.util.List.of(TRACEPARENT);
    }

    @Override
    public String get(String carrier, String key) {
      return TRACEPARENT.equals(key) ? carrier : null;
    }
  };

  @Inject
  OpenTelemetry openTelemetry;

  private volatile Tracer tracer;

  /** The tracer of the event backbone's own spans (relay send, consumer process). */
  public Tracer tracer() {
    Tracer t = tracer;
    if (t == null) {
      t = openTelemetry.getTracer("id.kinerja.events");
      tracer = t;
    }
    return t;
  }

  /** The current span's {@code traceparent} (version 00), or null outside any valid span. */
  public static String traceparent() {
    return traceparent(Span.current().getSpanContext());
  }

  static String traceparent(SpanContext c) {
    if (!c.isValid()) {
      return null;
    }
    return "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex();
  }

  /** The current trace id (32 hex digits), or null outside any valid span. */
  public static String traceId() {
    SpanContext c = Span.current().getSpanContext();
    return c.isValid() ? c.getTraceId() : null;
  }

  /** The remote span a {@code traceparent} names, as a parent context; the root context when absent or malformed. */
  public static Context parent(String traceparent) {
    if (traceparent == null || traceparent.isEmpty()) {
      return Context.root();
    }
    return W3C.extract(Context.root(), traceparent, FROM_STRING);
  }

  /** The {@code traceparent} header of a record, or null. */
  public static String traceparent(Headers headers) {
    Header h = headers.lastHeader(TRACEPARENT);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.US_ASCII);
  }

  /** Sets the record's {@code traceparent} header to the span's context. */
  public static void inject(Span span, Headers headers) {
    String value = traceparent(span.getSpanContext());
    if (value != null) {
      headers.remove(TRACEPARENT);
      headers.add(TRACEPARENT, value.getBytes(StandardCharsets.US_ASCII));
    }
  }

  /**
   * The relay's PRODUCER span for the rows one request wrote ({@code traceparent} null: rows written outside any
   * trace, which start one here). One span per request and batch, not per row: a plan import writes thousands.
   */
  public Span send(String topic, String traceparent, int rows) {
    return tracer().spanBuilder("send " + topic).setSpanKind(SpanKind.PRODUCER).setParent(parent(traceparent))
        .setAttribute("messaging.system", "kafka")
        .setAttribute("messaging.operation.type", "send")
        .setAttribute("messaging.destination.name", topic)
        .setAttribute("messaging.batch.message_count", (long) rows)
        .startSpan();
  }

  /**
   * The consumer's CONSUMER span for one batch, around its database transaction and the handler: a child of the
   * first record's trace, linked to the traces of the others (a batch holds the events of several requests).
   */
  public Span process(String consumer, String group, Collection<String> traceparents, int records) {
    SpanBuilder b = tracer().spanBuilder("process " + consumer).setSpanKind(SpanKind.CONSUMER)
        .setAttribute("messaging.system", "kafka")
        .setAttribute("messaging.operation.type", "process")
        .setAttribute("messaging.consumer.group.name", group)
        .setAttribute("messaging.batch.message_count", (long) records);
    SpanContext parent = null;
    java.util.Set<String> linked = new java.util.HashSet<>();
    for (String tp : traceparents) {
      if (tp == null) {
        continue;
      }
      SpanContext c = Span.fromContext(parent(tp)).getSpanContext();
      if (!c.isValid()) {
        continue;
      }
      if (parent == null) {
        parent = c;
        b.setParent(Context.root().with(Span.wrap(c)));
      } else if (!c.equals(parent) && linked.add(c.getSpanId())) {
        b.addLink(c);
      }
    }
    if (parent == null) {
      b.setNoParent();
    }
    return b.startSpan();
  }
}
