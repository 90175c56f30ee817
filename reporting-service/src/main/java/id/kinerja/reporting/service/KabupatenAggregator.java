package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.CapaianBasis;
import id.kinerja.reporting.domain.calc.CapaianResult;
import id.kinerja.reporting.domain.calc.CapaianStatus;
import id.kinerja.reporting.domain.calc.Coverage;
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

  /** Recomputes and stores fig_kabupaten of one kabupaten-year from its stored kecamatan summaries. */
  public void refresh(String kabupatenKode, int tahun) {
    int kecamatanJumlah = inputs.kecamatanOf(kabupatenKode).size();
    List<KecamatanFigure> all = figures.kecamatanSummaries(kabupatenKode, tahun);
    Map<String, List<KecamatanFigure>> byKey = new LinkedHashMap<>();
    for (KecamatanFigure f : all) {
      byKey.computeIfAbsent(f.periode() + "|" + f.tampilan(), k -> new ArrayList<>()).add(f);
    }
    List<FigureStore.KabupatenRow> rows = new ArrayList<>();
    for (int periode = 0; periode <= 4; periode++) {
      for (Tampilan t : Tampilan.values()) {
        List<KecamatanFigure> fs = byKey.getOrDefault(periode + "|" + t.name(), List.of());
        rows.add(aggregate(kabupatenKode, tahun, periode, t.name(), kecamatanJumlah, fs).row());
      }
    }
    figures.replaceKabupaten(kabupatenKode, tahun, all.isEmpty() ? List.of() : rows);
  }

  /**
   * The kabupaten aggregate of one periode and view. Every kecamatan of the kabupaten is expected to have an overall
   * capaian; those without one (no plan, nothing reported) count in the coverage, never as 0.
   */
  public Aggregate aggregate(String kabupatenKode, int tahun, int periode, String tampilan, int kecamatanJumlah,
      List<KecamatanFigure> summaries) {
    List<CapaianResult> capaian = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long pagu = 0;
    long realisasi = 0;
    int reportedBudget = 0;
    Instant asOf = null;
    for (KecamatanFigure f : summaries) {
      seen.add(f.kecamatanKode());
      capaian.add(f.capaian() == null ? CapaianResult.NOT_REPORTED
          : new CapaianResult(CapaianStatus.COMPUTED, f.capaian(), f.capaian(), null, null, null));
      pagu += f.pagu();
      Long r = f.realisasiKumulatif(); // s.d. the periode (the year for periode 0)
      if (r != null) {
        realisasi += r;
        reportedBudget++;
      }
      asOf = FigureCalculator.max(asOf, f.asOf());
    }
    for (int i = seen.size(); i < Math.max(kecamatanJumlah, seen.size()); i++) {
      capaian.add(CapaianResult.NOT_REPORTED);
    }
    Mean mean = RollUp.mean(capaian, CapaianBasis.SCORE);
    Serapan serapan = Serapan.of(pagu, reportedBudget == 0 ? null : realisasi,
        new Coverage(reportedBudget, summaries.size()));
    return new Aggregate(new FigureStore.KabupatenRow(kabupatenKode, tahun, periode, tampilan,
        Math.max(kecamatanJumlah, seen.size()), mean.coverage().reported(), mean.status().name(), mean.nilai(), pagu,
        realisasi, serapan.status().name(), serapan.persen(), asOf));
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
