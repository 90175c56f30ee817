package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.KabupatenTotals;
import id.kinerja.reporting.domain.calc.Mean;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;
import id.kinerja.reporting.domain.figures.SasaranFigure;
import id.kinerja.reporting.service.view.KonsolidasiViews;
import id.kinerja.reporting.service.view.Views;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Rupiah;

/**
 * The consolidated view for Bagian Organisasi: every kecamatan of a kabupaten side by side for a year and periode,
 * ranked, filtered and sorted. STORED mode reads the per-kabupaten summary table; RECOMPUTE mode (legacy /
 * comparison) recomputes every kecamatan from its raw realisasi cells on the read and must give the same answer.
 */
@ApplicationScoped
public class KonsolidasiService {

  @Inject
  ProjectionStore inputs;

  @Inject
  FigureStore figures;

  @Inject
  Recalculation recalculation;

  @Inject
  FigureCalculator calculator;

  @Inject
  KabupatenAggregator aggregator;

  public enum Mode {
    STORED, RECOMPUTE
  }

  /** Filters: predicate labels (any), one sasaran, lagging threshold (capaian s.d. periode below it), status. */
  public record Filter(Set<String> predikat, String sasaran, BigDecimal laggingBelow, String status) {
  }

  /** One kecamatan's row before paging, with what the filters need. */
  record Row(ProjectionStore.KecamatanInfo kecamatan, KecamatanFigure summary, SasaranFigure sasaran,
      boolean lagging) {
  }

  /**
   * The version of the stored data the STORED view of a kabupaten, year, periode and view shows (conditional GETs):
   * the kecamatan list with names and the figure digest of every kecamatan-year of that periode and view.
   */
  @Transactional
  public DataVersion version(String kabupatenKode, int tahun, int periode, Tampilan tampilan) {
    DataVersion.Builder v = DataVersion.builder();
    for (ProjectionStore.KecamatanInfo k : inputs.kecamatanOf(kabupatenKode)) {
      v.add("kecamatan." + k.kode(), k.nama());
    }
    return figures.kabupatenVersion(kabupatenKode, tahun, periode, tampilan.name(), v);
  }

  @Transactional
  public KonsolidasiViews.Konsolidasi view(String kabupatenKode, int tahun, int periode, Tampilan tampilan, Mode mode,
      Filter filter, List<String> sort, int page, int size) {
    List<ProjectionStore.KecamatanInfo> kecamatan = inputs.kecamatanOf(kabupatenKode);
    List<Row> rows = mode == Mode.STORED ? stored(kabupatenKode, kecamatan, tahun, periode, tampilan, filter)
        : recomputed(kecamatan, tahun, periode, tampilan, filter);

    List<KecamatanFigure> summaries = rows.stream().map(Row::summary).filter(java.util.Objects::nonNull).toList();
    KabupatenAggregator.Aggregate agg = aggregator.aggregate(kabupatenKode, tahun, periode, tampilan.name(),
        kecamatan.size(), summaries);
    Map<String, Integer> ranks = aggregator.rank(summaries);
    Map<String, Integer> sebaran = new TreeMap<>();
    summaries.stream().filter(s -> s.predikatLabel() != null)
        .forEach(s -> sebaran.merge(s.predikatLabel(), 1, Integer::sum));
    // Beside the stored aggregate (the periode's ranking capaian, realisasi s.d. the periode): the mean of the
    // capaian s.d. the periode and the triwulan's own realisasi, by the same engine totals over the same summaries.
    KabupatenTotals kumulatif = KabupatenTotals.EMPTY;
    KabupatenTotals triwulan = KabupatenTotals.EMPTY;
    for (KecamatanFigure f : summaries) {
      kumulatif = kumulatif.plus(f.capaianKumulatif(), f.pagu(), f.realisasiKumulatif(), f.asOf());
      triwulan = triwulan.plus(f.capaian(), f.pagu(), f.realisasiAnggaran(), f.asOf());
    }
    Mean capaianKumulatif = kumulatif.mean(kecamatan.size());
    Serapan serapanKumulatif = kumulatif.serapan();
    Serapan serapanTriwulan = triwulan.serapan();
    KonsolidasiViews.RingkasanKabupaten ringkasan = new KonsolidasiViews.RingkasanKabupaten(agg.row().kecamatanJumlah(),
        agg.row().kecamatanDilaporkan(), Nilai.of(agg.row().capaianStatus(), agg.row().capaianRata()),
        Nilai.of(capaianKumulatif.status().name(), capaianKumulatif.nilai()), Rupiah.of(agg.row().pagu()),
        Rupiah.of(agg.row().realisasiAnggaran()), Nilai.of(agg.row().serapanStatus(), agg.row().serapan()),
        Rupiah.of(serapanTriwulan.realisasi()), Nilai.of(serapanTriwulan.status().name(), serapanTriwulan.persen()),
        Rupiah.of(serapanKumulatif.sisa()), serapanKumulatif.melebihiPagu(), sebaran, agg.row().asOf());

    List<KonsolidasiViews.Baris> baris = new ArrayList<>();
    for (Row r : rows) {
      if (!matches(r, filter)) {
        continue;
      }
      baris.add(baris(r, ranks.get(r.kecamatan().kode())));
    }
    baris.sort(comparator(sort));
    // long: page may be any int ≥ 0, and page × size must not wrap around.
    int from = (int) Math.min(baris.size(), (long) page * size);
    int to = (int) Math.min(baris.size(), (long) from + size);
    return new KonsolidasiViews.Konsolidasi(kabupatenKode, tahun, periode == 0 ? null : periode, tampilan.name(),
        ReportService.keterangan(tampilan), mode.name(), ringkasan, baris.subList(from, to), page, size, baris.size());
  }

