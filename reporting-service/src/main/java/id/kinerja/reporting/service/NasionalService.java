package id.kinerja.reporting.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.service.view.KonsolidasiViews;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Rupiah;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The national roll-up: kabupaten side by side from fig_kabupaten (one row per kabupaten, kept by the consumer),
 * plus the national aggregate. A caller sees only the row of their own kabupaten and the aggregate over all.
 * RECOMPUTE mode (legacy / comparison, for the benchmark) recomputes every kecamatan of the country from its raw
 * realisasi cells on the read, one kecamatan-year at a time, and aggregates them the same way; it gives the same answer.
 */
@ApplicationScoped
public class NasionalService {

  @Inject
  FigureStore figures;

  @Inject
  ProjectionStore inputs;

  @Inject
  KabupatenAggregator aggregator;

  @Inject
  Recalculation recalculation;

  @Inject
  FigureCalculator calculator;

  /**
   * The version of what the STORED national roll-up shows a caller (conditional GETs): every kabupaten row of the
   * year, periode and view (the national aggregate is over all of them) and the caller's kabupaten name.
   */
  @Transactional
  public DataVersion version(String callerKabupaten, int tahun, int periode, Tampilan tampilan) {
    DataVersion.Builder v = DataVersion.builder();
    for (FigureStore.KabupatenRow r : figures.kabupatenRows(tahun, periode, tampilan.name())) {
      v.add("kabupaten." + r.kabupatenKode(), r).changedAt(r.asOf());
    }
    inputs.kabupaten(callerKabupaten).ifPresent(k -> v.add("nama", k.nama()).changedAt(k.occurredAt()));
    return v.build();
  }

  // A national recompute reads every plan and realisasi cell of the country: minutes, not the default 60 s.
  @Transactional
  @TransactionConfiguration(timeout = 3600)
  public KonsolidasiViews.Nasional view(String callerKabupaten, int tahun, int periode, Tampilan tampilan,
      KonsolidasiService.Mode mode, int page, int size) {
    List<FigureStore.KabupatenRow> rows = mode == KonsolidasiService.Mode.STORED
        ? figures.kabupatenRows(tahun, periode, tampilan.name())
        : recomputed(tahun, periode, tampilan);
    FigureStore.KabupatenRow nasional = aggregator.national(tahun, periode, tampilan.name(), rows);
    List<KonsolidasiViews.NasionalBaris> visible = rows.stream().filter(r -> r.kabupatenKode().equals(callerKabupaten))
        .map(r -> baris(r, inputs.kabupaten(r.kabupatenKode()).map(ProjectionStore.KabupatenSettings::nama).orElse(null)))
        .toList();
    int from = (int) Math.min(visible.size(), (long) page * size);
    int to = (int) Math.min(visible.size(), (long) from + size);
    return new KonsolidasiViews.Nasional(tahun, periode == 0 ? null : periode, tampilan.name(), mode.name(),
        baris(nasional, "Nasional"), visible.subList(from, to), page, size, visible.size());
  }

  /**
   * What fig_kabupaten holds, computed on the read: per kabupaten with a plan in the year, every kecamatan-year run
   * through the engine from its raw cells and aggregated as {@link KabupatenAggregator#refresh} does.
   */
  private List<FigureStore.KabupatenRow> recomputed(int tahun, int periode, Tampilan tampilan) {
    List<FigureStore.KabupatenRow> rows = new ArrayList<>();
    for (String kab : inputs.kabupatenWithRencana(tahun)) {
      List<KecamatanFigure> summaries = new ArrayList<>();
      for (ProjectionStore.RencanaKey kt : inputs.rencanaOf(kab, tahun)) {
        Optional<FigureCalculator.Inputs> in = recalculation.loadInputs(kt.kecamatanKode(), tahun);
        if (in.isEmpty()) {
          continue;
        }
        try {
          calculator.compute(in.get(), tampilan).kecamatan().stream().filter(f -> f.periode() == periode)
              .forEach(summaries::add);
        } catch (IllegalArgumentException e) {
          // As in the stored path, where such a kecamatan-year has its figures withdrawn.
        }
      }
      if (!summaries.isEmpty()) {
        rows.add(aggregator.aggregate(kab, tahun, periode, tampilan.name(), inputs.kecamatanOf(kab).size(), summaries)
            .row());
      }
    }
    return rows;
  }

  static KonsolidasiViews.NasionalBaris baris(FigureStore.KabupatenRow r, String nama) {
    return new KonsolidasiViews.NasionalBaris(r.kabupatenKode(), nama, r.kecamatanJumlah(), r.kecamatanDilaporkan(),
        Nilai.of(r.capaianStatus(), r.capaianRata()), Rupiah.of(r.pagu()), Rupiah.of(r.realisasiAnggaran()),
        Nilai.of(r.serapanStatus(), r.serapan()), r.asOf());
  }
}
