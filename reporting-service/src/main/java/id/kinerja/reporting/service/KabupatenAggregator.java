package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.CapaianBasis;
import id.kinerja.reporting.domain.calc.CapaianResult;
import id.kinerja.reporting.domain.calc.CapaianStatus;
import id.kinerja.reporting.domain.calc.Coverage;
import id.kinerja.reporting.domain.calc.KabupatenTotals;
import id.kinerja.reporting.domain.calc.Mean;
import id.kinerja.reporting.domain.calc.Ranking;
import id.kinerja.reporting.domain.calc.RankingEntry;
import id.kinerja.reporting.domain.calc.RollUp;
import id.kinerja.reporting.domain.calc.RollUpItem;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.figures.KecamatanFigure;

/**
 * Kabupaten-level figures from the kecamatan summaries: the mean of kecamatan overall capaian (a mean across
 * kecamatan, labelled so), Σ pagu and Σ realisasi with serapan as a ratio of sums, the ranking, and the national
 * aggregate over kabupaten rows. Means, serapan and ranking are the engine's.
 */
@ApplicationScoped
public class KabupatenAggregator {

  @Inject
  FigureStore figures;

  @Inject
  ProjectionStore inputs;

  public record Aggregate(FigureStore.KabupatenRow row) {
  }

  /**
   * Rebuilds fig_kabupaten of one kabupaten-year from all its stored kecamatan summaries: after a change that reaches
   * every kecamatan of the kabupaten (settings, a scale, its kecamatan list).
   */
  public void refresh(String kabupatenKode, int tahun) {
    Map<String, KabupatenTotals> totals = new HashMap<>();
    for (KecamatanFigure f : figures.kecamatanSummaries(kabupatenKode, tahun)) {
      totals.compute(FigureGroups.group(f.tampilan(), f.periode()), (g, t) -> plus(t, f));
    }
    store(kabupatenKode, tahun, totals);
  }

  /**
   * Updates fig_kabupaten of one kabupaten-year by the difference of kecamatan summaries that were replaced: the
   * stored totals, less the summaries that were there before, plus those stored now (of this kabupaten; a kecamatan
   * that moved to another kabupaten leaves one and joins the other). Runs under the kabupaten-year's aggregate lock
   * in the transaction that replaced the summaries, so the stored totals include every summary committed before.
   */
  public void apply(String kabupatenKode, int tahun, List<KecamatanFigure> before, List<KecamatanFigure> after) {
    Map<String, KabupatenTotals> totals = new HashMap<>();
    figures.kabupatenStored(kabupatenKode, tahun)
        .forEach(s -> totals.put(FigureGroups.group(s.row().tampilan(), s.row().periode()), s.totals()));
    for (KecamatanFigure f : before) {
      if (f.kabupatenKode().equals(kabupatenKode) && f.tahun() == tahun) {
        totals.compute(FigureGroups.group(f.tampilan(), f.periode()), (g, t) -> minus(t, f));
      }
    }
    for (KecamatanFigure f : after) {
      if (f.kabupatenKode().equals(kabupatenKode) && f.tahun() == tahun) {
        totals.compute(FigureGroups.group(f.tampilan(), f.periode()), (g, t) -> plus(t, f));
      }
    }
    totals.replaceAll((g, t) -> !t.asOfLost() ? t
        : t.withAsOf(figures.latestAsOf(kabupatenKode, tahun, FigureGroups.periodeOf(g), FigureGroups.tampilanOf(g))));
    store(kabupatenKode, tahun, totals);
  }

  private void store(String kabupatenKode, int tahun, Map<String, KabupatenTotals> totals) {
    int kecamatanJumlah = inputs.kecamatanOf(kabupatenKode).size();
    List<FigureStore.StoredKabupaten> rows = new ArrayList<>();
    int ringkasan = 0;
    for (int periode = 0; periode <= 4; periode++) {
      for (Tampilan t : Tampilan.values()) {
        KabupatenTotals sums = totals.getOrDefault(FigureGroups.group(t.name(), periode), KabupatenTotals.EMPTY);
        ringkasan += sums.ringkasan();
        rows.add(new FigureStore.StoredKabupaten(row(kabupatenKode, tahun, periode, t.name(), kecamatanJumlah, sums),
            sums));
      }
    }
    // No summary left in the year (every plan withdrawn): no aggregate either, as if it had never had one.
    figures.replaceKabupaten(kabupatenKode, tahun, ringkasan == 0 ? List.of() : rows);
  }

