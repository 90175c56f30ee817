package id.kinerja.reporting.domain.calc;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.common.i18n.Message;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.reporting.domain.ReportingMessages;

/** Computes an {@link IndikatorEvaluation}: every TW view, the annual capaian, tingkat kemajuan and the predicate. */
public final class IndikatorEvaluator {

  private IndikatorEvaluator() {
  }

  /**
   * Evaluates one indicator.
   *
   * @param input rule, targets, cells
   * @param asOfTw the report's triwulan (1..4): the annual capaian uses the aggregate s.d. this TW
   * @param settings kabupaten settings
   * @param kinerjaScale the KINERJA predicate scale, or null for no predicate
   */
  public static IndikatorEvaluation evaluate(IndikatorInput input, int asOfTw, CalcSettings settings,
      Skala kinerjaScale) {
    PerTriwulan.checkTriwulan(asOfTw);
    IndikatorRule rule = input.rule();
    IndikatorTargets targets = input.targets();
    PerTriwulan<Cell> cells = input.cells();
    TriwulanView v1 = view(rule, settings, targets, cells, 1);
    TriwulanView v2 = view(rule, settings, targets, cells, 2);
    TriwulanView v3 = view(rule, settings, targets, cells, 3);
    TriwulanView v4 = view(rule, settings, targets, cells, 4);
    PerTriwulan<TriwulanView> views = new PerTriwulan<>(v1, v2, v3, v4);
    TriwulanView asOf = views.get(asOfTw);
    AggregatedValue akhir = asOf.kumulatif();
    CapaianResult capaian = asOf.kumulatifVsAnnual();
    CapaianResult kemajuan = Capaian.tingkatKemajuan(rule, settings, targets.akhirRenstra(), akhir);
    return new IndikatorEvaluation(rule, asOfTw, views, akhir, capaian, kemajuan, Predikat.of(kinerjaScale, capaian),
        warnings(rule, targets, cells));
  }

  private static TriwulanView view(IndikatorRule rule, CalcSettings settings, IndikatorTargets targets,
      PerTriwulan<Cell> cells, int tw) {
    Cell cell = cells.get(tw);
    AggregatedValue kumulatif = TriwulanAggregation.aggregate(rule.aggregation(), cells, tw);
    CapaianResult vsAnnual = Capaian.of(rule, settings, targets.annual(), cell);
    // when the aggregate is this TW's own value (first TW of a SUM, LAST reported now), the view is the same figure
    CapaianResult kumVsAnnual = cell instanceof Cell.Reported r && kumulatif.nilai() != null && kumulatif.nilai() == r.nilai()
        ? vsAnnual : Capaian.of(rule, settings, targets.annual(), kumulatif);
    CapaianResult vsTw;
    switch (rule.twTargetMode()) {
      case PER_PERIOD:
        vsTw = Capaian.of(rule, settings, targets.tw(tw), cell);
        break;
      case CUMULATIVE:
        vsTw = Capaian.of(rule, settings, targets.tw(tw), kumulatif);
        break;
      default:
        vsTw = CapaianResult.NO_TARGET;
        break;
    }
    return new TriwulanView(tw, cell, kumulatif, vsAnnual, kumVsAnnual, vsTw);
  }

  private static List<Warning> warnings(IndikatorRule rule, IndikatorTargets targets, PerTriwulan<Cell> cells) {
    if (rule.twTargetMode() == TwTargetMode.NONE) {
      return List.of();
    }
    List<Warning> out = null;
    if (rule.twTargetMode() == TwTargetMode.CUMULATIVE && targets.tw(4) != null
        && !Target.sameTarget(targets.tw(4), targets.annual())) {
      out = new ArrayList<>(2);
      out.add(new Warning(Warning.TW4_TARGET_DIFFERS, rule.kode(), Message.of(ReportingMessages.WARNING_TW4_TARGET_DIFFERS)));
    }
    List<String> missing = null;
    for (int tw = 1; tw <= 4; tw++) {
      if (targets.tw(tw) == null && cells.get(tw).due()) {
        if (missing == null) {
          missing = new ArrayList<>(4);
        }
        missing.add("TW " + tw);
      }
    }
    if (missing != null) {
      if (out == null) {
        out = new ArrayList<>(1);
      }
      out.add(new Warning(Warning.TW_TARGET_MISSING, rule.kode(),
          Message.of(ReportingMessages.WARNING_TW_TARGET_MISSING, "triwulan", missing)));
    }
    return out == null ? List.of() : List.copyOf(out);
  }
}
