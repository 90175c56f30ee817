package id.kinerja.reporting.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

import id.kinerja.common.trace.Tracing;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;

/**
 * Recalculates what a batch of events touched: each touched kecamatan-year once (both views), then each touched
 * kabupaten-year aggregate once. Runs inside the consumer transaction; figures depend only on the stored inputs,
 * never on the clock or on the order of the batch.
 */
@ApplicationScoped
public class Recalculation {

  private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Recalculation.class);

  @Inject
  ProjectionStore inputs;

  @Inject
  FigureStore figures;

  @Inject
  FigureCalculator calculator;

  @Inject
  KabupatenAggregator aggregator;

  @Inject
  KabupatenLocks locks;

  @Inject
  Pengumuman pengumuman;

  @Inject
  Tracing tracing;

  Clock clock = Clock.systemUTC();

  private final Counter recalculated;

  @Inject
  public Recalculation(MeterRegistry registry) {
    // Attempts, not commits: a batch rolled back and tried again counts its kecamatan-years again.
    this.recalculated = registry.counter("kinerja.recalculated.kecamatan.tahun");
  }

  /**
   * In a span of its own inside the consumer's (docs/operations.md "Tracing"): the trace of the submission shows the
   * recalculation and what it covered.
   */
  public void recalculate(Touched touched) {
    Span span = tracing.tracer().spanBuilder("recalculate").startSpan();
    try (Scope scope = span.makeCurrent()) {
      recalculateInSpan(touched, span);
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  private void recalculateInSpan(Touched touched, Span span) {
    Set<Touched.KecTahun> kecamatanTahun = new TreeSet<>(touched.kecamatanTahun);
    for (String kab : touched.kabupaten) {
      inputs.rencanaOf(kab, null).forEach(k -> kecamatanTahun.add(new Touched.KecTahun(kab, k.kecamatanKode(), k.tahun())));
    }
    for (Touched.KabTahun kt : touched.kabupatenTahun) {
      inputs.rencanaOf(kt.kabupatenKode(), kt.tahun())
          .forEach(k -> kecamatanTahun.add(new Touched.KecTahun(kt.kabupatenKode(), k.kecamatanKode(), k.tahun())));
    }
    Set<String> kabupaten = new TreeSet<>();
    kecamatanTahun.forEach(kt -> kabupaten.add(kt.kabupatenKode()));
    locks.shared(kabupaten);
    // Kabupaten-years whose every kecamatan may have changed are rebuilt from their summaries; the others are
    // updated by the difference of the summaries replaced here.
    Set<Touched.KabTahun> rebuilt = new TreeSet<>(touched.kabupatenTahun);
    for (String kab : touched.kabupaten) {
      figures.tahunOf(kab).forEach(t -> rebuilt.add(new Touched.KabTahun(kab, t)));
    }
    for (String kab : touched.kabupatenSummary) {
      figures.tahunOf(kab).forEach(t -> rebuilt.add(new Touched.KabTahun(kab, t)));
    }
    Map<Touched.KabTahun, List<FigureStore.SummaryChange>> changed = new TreeMap<>();
    Instant now = clock.instant();
    List<PengumumanAngka.Isi> announcements = new ArrayList<>();
    for (Touched.KecTahun kt : kecamatanTahun) {
      FigureStore.SummaryChange change = recalculateKecamatanTahun(kt.kabupatenKode(), kt.kecamatanKode(), kt.tahun(),
          now, touched.fromTriwulan(kt), announcements);
      Set<String> of = new TreeSet<>();
      change.before().forEach(f -> of.add(f.kabupatenKode()));
      change.after().forEach(f -> of.add(f.kabupatenKode()));
      for (String kab : of) {
        changed.computeIfAbsent(new Touched.KabTahun(kab, kt.tahun()), k -> new ArrayList<>()).add(change);
      }
    }
    Set<Touched.KabTahun> kabupatenTahun = new TreeSet<>(rebuilt);
    kabupatenTahun.addAll(changed.keySet());
    span.setAttribute("kinerja.kecamatan_tahun.count", (long) kecamatanTahun.size());
    span.setAttribute("kinerja.kabupaten_tahun.count", (long) kabupatenTahun.size());
    for (Touched.KabTahun kt : kabupatenTahun) {
      locks.aggregate(kt.kabupatenKode(), kt.tahun());
      if (rebuilt.contains(kt)) {
        aggregator.refresh(kt.kabupatenKode(), kt.tahun());
      } else {
        List<KecamatanFigure> before = new ArrayList<>();
        List<KecamatanFigure> after = new ArrayList<>();
        changed.get(kt).forEach(c -> {
          before.addAll(c.before());
          after.addAll(c.after());
        });
        aggregator.apply(kt.kabupatenKode(), kt.tahun(), before, after);
      }
    }
    // Last: the announcement lock is then held only while the batch commits.
    pengumuman.publish(announcements);
  }

  /**
   * Recomputes and stores one kecamatan-year (the stored figures of periode 1 to {@code fromTriwulan} − 1 are left as
   * they are: the change cannot reach them); returns how its summaries changed, and adds to {@code announcements}
   * what the live figures announce of it.
   */
  FigureStore.SummaryChange recalculateKecamatanTahun(String kabupatenKode, String kecamatanKode, int tahun,
      Instant now, int fromTriwulan, List<PengumumanAngka.Isi> announcements) {
    recalculated.increment();
    Optional<FigureCalculator.Inputs> in = loadInputs(kecamatanKode, tahun);
    if (in.isEmpty()) {
      return removed(kabupatenKode, kecamatanKode, tahun, now, announcements);
    }
    List<KecamatanTahunFigures> views = new ArrayList<>();
    try {
      PlanModel model = PlanModel.of(in.get().rencana()); // once for both views
      for (Tampilan t : Tampilan.values()) {
        views.add(calculator.compute(model, in.get(), t));
      }
    } catch (IllegalArgumentException e) {
      // A plan that breaks the engine's preconditions (e.g. a budget line given twice) must not block the other
      // kecamatan of the partition: its figures are withdrawn and the reason logged for operators.
      LOG.errorf("Cannot compute kecamatan %s tahun %d: %s; its figures are withdrawn", kecamatanKode, tahun,
          e.getMessage());
      return removed(in.get().rencana().kabupatenKode(), kecamatanKode, tahun, now, announcements);
    }
    FigureStore.SummaryChange change = figures.replace(kecamatanKode, tahun, views, views.get(0).asOf(), now,
        fromTriwulan);
    if (change.digests() != null) {
      // Only when something was written: a recalculation that reproduces the stored figures announces nothing.
      pengumuman.replaced(in.get().rencana().kabupatenKode(), kecamatanKode, tahun, change.digests(), views, now)
          .ifPresent(announcements::add);
    }
    return change;
  }

  private FigureStore.SummaryChange removed(String kabupatenKode, String kecamatanKode, int tahun, Instant now,
      List<PengumumanAngka.Isi> announcements) {
    FigureStore.SummaryChange change = figures.remove(kecamatanKode, tahun);
    pengumuman.removed(kabupatenKode, kecamatanKode, tahun, now).ifPresent(announcements::add);
    return change;
  }

  /** The inputs of one kecamatan-year from the read copies, empty when it has no plan. */
  public Optional<FigureCalculator.Inputs> loadInputs(String kecamatanKode, int tahun) {
    Optional<ProjectionStore.StoredRencana> plan = inputs.rencana(kecamatanKode, tahun);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    String kab = plan.get().rencana().kabupatenKode();
    return Optional.of(new FigureCalculator.Inputs(plan.get().rencana(), plan.get().occurredAt(),
        inputs.kabupaten(kab).orElse(null), inputs.scale(kab, tahun, "KINERJA").orElse(null),
        inputs.realisasiIndikator(kecamatanKode, tahun), inputs.realisasiAnggaran(kecamatanKode, tahun)));
  }

  /** Recompute-on-read: the summary rows of a kecamatan-year straight from the raw cells, nothing stored. */
  public List<KecamatanFigure> summariesFromRawCells(String kecamatanKode, int tahun, Tampilan tampilan) {
    return loadInputs(kecamatanKode, tahun).map(in -> calculator.compute(in, tampilan).kecamatan()).orElse(List.of());
  }
}
