package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.reporting.domain.CountedVersion;
import id.kinerja.reporting.domain.Narasi;
import id.kinerja.reporting.domain.RealisasiVersi;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.AggregatedValue;
import id.kinerja.reporting.domain.calc.AnggaranAlokasi;
import id.kinerja.reporting.domain.calc.Aggregation;
import id.kinerja.reporting.domain.calc.AnggaranLevel;
import id.kinerja.reporting.domain.calc.AnggaranLine;
import id.kinerja.reporting.domain.calc.AnggaranNode;
import id.kinerja.reporting.domain.calc.AnggaranSum;
import id.kinerja.reporting.domain.calc.BelanjaSerapan;
import id.kinerja.reporting.domain.calc.Capaian;
import id.kinerja.reporting.domain.calc.Coverage;
import id.kinerja.reporting.domain.calc.CalcSettings;
import id.kinerja.reporting.domain.calc.CapaianBasis;
import id.kinerja.reporting.domain.calc.CapaianResult;
import id.kinerja.reporting.domain.calc.Cell;
import id.kinerja.reporting.domain.calc.Efisiensi;
import id.kinerja.reporting.domain.calc.IndikatorEvaluation;
import id.kinerja.reporting.domain.calc.IndikatorEvaluator;
import id.kinerja.reporting.domain.calc.IndikatorInput;
import id.kinerja.reporting.domain.calc.IndikatorRule;
import id.kinerja.reporting.domain.calc.IndikatorTargets;
import id.kinerja.reporting.domain.calc.KecamatanRollUp;
import id.kinerja.reporting.domain.calc.KecamatanTahun;
import id.kinerja.reporting.domain.calc.KecamatanTahunInput;
import id.kinerja.reporting.domain.calc.KecamatanTahunResult;
import id.kinerja.reporting.domain.calc.KinerjaAnggaran;
import id.kinerja.reporting.domain.calc.Mean;
import id.kinerja.reporting.domain.calc.NegativeFormula;
import id.kinerja.reporting.domain.calc.OverallMode;
import id.kinerja.reporting.domain.calc.PerTriwulan;
import id.kinerja.reporting.domain.calc.Polarity;
import id.kinerja.reporting.domain.calc.Predikat;
import id.kinerja.reporting.domain.calc.RollUp;
import id.kinerja.reporting.domain.calc.RollUpItem;
import id.kinerja.reporting.domain.calc.SasaranAlokasi;
import id.kinerja.reporting.domain.calc.SasaranMean;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.calc.Target;
import id.kinerja.reporting.domain.calc.TriwulanView;
import id.kinerja.reporting.domain.calc.TwTargetMode;
import id.kinerja.reporting.domain.calc.ZeroTargetRule;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;
import id.kinerja.reporting.domain.figures.SasaranFigure;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Belanja;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.Rencana;

/**
 * Turns the read copies of one kecamatan-year into stored figures by calling the pure engine
 * ({@code domain.calc.KecamatanTahun}) once per triwulan "as of" (1..4; the year is as of TW IV). This class only maps
 * inputs and outputs and picks the counted realisasi version; every rule (capaian, aggregation, roll-ups, serapan,
 * efisiensi, predicate) is the engine's.
 */
@ApplicationScoped
public class FigureCalculator {

  /** Version of the calculation rules written with every figure: the engine's own. */
  public static final String RULE_VERSI = KecamatanTahun.RULE_VERSI;

  /** Everything one kecamatan-year's figures depend on. */
  public record Inputs(Rencana rencana, Instant planAt, ProjectionStore.KabupatenSettings kabupaten,
      ProjectionStore.StoredScale scale, List<RealisasiVersi> indikator, List<RealisasiVersi> anggaran) {
  }

  /**
   * What the inputs are in one view: the kabupaten's settings, the scale, the newest event time every figure reflects
   * ({@link #baseTime}), and per cell the counted version and the newest event time of any version (a return or a new
   * version also changes what counts).
   */
  private record InView(CalcSettings settings, Skala scale, Instant base, Counted ind, Counted ang) {

    static InView of(Inputs in, Tampilan tampilan) {
      return new InView(FigureCalculator.settings(in.kabupaten()), in.scale() == null ? null : in.scale().scale(),
          baseTime(in), Counted.of(in.indikator(), tampilan), Counted.of(in.anggaran(), tampilan));
    }
  }

  /** The engine's input of one kecamatan-year in one view, and what the mapping needs besides. */
  private record Prepared(Rencana plan, InView v, List<IndikatorInput> inputs, List<AnggaranLine> lines,
      Map<String, BigDecimal> bobot) {

    KecamatanTahunResult run(int asOfTw) {
      return KecamatanTahun.compute(new KecamatanTahunInput(plan.kecamatanKode(), plan.tahun(), asOfTw, v.settings(),
          inputs, bobot, lines, v.scale()));
    }
  }

  private Prepared prepare(Inputs in, Tampilan tampilan) {
    Rencana plan = in.rencana();
    InView v = InView.of(in, tampilan);
    List<IndikatorInput> inputs = new ArrayList<>(plan.indikator().size());
    for (Indikator i : plan.indikator()) {
      inputs.add(new IndikatorInput(rule(i), targets(i), cells(i, v.ind().counted().get(i.kode()))));
    }
    List<AnggaranLine> lines = new ArrayList<>(plan.anggaran().size());
    for (Anggaran a : plan.anggaran()) {
      RealisasiVersi[] c = v.ang().counted().get(a.kode());
      lines.add(new AnggaranLine(a.kode(), a.nama(), level(a.level()), a.parentKode(), a.pagu(), a.sasaranKode(),
          new PerTriwulan<>(rupiah(c, 1), rupiah(c, 2), rupiah(c, 3), rupiah(c, 4))));
    }
    return new Prepared(plan, v, inputs, lines, PlanModel.bobotOf(plan));
  }

