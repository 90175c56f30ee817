package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.inbox.InboxStore;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.events.ProjectionHandler;
import id.kinerja.reporting.service.FigureStore;
import id.kinerja.reporting.service.KabupatenAggregator;
import id.kinerja.reporting.service.ProjectionStore;
import id.kinerja.reporting.service.Recalculation;
import id.kinerja.reporting.service.SlowAggregator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Reporting's consumer with four workers over the real broker: kecamatan of one kabupaten are recalculated at the same
 * moment by different workers, while the kabupaten's settings and scale change. Afterwards the kabupaten aggregate is
 * exactly the one built from the stored kecamatan summaries (no worker's kecamatan lost from it), and every
 * kecamatan's stored figures are the ones recomputed from its raw cells with the final settings (none computed with
 * settings a concurrent transaction was replacing). The aggregator pauses between reading the summaries and writing
 * (SlowAggregator), so that without the locks of {@code KabupatenLocks} the workers' transactions collide.
 */
@QuarkusTest
@TestProfile(ConcurrentWorkersTest.FourWorkers.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ConcurrentWorkersTest {

  public static class FourWorkers implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kinerja.events.consumer.workers", "4");
    }
  }

  private static final int KECAMATAN = 24;

  @Inject
  ProjectionHandler handler;

  @Inject
  InboxStore inbox;

  @Inject
  FigureStore figures;

  @Inject
  KabupatenAggregator aggregator;

  @Inject
  Recalculation recalculation;

  @Inject
  ProjectionStore inputs;

  @Inject
  io.micrometer.core.instrument.MeterRegistry registry;

  @BeforeEach
  void widenTheWindow() {
    QuarkusMock.installMockForType(new SlowAggregator(figures, inputs, 15), KabupatenAggregator.class);
  }

  @Test
  void theKabupatenAggregateAndEveryKecamatanStayExactUnderConcurrentWorkers() {
    assertThat(handler.consumer().workers()).isEqualTo(4);
    String kab = Fixtures.newKabupaten();
    Instant t0 = Instant.parse("2024-01-10T01:00:00Z");
    List<EventEnvelope> sent = new ArrayList<>();
    sent.add(Fixtures.kabupatenConfigured(kab, "Kabupaten Serentak", 1, t0));
    sent.add(Fixtures.skalaPonorogo(kab, 1, t0));
    List<String> kecamatan = new ArrayList<>();
    for (int i = 1; i <= KECAMATAN; i++) {
      String kec = String.format("%s.%02d", kab, i);
      kecamatan.add(kec);
      sent.add(Fixtures.kecamatanRegistered(kab, kec, "Kecamatan " + i, t0));
      sent.add(Fixtures.rencanaMlarak(kab, kec, 1, t0.plusSeconds(i)));
    }
    awaitApplied(sent);

    // The burst: every kecamatan reports its four triwulan (each event its own batch on some worker), and halfway
    // the kabupaten's settings (a score cap) and its scale change, which recomputes every kecamatan of it.
    List<EventEnvelope> burst = new ArrayList<>();
    for (int tw = 1; tw <= 4; tw++) {
      for (int i = 0; i < KECAMATAN; i++) {
        String kec = kecamatan.get(i);
        Instant at = t0.plusSeconds(86_400L * 90 * tw + i);
        burst.add(Fixtures.indikator(kab, kec, tw, "IKU-SKM", 1, 1, "APPROVED", (78 + (i % 9)) + "." + tw, at));
        burst.add(Fixtures.komponen(kab, kec, tw, "IKU-IDM", 1, 1, "APPROVED", 10 + i % 7 + tw, 14, at));
        burst.add(Fixtures.anggaranRealisasi(kab, kec, tw, "7.01.02.2.01.0001", 1, 1, "APPROVED",
            10_000_000L + 1_000L * i + tw, at));
      }
      if (tw == 2) {
        burst.add(settings(kab, 2, t0.plusSeconds(86_400L * 200)));
        burst.add(Fixtures.skalaPonorogo(kab, 2, t0.plusSeconds(86_400L * 201)));
      }
    }
    double failedBefore = failedAttempts();
    awaitApplied(burst);
    // Not one transaction of a worker rolled back: without the kabupaten locks the aggregate's rewrite collides with
    // another worker's (a unique violation, retried and dead-lettered on the third failure) in every run.
    assertThat(failedAttempts() - failedBefore).as("failed attempts during the burst").isZero();

    QuarkusTransaction.requiringNew().run(() -> {
      for (Tampilan t : Tampilan.values()) {
        for (int periode = 0; periode <= 4; periode++) {
          List<KecamatanFigure> summaries = figures.kecamatanSummaries(kab, Fixtures.TAHUN, periode, t.name());
          assertThat(summaries).as("summaries %s %d", t, periode).hasSize(KECAMATAN);
          FigureStore.KabupatenRow expected = aggregator
              .aggregate(kab, Fixtures.TAHUN, periode, t.name(), KECAMATAN, summaries).row();
          FigureStore.KabupatenRow stored = figures.kabupatenRows(Fixtures.TAHUN, periode, t.name()).stream()
              .filter(r -> r.kabupatenKode().equals(kab)).findFirst().orElseThrow();
          assertThat(stored).as("aggregate %s periode %d", t, periode).isEqualTo(expected);
        }
        for (String kec : kecamatan) {
          assertThat(figures.kecamatanSummary(kec, Fixtures.TAHUN, t.name())).as("%s %s", kec, t)
              .isEqualTo(recalculation.summariesFromRawCells(kec, Fixtures.TAHUN, t));
        }
      }
    });
    // Every triwulan of every kecamatan is in the year's aggregate: 24 reporting kecamatan, Σ of the budget cells.
    FigureStore.KabupatenRow year = QuarkusTransaction.requiringNew()
        .call(() -> figures.kabupatenRows(Fixtures.TAHUN, 0, "OFFICIAL").stream()
            .filter(r -> r.kabupatenKode().equals(kab)).findFirst().orElseThrow());
    long expectedRealisasi = 0;
    for (int i = 0; i < KECAMATAN; i++) {
      for (int tw = 1; tw <= 4; tw++) {
        expectedRealisasi += 10_000_000L + 1_000L * i + tw;
      }
    }
    assertThat(year.kecamatanDilaporkan()).isEqualTo(KECAMATAN);
    assertThat(year.realisasiAnggaran()).isEqualTo(expectedRealisasi);
  }

  /** New settings for the kabupaten: capaian capped at 110 (changes the figures of every kecamatan above it). */
  private static EventEnvelope settings(String kab, int versi, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", kab);
    p.put("nama", "Kabupaten Serentak");
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", new BigDecimal("110"));
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", versi);
    return Fixtures.planning("planning.kabupaten.configured", kab, at, p);
  }

  private double failedAttempts() {
    return registry.counter("kinerja.consumer.failed.attempts", "consumer", ProjectionHandler.CONSUMER).count();
  }

  private void awaitApplied(List<EventEnvelope> events) {
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> events.stream().allMatch(e -> inbox.isProcessed(ProjectionHandler.CONSUMER, e.id())));
  }
}