  private List<Row> stored(String kab, List<ProjectionStore.KecamatanInfo> kecamatan, int tahun, int periode,
      Tampilan tampilan, Filter filter) {
    Map<String, KecamatanFigure> byKec = new HashMap<>();
    figures.kecamatanSummaries(kab, tahun, periode, tampilan.name()).forEach(f -> byKec.put(f.kecamatanKode(), f));
    Map<String, SasaranFigure> sasaran = new HashMap<>();
    if (filter.sasaran() != null) {
      List<String> kec = new ArrayList<>();
      List<SasaranFigure> fs = figures.sasaranOfKabupaten(kab, tahun, periode, tampilan.name(), filter.sasaran(), kec);
      for (int i = 0; i < fs.size(); i++) {
        sasaran.put(kec.get(i), fs.get(i));
      }
    }
    Set<String> lagging = filter.laggingBelow() == null ? Set.of()
        : new HashSet<>(figures.kecamatanWithIndicatorBelow(kab, tahun, periode, tampilan.name(), filter.laggingBelow()));
    List<Row> rows = new ArrayList<>();
    for (ProjectionStore.KecamatanInfo k : kecamatan) {
      rows.add(new Row(k, byKec.get(k.kode()), sasaran.get(k.kode()), lagging.contains(k.kode())));
    }
    return rows;
  }

  private List<Row> recomputed(List<ProjectionStore.KecamatanInfo> kecamatan, int tahun, int periode,
      Tampilan tampilan, Filter filter) {
    List<Row> rows = new ArrayList<>();
    for (ProjectionStore.KecamatanInfo k : kecamatan) {
      Optional<FigureCalculator.Inputs> in = recalculation.loadInputs(k.kode(), tahun);
      if (in.isEmpty()) {
        rows.add(new Row(k, null, null, false));
        continue;
      }
      KecamatanTahunFigures f;
      try {
        f = calculator.compute(in.get(), tampilan);
      } catch (IllegalArgumentException e) {
        // Same as the stored path, where such a kecamatan-year has its figures withdrawn.
        rows.add(new Row(k, null, null, false));
        continue;
      }
      KecamatanFigure summary = f.kecamatan().stream().filter(s -> s.periode() == periode).findFirst().orElse(null);
      SasaranFigure sasaran = filter.sasaran() == null ? null : f.sasaran().stream()
          .filter(s -> s.periode() == periode && s.sasaranKode().equals(filter.sasaran())).findFirst().orElse(null);
      boolean lagging = filter.laggingBelow() != null && f.indikator().stream()
          .filter(i -> i.periode() == periode).map(IndikatorFigure::capaianKumulatif)
          .anyMatch(c -> c != null && c.compareTo(filter.laggingBelow()) < 0);
      rows.add(new Row(k, summary, sasaran, lagging));
    }
    return rows;
  }