  /**
   * Every figure of one kecamatan-year in one view, computed in one pass: each indicator is evaluated once (its four
   * triwulan views and the year), each budget line summed once, and the figures of periode n are read from them as
   * the engine's run as of TW n gives them (the year as of TW IV).
   */
  public KecamatanTahunFigures compute(Inputs in, Tampilan tampilan) {
    return compute(PlanModel.of(in.rencana()), in, tampilan);
  }

  /** {@link #compute(Inputs, Tampilan)} with the plan prepared already (once per plan version). */
  public KecamatanTahunFigures compute(PlanModel model, Inputs in, Tampilan tampilan) {
    Rencana plan = model.rencana();
    InView v = InView.of(in, tampilan);
    Map<String, Instant[]> indUpTo = upTo(v.ind().at(), v.base());
    Map<String, Instant[]> angLeafUpTo = upTo(v.ang().at(), v.base());

    IndikatorEvaluation[] ev = evaluate(model, v.ind(), v.settings(), v.scale());
    List<IndikatorFigure> indikator = indikatorFigures(model, ev, v.ind(), indUpTo, v.base(), v.scale());

    checkAnggaranLines(plan, v.ang());
    Map<String, AnggaranSum> sums = new HashMap<>();
    Map<String, AnggaranSum> alokasi = new LinkedHashMap<>();
    AnggaranSum total = sumTree(model, v.ang(), sums, alokasi);
    List<AnggaranFigure> anggaran = anggaranFigures(model, sums, angLeafUpTo, v.base());
    addBelanjaFigures(plan, v.ang(), angLeafUpTo, v.base(), anggaran);

    Instant[] all = periodeTimes(v.base(), indUpTo, angLeafUpTo);
    RollUps[] rollUps = rollUps(model, ev, v.settings());
    int[] late = lateCounts(v.ind().counted(), v.ang().counted());
    List<SasaranFigure> sasaran = sasaranFigures(model, rollUps, alokasi, v.scale(), v.settings(), all);
    List<KecamatanFigure> kecamatan = kecamatanFigures(plan, in, tampilan, ev, rollUps, total, v.settings(),
        v.scale(), late, all);
    return new KecamatanTahunFigures(plan.kabupatenKode(), plan.kecamatanKode(), plan.tahun(), tampilan.name(),
        indikator, sasaran, anggaran, kecamatan, all[4]);
  }

  /** Each indicator evaluated once, as of TW IV: every triwulan view and the year. */
  private static IndikatorEvaluation[] evaluate(PlanModel model, Counted ind, CalcSettings settings,
      Skala scale) {
    List<Indikator> indikatorPlan = model.indikator();
    IndikatorEvaluation[] ev = new IndikatorEvaluation[indikatorPlan.size()];
    for (int i = 0; i < ev.length; i++) {
      Indikator def = indikatorPlan.get(i);
      ev[i] = IndikatorEvaluator.evaluate(new IndikatorInput(model.rule(i), model.targets(i),
          cells(def, ind.counted().get(def.kode()))), 4, settings, scale);
    }
    return ev;
  }

  /** The five figures of every indicator, in plan order (TW I–IV, then the year, of each). */
  private static List<IndikatorFigure> indikatorFigures(PlanModel model, IndikatorEvaluation[] ev, Counted ind,
      Map<String, Instant[]> indUpTo, Instant base, Skala scale) {
    List<Indikator> indikatorPlan = model.indikator();
    List<IndikatorFigure> indikator = new ArrayList<>(ev.length * 5);
    IndikatorFigure[] five = new IndikatorFigure[5];
    for (int i = 0; i < ev.length; i++) {
      Indikator def = indikatorPlan.get(i);
      // a code given twice shows the figures of its first indicator (as the engine's lookup by code does)
      indikatorFigures(def, i + 1, ev[model.indikatorIndex(def.kode())], ind.counted().get(def.kode()),
          indUpTo.getOrDefault(def.kode(), baseTimes(base)), scale, five);
      for (int n : ORDER_TW_FIRST) {
        indikator.add(five[n]);
      }
    }
    return indikator;
  }

  /** The engine's input line of each budget line, made only for its checks: it refuses negative realisasi. */
  private static void checkAnggaranLines(Rencana plan, Counted ang) {
    for (Anggaran a : plan.anggaran()) {
      RealisasiVersi[] c = ang.counted().get(a.kode());
      new AnggaranLine(a.kode(), a.nama(), null, a.parentKode(), a.pagu(), a.sasaranKode(),
          new PerTriwulan<>(rupiah(c, 1), rupiah(c, 2), rupiah(c, 3), rupiah(c, 4)));
    }
  }

  /**
   * One sum per budget line (leaves from their counted cells, parents Σ children) into {@code sums}, the sums of the
   * leaves per sasaran into {@code alokasi}; returns the total of the roots.
   */
  private static AnggaranSum sumTree(PlanModel model, Counted ang, Map<String, AnggaranSum> sums,
      Map<String, AnggaranSum> alokasi) {
    AnggaranSum total = AnggaranSum.NONE;
    Map<String, AnggaranAlokasi.Line> summed = new HashMap<>();
    for (AnggaranNode root : model.roots()) {
      total = total.plus(sum(root, ang.counted(), sums, summed));
    }
    AnggaranAlokasi.collect(model.roots(), summed, alokasi);
    return total;
  }

