package id.kinerja.reporting.domain.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recomputes one kecamatan-year in memory (the entry point for the reporting projections): every indicator's views,
 * the sasaran and overall roll-ups per TW and for the year, the budget tree, and kinerja vs anggaran with efisiensi.
 * Pure and deterministic: same input, same output.
 */
public final class KecamatanTahun {

  /**
   * Version of the calculation rules of this engine. Stored with every figure (docs/domain.md §4: same inputs + same rule
   * version → same outputs); changes whenever a rule changes a figure.
   */
  public static final String RULE_VERSI = "calc-2024.2";

  private KecamatanTahun() {
  }

  /** Computes everything for {@code input}. */
  public static KecamatanTahunResult compute(KecamatanTahunInput input) {
    CalcSettings settings = input.settings();
    int asOf = input.asOfTw();
    int n = input.indikator().size();
    List<IndikatorEvaluation> evals = new ArrayList<>(n);
    for (IndikatorInput in : input.indikator()) {
      evals.add(IndikatorEvaluator.evaluate(in, asOf, settings, input.kinerjaScale()));
    }
    List<RollUpItem> annual = new ArrayList<>(n);
    for (IndikatorEvaluation e : evals) {
      annual.add(RollUpItem.of(e.rule(), e.capaian()));
    }
    KecamatanRollUp akhir = RollUp.kecamatan(annual, input.sasaranBobot(), settings);
    PerTriwulan<KecamatanRollUp> perTw = PerTriwulan.build(tw -> rollUp(evals, tw, false, input, settings));
    PerTriwulan<KecamatanRollUp> kumTw = PerTriwulan.build(tw -> rollUp(evals, tw, true, input, settings));
    AnggaranTree tree = AnggaranTree.build(input.anggaran(), asOf);

    Map<String, Mean> rawBySasaran = RollUp.bySasaranRaw(annual);
    List<KinerjaAnggaran> ka = new ArrayList<>(rawBySasaran.size());
    for (Map.Entry<String, Mean> e : rawBySasaran.entrySet()) {
      Mean raw = e.getValue();
      SasaranAlokasi alokasi = e.getKey() == null ? null : tree.alokasi(e.getKey());
      Serapan serapan = alokasi == null ? Serapan.of(0, null, Coverage.NONE) : alokasi.kumulatif();
      ka.add(new KinerjaAnggaran(e.getKey(), raw, serapan, Efisiensi.of(raw, serapan, settings.efisiensiFormula())));
    }
    return new KecamatanTahunResult(input.kecamatanKode(), input.tahun(), asOf, List.copyOf(evals), akhir, perTw, kumTw,
        input.kinerjaScale() == null || !akhir.overall().hasValue() ? null
            : Predikat.classify(input.kinerjaScale(), akhir.overall().nilai()),
        tree, List.copyOf(ka));
  }

  private static KecamatanRollUp rollUp(List<IndikatorEvaluation> evals, int tw, boolean cumulative,
      KecamatanTahunInput input, CalcSettings settings) {
    List<RollUpItem> items = new ArrayList<>(evals.size());
    for (IndikatorEvaluation e : evals) {
      TriwulanView v = e.tw(tw);
      items.add(RollUpItem.of(e.rule(), cumulative ? v.kumulatifVsAnnual() : v.vsAnnual()));
    }
    return RollUp.kecamatan(items, input.sasaranBobot(), settings);
  }
}
