package id.kinerja.reporting.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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

  Clock clock = Clock.systemUTC();

  private final Counter recalculated;

  @Inject
  public Recalculation(MeterRegistry registry) {
    // Attempts, not commits: a batch rolled back and tried again counts its kecamatan-years again.
    this.recalculated = registry.counter("kinerja.recalculated.kecamatan.tahun");
  }

  public void recalculate(Touched touched) {
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
    Set<Touched.KabTahun> kabupatenTahun = new TreeSet<>();
    Instant now = clock.instant();
    for (Touched.KecTahun kt : kecamatanTahun) {
      Optional<String> kab = recalculateKecamatanTahun(kt.kecamatanKode(), kt.tahun(), now);
      kabupatenTahun.add(new Touched.KabTahun(kab.orElse(kt.kabupatenKode()), kt.tahun()));
      if (kab.isPresent() && !kab.get().equals(kt.kabupatenKode())) {
        kabupatenTahun.add(new Touched.KabTahun(kt.kabupatenKode(), kt.tahun()));
      }
    }
    for (String kab : touched.kabupatenSummary) {
      figures.tahunOf(kab).forEach(t -> kabupatenTahun.add(new Touched.KabTahun(kab, t)));
    }
    for (Touched.KabTahun kt : kabupatenTahun) {
      locks.aggregate(kt.kabupatenKode(), kt.tahun());
      aggregator.refresh(kt.kabupatenKode(), kt.tahun());
    }
  }

  /** Recomputes and stores one kecamatan-year; returns the kabupaten of its plan, empty without a plan. */
  Optional<String> recalculateKecamatanTahun(String kecamatanKode, int tahun, Instant now) {
    recalculated.increment();
    Optional<FigureCalculator.Inputs> in = loadInputs(kecamatanKode, tahun);
    if (in.isEmpty()) {
      figures.remove(kecamatanKode, tahun);
      return Optional.empty();
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
      figures.remove(kecamatanKode, tahun);
      return Optional.of(in.get().rencana().kabupatenKode());
    }
    figures.replace(kecamatanKode, tahun, views, views.get(0).asOf(), now);
    return Optional.of(in.get().rencana().kabupatenKode());
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