  /** The five figures of every budget line, in plan order (TW I–IV, then the year, of each). */
  private static List<AnggaranFigure> anggaranFigures(PlanModel model, Map<String, AnggaranSum> sums,
      Map<String, Instant[]> angLeafUpTo, Instant base) {
    Map<String, Instant[]> nodeAt = new HashMap<>();
    List<AnggaranFigure> anggaran = new ArrayList<>(model.anggaran().size() * 5);
    AnggaranFigure[] five = new AnggaranFigure[5];
    int urutan = 0;
    for (Anggaran a : model.anggaran()) {
      urutan++;
      Instant[] at = subtreeTimes(model.node(a.kode()), angLeafUpTo, nodeAt, base);
      anggaranFigures(a.kode(), urutan, sums.get(a.kode()), at, five);
      for (int n : ORDER_TW_FIRST) {
        anggaran.add(five[n]);
      }
    }
    return anggaran;
  }

  /** Event time of each periode for the roll-ups: every indicator and budget line up to that TW. */
  private static Instant[] periodeTimes(Instant base, Map<String, Instant[]> indUpTo,
      Map<String, Instant[]> angLeafUpTo) {
    Instant[] all = baseTimes(base);
    for (Instant[] t : indUpTo.values()) {
      maxInto(all, t);
    }
    for (Instant[] t : angLeafUpTo.values()) {
      maxInto(all, t);
    }
    return all;
  }

  /**
   * The roll-ups of each TW (index 1..4): of the TW value and of the value s.d. the TW against the annual target (the
   * year: s.d. IV).
   */
  private static RollUps[] rollUps(PlanModel model, IndikatorEvaluation[] ev, CalcSettings settings) {
    RollUps[] rollUps = new RollUps[5];
    List<CapaianResult> tw = new ArrayList<>(ev.length);
    List<CapaianResult> kum = new ArrayList<>(ev.length);
    for (int n = 1; n <= 4; n++) {
      tw.clear();
      kum.clear();
      for (IndikatorEvaluation e : ev) {
        tw.add(e.tw(n).vsAnnual());
        kum.add(e.tw(n).kumulatifVsAnnual());
      }
      rollUps[n] = RollUps.of(model, tw, kum, settings);
    }
    return rollUps;
  }

  /** The figures of every sasaran that has any, per periode (the year first), in the order the plan shows them. */
  private static List<SasaranFigure> sasaranFigures(PlanModel model, RollUps[] rollUps, Map<String, AnggaranSum> alokasi,
      Skala scale, CalcSettings settings, Instant[] all) {
    List<SasaranFigure> sasaran = new ArrayList<>();
    int urutan = 0;
    for (String kode : model.sasaranKode()) {
      urutan++;
      for (int n = 0; n <= 4; n++) {
        SasaranFigure f = sasaranFigure(kode, n, urutan, rollUps, alokasi.get(kode), scale, settings, all);
        if (f != null) {
          sasaran.add(f);
        }
      }
    }
    return sasaran;
  }

  /** The kecamatan summary of each periode (the year first). */
  private static List<KecamatanFigure> kecamatanFigures(Rencana plan, Inputs in, Tampilan tampilan,
      IndikatorEvaluation[] ev, RollUps[] rollUps, AnggaranSum total, CalcSettings settings, Skala scale,
      int[] late, Instant[] all) {
    List<KecamatanFigure> kecamatan = new ArrayList<>(5);
    for (int n = 0; n <= 4; n++) {
      int r = n == 0 ? 4 : n;
      int below = 0;
      for (IndikatorEvaluation e : ev) {
        if (Capaian.belowTarget(e.tw(r).kumulatifVsAnnual())) {
          below++;
        }
      }
      Serapan sKum = total.kumulatif(r);
      kecamatan.add(kecamatanFigure(plan, in, tampilan, n, rollUps, n == 0 ? sKum : total.triwulan(n), sKum,
          Efisiensi.of(rollUps[r].overallRaw(), sKum, settings.efisiensiFormula()), scale, below, late[n], all));
    }
    return kecamatan;
  }

  /** Periode order of the indicator and budget figures of one item: TW I–IV, then the year. */
  static final int[] ORDER_TW_FIRST = { 1, 2, 3, 4, 0 };

  /** The newest of the plan's, the settings' and the scale's event times: every figure reflects at least these. */
  static Instant baseTime(Inputs in) {
    return max(in.planAt(), in.kabupaten() == null ? null : in.kabupaten().occurredAt(),
        in.scale() == null ? null : in.scale().occurredAt());
  }

  /** Per cell code: the version counted in a view (index 1..4 = TW) and the newest event time of any version. */
  record Counted(Map<String, RealisasiVersi[]> counted, Map<String, Instant[]> at) {
    static Counted of(List<RealisasiVersi> rows, Tampilan view) {
      Map<String, RealisasiVersi[]> counted = new HashMap<>();
      Map<String, Instant[]> at = new HashMap<>();
      select(rows, view, counted, at);
      return new Counted(counted, at);
    }
  }

  /** The roll-ups of one TW (or, with the kumulatif items, s.d. the TW and the year as of it). */
  record RollUps(KecamatanRollUp triwulan, KecamatanRollUp kumulatif, Mean overallRaw, Map<String, Mean> sasaranRaw) {

    /** From every indicator's capaian of the TW and s.d. the TW against the annual target, in plan order. */
    static RollUps of(PlanModel model, List<CapaianResult> triwulan, List<CapaianResult> kumulatif,
        CalcSettings settings) {
      List<RollUpItem> tw = new ArrayList<>(triwulan.size());
      List<RollUpItem> kum = new ArrayList<>(kumulatif.size());
      for (int i = 0; i < triwulan.size(); i++) {
        tw.add(RollUpItem.of(model.rule(i), triwulan.get(i)));
        kum.add(RollUpItem.of(model.rule(i), kumulatif.get(i)));
      }
      return new RollUps(RollUp.kecamatan(tw, model.bobot(), settings), RollUp.kecamatan(kum, model.bobot(), settings),
          RollUp.kecamatan(kum, model.bobot(), settings.withRollUpBasis(CapaianBasis.RAW)).overall(),
          RollUp.bySasaranRaw(kum));
    }
  }

