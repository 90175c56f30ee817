package id.kinerja.reporting;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The spans of the test application, kept in memory (a SpanExporter bean: Quarkus exports to it instead of OTLP). The
 * whole suite runs in one application: past 20,000 spans the older ones are dropped, so that memory stays bounded.
 */
@Singleton
public class MemorySpans implements SpanExporter {

  private static final int LIMIT = 20_000;

  private final InMemorySpanExporter memory = InMemorySpanExporter.create();
  private final AtomicInteger kept = new AtomicInteger();

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    if (kept.addAndGet(spans.size()) > LIMIT) {
      memory.reset();
      kept.set(spans.size());
    }
    return memory.export(spans);
  }

  public List<SpanData> finished() {
    return memory.getFinishedSpanItems();
  }

  @Override
  public CompletableResultCode flush() {
    return memory.flush();
  }

  @Override
  public CompletableResultCode shutdown() {
    // The application stops after the suite; the spans are read until then.
    return CompletableResultCode.ofSuccess();
  }
}