  private static boolean matches(Row r, Filter f) {
    if (!f.predikat().isEmpty() && (r.summary() == null || r.summary().predikatLabel() == null
        || f.predikat().stream().noneMatch(p -> p.equalsIgnoreCase(r.summary().predikatLabel())
            || p.equals(String.valueOf(r.summary().predikatSkor()))))) {
      return false;
    }
    if (f.sasaran() != null && r.sasaran() == null) {
      return false;
    }
    if (f.laggingBelow() != null && !r.lagging()) {
      return false;
    }
    return f.status() == null || f.status().equalsIgnoreCase(status(r));
  }

  static String status(Row r) {
    if (r.summary() == null) {
      return "NO_PLAN";
    }
    // REPORTED when the ranking figure exists; otherwise why not (NOT_REPORTED, NOT_DUE, NOT_COMPUTABLE).
    return r.summary().capaian() != null ? "REPORTED" : r.summary().capaianStatus();
  }

  private static KonsolidasiViews.Baris baris(Row r, Integer rank) {
    KecamatanFigure s = r.summary();
    String nama = r.kecamatan().nama();
    if (s == null) {
      Nilai none = Nilai.of("NO_PLAN", null);
      return new KonsolidasiViews.Baris(null, r.kecamatan().kode(), nama, "NO_PLAN", none, none,
          Views.Cakupan.of(0, 0), new Views.Predikat(null, null), Rupiah.of(null), Rupiah.of(null), Rupiah.of(null),
          none, none, Rupiah.of(null), false, none, null, 0, 0, null, null);
    }
    Views.Ringkasan v = ReportService.ringkasan(s);
    return new KonsolidasiViews.Baris(rank, s.kecamatanKode(), nama, status(r), v.capaian(), v.capaianKumulatif(),
        v.cakupan(), v.predikat(), v.pagu(), v.realisasiAnggaran(), v.realisasiKumulatif(), v.serapan(),
        v.serapanKumulatif(), v.sisa(), v.melebihiPagu(), v.efisiensi(),
        r.sasaran() == null ? null : Nilai.of(r.sasaran().kumulatifStatus(), r.sasaran().capaianKumulatif()),
        s.dibawahTarget(), s.terlambat(),
        new Views.Versi(s.planVersi(), s.konfigurasiVersi(), s.skalaVersi(), s.ruleVersi()), s.asOf());
  }

  /** Sort keys a client may use; "-" in front sorts descending. Absent values always come last. */
  public static final Map<String, Function<KonsolidasiViews.Baris, Comparable<?>>> SORT_KEYS = Map.of(
      "peringkat", b -> b.peringkat(),
      "overall", b -> b.capaian().raw(),
      "kumulatif", b -> b.capaianKumulatif().raw(),
      "serapan", b -> b.serapan().raw(),
      "serapanKumulatif", b -> b.serapanKumulatif().raw(),
      "efisiensi", b -> b.efisiensi().raw(),
      "dibawahTarget", b -> b.dibawahTarget(),
      "terlambat", b -> b.terlambat(),
      "kecamatan", b -> b.kecamatanKode(),
      "nama", b -> b.kecamatanNama());

  @SuppressWarnings({ "unchecked", "rawtypes" })
  static Comparator<KonsolidasiViews.Baris> comparator(List<String> sort) {
    Comparator<KonsolidasiViews.Baris> c = null;
    List<String> keys = sort.isEmpty() ? List.of("peringkat") : sort;
    for (String key : keys) {
      boolean desc = key.startsWith("-");
      String name = desc || key.startsWith("+") ? key.substring(1) : key;
      Function<KonsolidasiViews.Baris, Comparable<?>> f = SORT_KEYS.get(name);
      if (f == null) {
        throw ProblemException.invalid("sort", ReportingMessages.KNOWN_KEY_SORT, "kunci", name, "pilihan",
            new java.util.TreeSet<>(SORT_KEYS.keySet()));
      }
      Comparator<Comparable> natural = desc ? Comparator.<Comparable>reverseOrder() : Comparator.<Comparable>naturalOrder();
      Comparator<KonsolidasiViews.Baris> next = Comparator.comparing(b -> (Comparable) f.apply(b),
          Comparator.nullsLast(natural));
      c = c == null ? next : c.thenComparing(next);
    }
    return c.thenComparing(KonsolidasiViews.Baris::kecamatanKode);
  }
}