  /** The five figures of one indicator (index = periode: 1..4 the triwulan, 0 the year) from its evaluation. */
  static void indikatorFigures(Indikator ind, int urutan, IndikatorEvaluation e, RealisasiVersi[] counted, Instant[] at,
      Skala scale, IndikatorFigure[] out) {
    for (int n = 1; n <= 4; n++) {
      TriwulanView v = e.tw(n);
      // the engine as of TW n classifies the capaian s.d. TW n
      out[n] = triwulanFigure(ind, n, urutan, v, counted == null ? null : counted[n],
          Predikat.of(scale, v.kumulatifVsAnnual()), at[n]);
    }
    out[0] = yearFigure(ind, urutan, e, counted, at[4]);
  }

  /** The figure of one indicator in TW n: its cell, the value s.d. TW n and the three capaian, with the band given. */
  static IndikatorFigure triwulanFigure(Indikator ind, int n, int urutan, TriwulanView v, RealisasiVersi rv, Band band,
      Instant at) {
    return new IndikatorFigure(ind.kode(), n, ind.sasaranKode(), urutan, cellStatus(v.cell()), cellValue(v.cell()),
        cellText(v.cell()), rv == null ? null : rv.versi(), v.kumulatif().nilai(), numeric(ind.target()),
        numeric(ind.targetTriwulan(n)), v.vsAnnual().status().name(), v.vsAnnual().raw(), v.vsAnnual().score(),
        v.kumulatifVsAnnual().status().name(), v.kumulatifVsAnnual().raw(), v.kumulatifVsAnnual().score(),
        v.vsTwTarget().status().name(), v.vsTwTarget().raw(), v.vsTwTarget().score(),
        band == null ? null : band.skor(), band == null ? null : band.label(), null, null,
        rv != null && rv.terlambat(), at, rv == null ? null : n, narasi(rv).faktorPendukung(),
        narasi(rv).faktorPenghambat(), narasi(rv).tindakLanjut());
  }

  private static Narasi narasi(RealisasiVersi rv) {
    return rv == null ? Narasi.NONE : rv.narasi();
  }


  /** The year figure of one indicator: the year's value, capaian, predicate and tingkat kemajuan. */
  static IndikatorFigure yearFigure(Indikator ind, int urutan, IndikatorEvaluation e, RealisasiVersi[] counted,
      Instant at) {
    Band band = e.predikat();
    AggregatedValue akhir = e.akhir();
    boolean lateAny = counted != null && java.util.Arrays.stream(counted).anyMatch(r -> r != null && r.terlambat());
    RealisasiVersi last = CountedVersion.lastTriwulan(counted);
    return new IndikatorFigure(ind.kode(), 0, ind.sasaranKode(), urutan, akhir.status().name(), akhir.nilai(),
        akhir.manual() == null ? null : akhir.manual().teks(), null, akhir.nilai(), numeric(ind.target()), null,
        e.capaian().status().name(), e.capaian().raw(), e.capaian().score(), e.capaian().status().name(),
        e.capaian().raw(), e.capaian().score(), null, null, null, band == null ? null : band.skor(),
        band == null ? null : band.label(), e.tingkatKemajuan().status().name(), e.tingkatKemajuan().raw(), lateAny,
        at, last == null ? null : last.triwulan(), narasi(last).faktorPendukung(), narasi(last).faktorPenghambat(),
        narasi(last).tindakLanjut());
  }

  /**
   * The figures of the budget by jenis belanja (docs/domain.md §2.12), after the program tree's in the same document:
   * five per line (urutan after the plan's budget lines), then five of the view's total under
   * {@link BelanjaSerapan#TOTAL_KODE}, whose dilaporkan/jumlah count lines. Their cells never enter the program tree's
   * sums, the sasaran alokasi or efisiensi, which are built from the plan's budget lines only.
   */
  static void addBelanjaFigures(Rencana plan, Counted ang, Map<String, Instant[]> angLeafUpTo, Instant base,
      List<AnggaranFigure> out) {
    if (plan.belanja().isEmpty()) {
      return;
    }
    List<BelanjaSerapan.Baris> lines = new ArrayList<>(plan.belanja().size());
    Instant[] totalAt = baseTimes(base);
    int urutan = plan.anggaran().size();
    for (Belanja b : plan.belanja()) {
      RealisasiVersi[] c = ang.counted().get(b.kode());
      BelanjaSerapan.Baris line = new BelanjaSerapan.Baris(b.kode(), b.pagu(),
          new PerTriwulan<>(rupiah(c, 1), rupiah(c, 2), rupiah(c, 3), rupiah(c, 4)));
      lines.add(line);
      Instant[] at = angLeafUpTo.getOrDefault(b.kode(), baseTimes(base));
      maxInto(totalAt, at);
      addBelanjaFigures(b.kode(), ++urutan, b.pagu(), BelanjaSerapan.baris(line), at, out);
    }
    long pagu = lines.stream().mapToLong(BelanjaSerapan.Baris::pagu).sum();
    addBelanjaFigures(BelanjaSerapan.TOTAL_KODE, ++urutan, pagu, BelanjaSerapan.total(lines), totalAt, out);
  }

  private static void addBelanjaFigures(String kode, int urutan, long pagu, BelanjaSerapan.Periode[] p, Instant[] at,
      List<AnggaranFigure> out) {
    for (int n : ORDER_TW_FIRST) {
      out.add(anggaranFigure(kode, n, urutan, pagu, p[n].triwulan(), p[n].kumulatif(), at[n == 0 ? 4 : n]));
    }
  }

  /** The five figures of one budget line (index = periode) from its sums. */
  static void anggaranFigures(String kode, int urutan, AnggaranSum sum, Instant[] at, AnggaranFigure[] out) {
    Serapan year = null;
    for (int n = 1; n <= 4; n++) {
      Serapan kum = sum.kumulatif(n);
      out[n] = anggaranFigure(kode, n, urutan, sum.pagu(), sum.triwulan(n), kum, at[n]);
      year = kum;
    }
    out[0] = anggaranFigure(kode, 0, urutan, sum.pagu(), year, year, at[4]);
  }

