package id.kinerja.reporting.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.rest.KonsolidasiViews;
import id.kinerja.reporting.rest.Views.Nilai;
import id.kinerja.reporting.rest.Views.Rupiah;

/**
 * The national roll-up: kabupaten side by side from fig_kabupaten (one row per kabupaten, kept by the consumer),
 * plus the national aggregate. A caller sees only the row of their own kabupaten and the aggregate over all.
 */
@ApplicationScoped
public class NasionalService {

  @Inject
  FigureStore figures;

  @Inject
  ProjectionStore inputs;

  @Inject
  KabupatenAggregator aggregator;

  @Transactional
  public KonsolidasiViews.Nasional view(String callerKabupaten, int tahun, int periode, Tampilan tampilan, int page,
      int size) {
    List<FigureStore.KabupatenRow> rows = figures.kabupatenRows(tahun, periode, tampilan.name());
    FigureStore.KabupatenRow nasional = aggregator.national(tahun, periode, tampilan.name(), rows);
    List<KonsolidasiViews.NasionalBaris> visible = rows.stream().filter(r -> r.kabupatenKode().equals(callerKabupaten))
        .map(r -> baris(r, inputs.kabupaten(r.kabupatenKode()).map(ProjectionStore.KabupatenSettings::nama).orElse(null)))
        .toList();
    int from = Math.min(visible.size(), page * size);
    int to = Math.min(visible.size(), from + size);
    return new KonsolidasiViews.Nasional(tahun, periode == 0 ? null : periode, tampilan.name(), baris(nasional, "Nasional"),
        visible.subList(from, to), page, size, visible.size());
  }

  static KonsolidasiViews.NasionalBaris baris(FigureStore.KabupatenRow r, String nama) {
    return new KonsolidasiViews.NasionalBaris(r.kabupatenKode(), nama, r.kecamatanJumlah(), r.kecamatanDilaporkan(),
        Nilai.of(r.capaianStatus(), r.capaianRata()), Rupiah.of(r.pagu()), Rupiah.of(r.realisasiAnggaran()),
        Nilai.of(r.serapanStatus(), r.serapan()), r.asOf());
  }
}
