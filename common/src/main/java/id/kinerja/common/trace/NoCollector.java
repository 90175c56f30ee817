package id.kinerja.common.trace;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Where spans go while no collector is configured: nowhere. Quarkus' own OTLP exporter would otherwise send every span
 * to http://localhost:4317 (its default endpoint), and Quarkus installs it only while no SpanExporter bean is present;
 * this bean is present exactly while neither {@code quarkus.otel.exporter.otlp.endpoint} nor
 * {@code quarkus.otel.exporter.otlp.traces.endpoint} names another endpoint (the rule Quarkus itself applies). Spans
 * and trace ids are made all the same: the logs and the 5xx problem bodies quote them (docs/operations.md "Tracing").
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = NoCollector.QUARKUS_DEFAULT_ENDPOINT)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = NoCollector.QUARKUS_DEFAULT_ENDPOINT)
public class NoCollector implements SpanExporter {

  /** Quarkus' default OTLP endpoint (3.34): a configured endpoint is any other value. */
  static final String QUARKUS_DEFAULT_ENDPOINT = "http://localhost:4317/";

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