  /** The figure of one budget line in periode n: the serapan of the periode ({@code tw}) and s.d. it. */
  static AnggaranFigure anggaranFigure(String kode, int n, int urutan, long pagu, Serapan tw, Serapan kum,
      Instant at) {
    return new AnggaranFigure(kode, n, urutan, pagu, tw.status().name(), tw.realisasi(), kum.realisasi(),
        tw.status().name(), tw.persen(), kum.persen(), kum.coverage().reported(), kum.coverage().expected(),
        kum.melebihiPagu(), kum.sisa(), at, tw.paguDilaporkan(), kum.paguDilaporkan());
  }

  /** Late entries per periode (index 0 = the year: every TW) over every counted cell, indicators and budget lines. */
  static int[] lateCounts(Map<String, RealisasiVersi[]> indikator, Map<String, RealisasiVersi[]> anggaran) {
    int[] late = new int[5];
    for (int n = 0; n <= 4; n++) {
      for (RealisasiVersi[] c : indikator.values()) {
        late[n] += lateCount(c, n);
      }
      for (RealisasiVersi[] c : anggaran.values()) {
        late[n] += lateCount(c, n);
      }
    }
    return late;
  }

  /**
   * Sums of a subtree (leaves from their counted cells; a parent Σ children, or its own counted realisasi in a triwulan
   * without any below it, docs/domain.md §2.11), recorded per line, and what the alokasi needs of each line.
   */
  private static AnggaranSum sum(AnggaranNode node, Map<String, RealisasiVersi[]> counted, Map<String, AnggaranSum> sums,
      Map<String, AnggaranAlokasi.Line> summed) {
    AnggaranSum s;
    RealisasiVersi[] c = counted.get(node.kode());
    if (node.leaf()) {
      s = AnggaranSum.leaf(node.pagu(), new PerTriwulan<>(rupiah(c, 1), rupiah(c, 2), rupiah(c, 3), rupiah(c, 4)));
      summed.put(node.kode(), AnggaranAlokasi.Line.leaf(s));
    } else {
      s = AnggaranSum.NONE;
      for (AnggaranNode child : node.children()) {
        s = s.plus(sum(child, counted, sums, summed));
      }
      if (c != null) {
        PerTriwulan<Long> own = new PerTriwulan<>(rupiah(c, 1), rupiah(c, 2), rupiah(c, 3), rupiah(c, 4));
        int mask = AnggaranSum.ownTriwulan(s, own);
        s = s.withOwn(own, mask);
        summed.put(node.kode(), AnggaranAlokasi.Line.parent(mask, own));
      }
    }
    sums.put(node.kode(), s);
    return s;
  }

  /**
   * The figure of one sasaran in periode n (0 = the year, from the roll-ups s.d. TW IV), or null when the sasaran has
   * neither indicators nor budget lines; {@code alokasi} = the sums of the leaf lines allocated to it, or null.
   */
  static SasaranFigure sasaranFigure(String kode, int n, int urutan, RollUps[] rollUps, AnggaranSum alokasi,
      Skala scale, CalcSettings settings, Instant[] all) {
    int r = n == 0 ? 4 : n;
    SasaranMean tw = (n == 0 ? rollUps[4].kumulatif() : rollUps[n].triwulan()).sasaran(kode);
    SasaranMean kum = rollUps[r].kumulatif().sasaran(kode);
    if (tw == null && kum == null && alokasi == null) {
      return null;
    }
    Mean mTw = tw == null ? null : tw.mean();
    Mean mKum = kum == null ? null : kum.mean();
    Band band = mKum == null || !mKum.hasValue() ? null : Predikat.classify(scale, mKum.nilai());
    Serapan serapan = alokasi == null ? null : alokasi.kumulatif(r);
    Mean raw = rollUps[r].sasaranRaw().get(kode);
    Efisiensi ef = raw == null ? null
        : Efisiensi.of(raw, serapan == null ? Serapan.of(0, null, Coverage.NONE) : serapan, settings.efisiensiFormula());
    return sasaranFigure(kode, n, urutan, mTw, mKum, band, serapan, ef, all[r]);
  }

  static SasaranFigure sasaranFigure(String kode, int n, int urutan, Mean mTw, Mean mKum, Band band, Serapan serapan,
      Efisiensi ef, Instant asOf) {
    return new SasaranFigure(kode, n, urutan, status(mTw), mTw == null ? null : mTw.nilai(), status(mKum),
        mKum == null ? null : mKum.nilai(), mKum == null ? 0 : mKum.coverage().reported(),
        mKum == null ? 0 : mKum.coverage().expected(), band == null ? null : band.skor(),
        band == null ? null : band.label(), serapan == null ? null : serapan.pagu(),
        serapan == null ? null : serapan.realisasi(), serapan == null ? null : serapan.status().name(),
        serapan == null ? null : serapan.persen(), ef == null ? null : ef.status().name(),
        ef == null ? null : ef.nilai(), asOf, serapan == null ? null : serapan.paguDilaporkan());
  }

  /** The kecamatan summary of periode n (0 = the year). */
  static KecamatanFigure kecamatanFigure(Rencana plan, Inputs in, Tampilan tampilan, int n, RollUps[] rollUps,
      Serapan sTw, Serapan sKum, Efisiensi ef, Skala scale, int below, int late, Instant[] all) {
    int r = n == 0 ? 4 : n;
    return kecamatanFigure(plan, in.kabupaten() == null ? null : in.kabupaten().konfigurasiVersi(),
        in.scale() == null ? null : in.scale().versi(), tampilan, n, (n == 0 ? rollUps[4].kumulatif()
            : rollUps[n].triwulan()).overall(), rollUps[r].kumulatif().overall(), sKum.pagu(), sTw.realisasi(),
        sKum.realisasi(), sTw.status().name(), sTw.persen(), sKum.persen(), ef, scale, below, late, all[r],
        sTw.paguDilaporkan(), sKum.paguDilaporkan());
  }