  /** The kabupaten aggregate of one periode and view from the given summaries (recompute-on-read, tests). */
  public Aggregate aggregate(String kabupatenKode, int tahun, int periode, String tampilan, int kecamatanJumlah,
      List<KecamatanFigure> summaries) {
    KabupatenTotals sums = KabupatenTotals.EMPTY;
    for (KecamatanFigure f : summaries) {
      sums = plus(sums, f);
    }
    return new Aggregate(row(kabupatenKode, tahun, periode, tampilan, kecamatanJumlah, sums));
  }

  /**
   * The aggregate row of one periode and view from its totals: the mean of kecamatan overall capaian (the engine's
   * mean; kecamatan without one count in the coverage, never as 0), Σ pagu and Σ realisasi with serapan as a ratio
   * of sums, the latest as-of.
   */
  protected FigureStore.KabupatenRow row(String kabupatenKode, int tahun, int periode, String tampilan,
      int kecamatanJumlah, KabupatenTotals sums) {
    Mean mean = sums.mean(kecamatanJumlah);
    Serapan serapan = sums.serapan();
    return new FigureStore.KabupatenRow(kabupatenKode, tahun, periode, tampilan, mean.coverage().expected(),
        mean.coverage().reported(), mean.status().name(), mean.nilai(), sums.pagu(), sums.realisasi(),
        serapan.status().name(), serapan.persen(), sums.asOf());
  }

  /** The totals (none yet: empty) with one summary added; its realisasi is the one s.d. the periode. */
  private static KabupatenTotals plus(KabupatenTotals t, KecamatanFigure f) {
    return (t == null ? KabupatenTotals.EMPTY : t).plus(f.capaian(), f.pagu(), f.realisasiKumulatif(), f.asOf());
  }

  private static KabupatenTotals minus(KabupatenTotals t, KecamatanFigure f) {
    return (t == null ? KabupatenTotals.EMPTY : t).minus(f.capaian(), f.pagu(), f.realisasiKumulatif(), f.asOf());
  }


  /** Ranks kecamatan by the overall capaian of the periode (engine ranking: shown ties share a rank). */
  public Map<String, Integer> rank(List<KecamatanFigure> summaries) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    summaries.forEach(f -> values.put(f.kecamatanKode(), f.capaian()));
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (RankingEntry e : Ranking.rankValues(values)) {
      ranks.put(e.kecamatanKode(), e.peringkat());
    }
    return ranks;
  }

  /**
   * The national aggregate over kabupaten rows: the mean of every reporting kecamatan of the country (each kabupaten
   * mean weighted by its number of reporting kecamatan), Σ pagu and Σ realisasi with serapan as a ratio of sums.
   */
  public FigureStore.KabupatenRow national(int tahun, int periode, String tampilan, List<FigureStore.KabupatenRow> rows) {
    List<RollUpItem> items = new ArrayList<>();
    int jumlah = 0;
    long pagu = 0;
    long realisasi = 0;
    boolean anyRealisasi = false;
    Instant asOf = null;
    for (FigureStore.KabupatenRow r : rows) {
      jumlah += r.kecamatanJumlah();
      pagu += r.pagu();
      realisasi += r.realisasiAnggaran();
      anyRealisasi |= r.serapanStatus() != null && !"NOT_REPORTED".equals(r.serapanStatus());
      CapaianResult c = r.capaianRata() == null ? CapaianResult.NOT_REPORTED
          : new CapaianResult(CapaianStatus.COMPUTED, r.capaianRata(), r.capaianRata(), null, null, null);
      items.add(new RollUpItem(r.kabupatenKode(), null, false, BigDecimal.valueOf(r.kecamatanDilaporkan()), c));
      asOf = FigureCalculator.max(asOf, r.asOf());
    }
    Mean mean = RollUp.mean(items, CapaianBasis.SCORE, true);
    int dilaporkan = rows.stream().mapToInt(FigureStore.KabupatenRow::kecamatanDilaporkan).sum();
    Serapan serapan = Serapan.of(pagu, anyRealisasi ? realisasi : null, new Coverage(rows.size(), rows.size()));
    return new FigureStore.KabupatenRow("NASIONAL", tahun, periode, tampilan, jumlah, dilaporkan,
        rows.isEmpty() ? "NOT_REPORTED" : mean.status().name(), mean.nilai(), pagu, realisasi,
        serapan.status().name(), serapan.persen(), asOf);
  }
}