  static KecamatanFigure kecamatanFigure(Rencana plan, Integer konfigurasiVersi, Integer skalaVersi, Tampilan tampilan,
      int n, Mean overall, Mean overallKum, long pagu, Long realisasiTw, Long realisasiKum, String serapanStatus,
      BigDecimal serapanTw, BigDecimal serapanKum, Efisiensi ef, Skala scale, int below, int late,
      Instant asOf, Long paguDilaporkan, Long paguDilaporkanKumulatif) {
    Band band = overallKum.hasValue() ? Predikat.classify(scale, overallKum.nilai()) : null;
    return new KecamatanFigure(plan.kabupatenKode(), plan.kecamatanKode(), plan.tahun(), n, tampilan.name(),
        overall.status().name(), overall.nilai(), overallKum.status().name(), overallKum.nilai(),
        overall.coverage().reported(), overall.coverage().expected(), pagu, realisasiTw, realisasiKum, serapanStatus,
        serapanTw, serapanKum, ef.status().name(), ef.nilai(), band == null ? null : band.skor(),
        band == null ? null : band.label(), below, late, plan.planVersi(), konfigurasiVersi, skalaVersi, RULE_VERSI,
        asOf, paguDilaporkan, paguDilaporkanKumulatif);
  }

  /** The engine's result of one kecamatan-year as of a triwulan (4 = the year), for the audit. */
  public KecamatanTahunResult engine(Inputs in, Tampilan tampilan, int asOfTw) {
    return prepare(in, tampilan).run(asOfTw);
  }

  /** The settings the engine used for a kabupaten (for labels such as the efisiensi formula). */
  public static CalcSettings settingsOf(Inputs in) {
    return settings(in.kabupaten());
  }

  /**
   * The figures as they were computed before the one-pass calculation: the engine run once per "as of" triwulan (1..4)
   * and the year from the run as of IV. Not used to store figures; it is the reference {@link #compute} is tested
   * against (OnePassCalculationTest), kept beside the engine runs of the audit it is made of.
   */
  KecamatanTahunFigures computeEightRuns(Inputs in, Tampilan tampilan) {
    Prepared p = prepare(in, tampilan);
    Rencana plan = p.plan();
    // One engine run per "as of" triwulan: TW n figures (and s.d. TW n) come from the run as of n; the year from 4.
    KecamatanTahunResult[] runs = new KecamatanTahunResult[5];
    for (int n = 1; n <= 4; n++) {
      runs[n] = p.run(n);
    }
    // Event times per periode: an indicator figure of TW n reflects its cells of TW 1..n.
    InView v = p.v();
    Map<String, Instant[]> indUpTo = upTo(v.ind().at(), v.base());
    Map<String, Instant[]> angLeafUpTo = upTo(v.ang().at(), v.base());
    List<IndikatorFigure> indikator = indikatorFiguresOfRuns(plan, runs, v.ind().counted(), indUpTo, v.base());
    List<AnggaranFigure> anggaran = new ArrayList<>(anggaranFiguresOfRuns(plan, runs, angLeafUpTo, v.base()));
    addBelanjaFigures(plan, v.ang(), angLeafUpTo, v.base(), anggaran);
    Instant[] all = periodeTimes(v.base(), indUpTo, angLeafUpTo);
    List<SasaranFigure> sasaran = sasaranFiguresOfRuns(plan, runs, v.scale(), all);
    List<KecamatanFigure> kecamatan = kecamatanFiguresOfRuns(p, in, tampilan, runs, all);
    return new KecamatanTahunFigures(plan.kabupatenKode(), plan.kecamatanKode(), plan.tahun(), tampilan.name(),
        indikator, sasaran, anggaran, kecamatan, all[4]);
  }

  /** Indicator figures of TW n from the run as of n, the year's from the run as of IV. */
  private static List<IndikatorFigure> indikatorFiguresOfRuns(Rencana plan, KecamatanTahunResult[] runs,
      Map<String, RealisasiVersi[]> indCounted, Map<String, Instant[]> indUpTo, Instant base) {
    List<IndikatorFigure> indikator = new ArrayList<>();
    int urutan = 0;
    for (Indikator ind : plan.indikator()) {
      urutan++;
      RealisasiVersi[] counted = indCounted.get(ind.kode());
      Instant[] at = indUpTo.getOrDefault(ind.kode(), baseTimes(base));
      for (int n = 1; n <= 4; n++) {
        IndikatorEvaluation e = runs[n].indikator(ind.kode());
        indikator.add(triwulanFigure(ind, n, urutan, e.tw(n), counted == null ? null : counted[n], e.predikat(),
            at[n]));
      }
      indikator.add(yearFigure(ind, urutan, runs[4].indikator(ind.kode()), counted, at[4]));
    }
    return indikator;
  }

  /** Budget line figures: TW n serapan and s.d. TW n from the run as of n; the year from the run as of IV. */
  private static List<AnggaranFigure> anggaranFiguresOfRuns(Rencana plan, KecamatanTahunResult[] runs,
      Map<String, Instant[]> angLeafUpTo, Instant base) {
    Map<String, Instant[]> nodeAt = new HashMap<>();
    List<AnggaranFigure> anggaran = new ArrayList<>();
    int urutan = 0;
    for (Anggaran a : plan.anggaran()) {
      urutan++;
      Instant[] at = subtreeTimes(runs[4].anggaran().node(a.kode()), angLeafUpTo, nodeAt, base);
      for (int n = 1; n <= 4; n++) {
        AnggaranNode node = runs[n].anggaran().node(a.kode());
        anggaran.add(anggaranFigure(a.kode(), n, urutan, node.pagu(), node.triwulan().get(n), node.kumulatif(),
            at[n]));
      }
      AnggaranNode node = runs[4].anggaran().node(a.kode());
      anggaran.add(anggaranFigure(a.kode(), 0, urutan, node.pagu(), node.kumulatif(), node.kumulatif(), at[4]));
    }
    return anggaran;
  }

  /** Sasaran figures of TW n from the run as of n (the year from the run as of IV), with the run's efisiensi. */
  private static List<SasaranFigure> sasaranFiguresOfRuns(Rencana plan, KecamatanTahunResult[] runs,
      Skala scale, Instant[] all) {
    List<SasaranFigure> sasaran = new ArrayList<>();
    int urutan = 0;
    for (String kode : PlanModel.sasaranOf(plan)) {
      urutan++;
      for (int n = 0; n <= 4; n++) {
        KecamatanTahunResult r = runs[n == 0 ? 4 : n];
        SasaranMean tw = (n == 0 ? r.akhir() : r.triwulan().get(n)).sasaran(kode);
        SasaranMean kum = (n == 0 ? r.akhir() : r.kumulatif().get(n)).sasaran(kode);
        SasaranAlokasi alokasi = r.anggaran().alokasi(kode);
        if (tw == null && kum == null && alokasi == null) {
          continue;
        }
        Mean mTw = tw == null ? null : tw.mean();
        Mean mKum = kum == null ? null : kum.mean();
        Band band = mKum == null || !mKum.hasValue() ? null : Predikat.classify(scale, mKum.nilai());
        Serapan serapan = alokasi == null ? null : alokasi.kumulatif();
        KinerjaAnggaran ka = r.kinerjaAnggaran().stream().filter(k -> kode.equals(k.sasaranKode())).findFirst()
            .orElse(null);
        sasaran.add(sasaranFigure(kode, n, urutan, mTw, mKum, band, serapan, ka == null ? null : ka.efisiensi(),
            all[n == 0 ? 4 : n]));
      }
    }
    return sasaran;
  }

  /** The kecamatan summary of TW n from the run as of n (the year from the run as of IV). */
  private static List<KecamatanFigure> kecamatanFiguresOfRuns(Prepared p, Inputs in, Tampilan tampilan,
      KecamatanTahunResult[] runs, Instant[] all) {
    InView v = p.v();
    int[] late = lateCounts(v.ind().counted(), v.ang().counted());
    List<KecamatanFigure> kecamatan = new ArrayList<>();
    for (int n = 0; n <= 4; n++) {
      KecamatanTahunResult r = runs[n == 0 ? 4 : n];
      KecamatanRollUp rank = n == 0 ? r.akhir() : r.triwulan().get(n);
      Serapan sTw = n == 0 ? r.anggaran().totalKumulatif() : r.anggaran().totalTriwulan().get(n);
      Serapan sKum = r.anggaran().totalKumulatif();
      Efisiensi ef = Efisiensi.of(rawOverall(r, v.settings(), p.bobot()), sKum, v.settings().efisiensiFormula());
      int below = 0;
      for (IndikatorEvaluation e : r.indikator()) {
        CapaianResult c = n == 0 ? e.capaian() : e.tw(n).kumulatifVsAnnual();
        if (c.hasValue() && c.raw().compareTo(BigDecimal.valueOf(100)) < 0) {
          below++;
        }
      }
      kecamatan.add(kecamatanFigure(p.plan(), in.kabupaten() == null ? null : in.kabupaten().konfigurasiVersi(),
          in.scale() == null ? null : in.scale().versi(), tampilan, n, rank.overall(), r.akhir().overall(),
          sKum.pagu(), sTw.realisasi(), sKum.realisasi(), sTw.status().name(), sTw.persen(), sKum.persen(), ef,
          v.scale(), below, late[n], all[n == 0 ? 4 : n], sTw.paguDilaporkan(), sKum.paguDilaporkan()));
    }
    return kecamatan;
  }

  /** Overall capaian on the RAW basis (efisiensi is computed from raw values), by the engine's roll-up. */
  private static Mean rawOverall(KecamatanTahunResult r, CalcSettings settings, Map<String, BigDecimal> bobot) {
    List<RollUpItem> items = new ArrayList<>(r.indikator().size());
    for (IndikatorEvaluation e : r.indikator()) {
      items.add(RollUpItem.of(e.rule(), e.capaian()));
    }
    return RollUp.kecamatan(items, bobot, settings.withRollUpBasis(CapaianBasis.RAW)).overall();
  }

  static int lateCount(RealisasiVersi[] cells, int periode) {
    int late = 0;
    for (int tw = 1; tw <= 4; tw++) {
      if ((periode == 0 || tw == periode) && cells[tw] != null && cells[tw].terlambat()) {
        late++;
      }
    }
    return late;
  }

  static String status(Mean m) {
    return m == null ? "NOT_DUE" : m.status().name();
  }

  // ---- inputs -------------------------------------------------------------------------------------------------

  static CalcSettings settings(ProjectionStore.KabupatenSettings k) {
    if (k == null) {
      return CalcSettings.DEFAULT;
    }
    return CalcSettings.ofKabupaten(NegativeFormula.valueOf(k.negativeFormulaDefault()),
        OverallMode.valueOf(k.overallMode()), k.capaianScoreCap(), k.floorNegativeAtZero());
  }

  static IndikatorRule rule(Indikator i) {
    return IndikatorRule.builder(i.kode()).sasaranKode(i.sasaranKode()).iku(i.iku())
        .polarity(Polarity.valueOf(i.polarity()))
        .negativeFormula(i.negativeFormula() == null ? null : NegativeFormula.valueOf(i.negativeFormula()))
        .aggregation(Aggregation.valueOf(i.aggregation())).twTargetMode(TwTargetMode.valueOf(i.twTargetMode()))
        .zeroTargetRule(ZeroTargetRule.valueOf(i.zeroTargetRule())).capaianScoreCap(i.capaianScoreCap())
        .satuan(i.satuan()).precision(i.precision()).build();
  }

  static IndikatorTargets targets(Indikator i) {
    return new IndikatorTargets(target(i.target()), PerTriwulan.build(tw -> target(i.targetTriwulan(tw))),
        i.targetAkhir() == null ? null : target(i.targetAkhir().target()));
  }

  static Target target(id.kinerja.reporting.domain.plan.Target t) {
    if (t == null) {
      return null;
    }
    if (t.isText()) {
      return Target.text(t.teks());
    }
    if (t.isRange()) {
      return Target.range(t.min(), t.max());
    }
    return t.nilai() == null ? null : Target.of(t.nilai());
  }

  static BigDecimal numeric(id.kinerja.reporting.domain.plan.Target t) {
    return t == null || t.isText() || t.isRange() ? null : t.nilai();
  }

  /** The four cells: NOT_DUE outside dueTriwulan, NOT_REPORTED where no version counts. */
  static PerTriwulan<Cell> cells(Indikator ind, RealisasiVersi[] counted) {
    return PerTriwulan.build(tw -> {
      RealisasiVersi v = counted == null ? null : counted[tw];
      if (v == null) {
        return ind.dueTriwulan().contains(tw) ? Cell.NOT_REPORTED : Cell.NOT_DUE;
      }
      if ("NOT_APPLICABLE".equals(v.keadaan())) {
        return Cell.NOT_APPLICABLE;
      }
      if (v.teks() != null || v.capaianManual() != null) {
        return Cell.text(v.teks(), v.capaianManual(), v.justifikasi());
      }
      if (v.pembilang() != null && v.penyebut() != null) {
        return Cell.components(v.pembilang(), v.penyebut());
      }
      if (v.nilai() != null) {
        return Cell.value(v.nilai());
      }
      return Cell.NOT_REPORTED;
    });
  }

  static AnggaranLevel level(String level) {
    try {
      return level == null ? null : AnggaranLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      return AnggaranLevel.LAINNYA;
    }
  }

  static Long rupiah(RealisasiVersi[] c, int tw) {
    return c == null || c[tw] == null ? null : c[tw].nilai().longValueExact();
  }

  static String cellStatus(Cell c) {
    if (c instanceof Cell.Reported r) {
      return r.nilai() == null ? "NOT_COMPUTABLE" : "REPORTED";
    }
    if (c instanceof Cell.ReportedText) {
      return "MANUAL";
    }
    if (c instanceof Cell.NotApplicable) {
      return "NOT_APPLICABLE";
    }
    return c instanceof Cell.NotDue ? "NOT_DUE" : "NOT_REPORTED";
  }

  static BigDecimal cellValue(Cell c) {
    return c instanceof Cell.Reported r ? r.nilai() : null;
  }

  static String cellText(Cell c) {
    return c instanceof Cell.ReportedText t ? t.teks() : null;
  }

  /** Per kode: counted version of each TW (index 1..4) and the newest event time of each TW cell. */
  static void select(List<RealisasiVersi> rows, Tampilan view, Map<String, RealisasiVersi[]> counted,
      Map<String, Instant[]> at) {
    Map<String, List<RealisasiVersi>> byCell = new LinkedHashMap<>();
    for (RealisasiVersi r : rows) {
      byCell.computeIfAbsent(r.kode() + "\u0000" + r.triwulan(), k -> new ArrayList<>()).add(r);
      Instant[] t = at.computeIfAbsent(r.kode(), k -> new Instant[5]);
      t[r.triwulan()] = max(t[r.triwulan()], r.occurredAt());
    }
    for (List<RealisasiVersi> versions : byCell.values()) {
      Optional<RealisasiVersi> v = CountedVersion.select(versions, view);
      if (v.isPresent()) {
        counted.computeIfAbsent(v.get().kode(), k -> new RealisasiVersi[5])[v.get().triwulan()] = v.get();
      }
    }
  }

  /** For each kode, the newest time of TW 1..n (index n), at least {@code base}. */
  static Map<String, Instant[]> upTo(Map<String, Instant[]> at, Instant base) {
    Map<String, Instant[]> out = new HashMap<>();
    at.forEach((kode, t) -> {
      Instant[] u = baseTimes(base);
      Instant running = base;
      for (int n = 1; n <= 4; n++) {
        running = max(running, t[n]);
        u[n] = running;
      }
      u[0] = running;
      out.put(kode, u);
    });
    return out;
  }

  static Instant[] subtreeTimes(AnggaranNode node, Map<String, Instant[]> leaf, Map<String, Instant[]> memo,
      Instant base) {
    Instant[] cached = memo.get(node.kode());
    if (cached != null) {
      return cached;
    }
    Instant[] t = baseTimes(base);
    // A line's own cells (a parent's too: its own realisasi may count, docs/domain.md §2.11) and those below it.
    Instant[] own = leaf.get(node.kode());
    if (own != null) {
      maxInto(t, own);
    }
    for (AnggaranNode child : node.children()) {
      maxInto(t, subtreeTimes(child, leaf, memo, base));
    }
    memo.put(node.kode(), t);
    return t;
  }

  static Instant[] baseTimes(Instant base) {
    return new Instant[] { base, base, base, base, base };
  }

  static void maxInto(Instant[] into, Instant[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] = max(into[i], other[i]);
    }
  }

  static Instant max(Instant... ts) {
    Instant m = null;
    for (Instant t : ts) {
      if (t != null && (m == null || t.isAfter(m))) {
        m = t;
      }
    }
    return m;
  }
}
