package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Triwulan aggregation (DOMAIN §2.3): the value s.d. TW n from the cells of TW 1..n. Absent cells are skipped (never
 * 0) and counted in the coverage; components are used where entered (E11).
 */
public final class TriwulanAggregation {

  private TriwulanAggregation() {
  }

  /**
   * Aggregates the cells of TW 1..{@code uptoTw}.
   *
   * @param aggregation the indicator's method
   * @param cells the four cells (never null entries)
   * @param uptoTw last triwulan to include, 1..4
   */
  public static AggregatedValue aggregate(Aggregation aggregation, PerTriwulan<Cell> cells, int uptoTw) {
    PerTriwulan.checkTriwulan(uptoTw);
    int due = 0;
    int reported = 0;
    int notApplicable = 0;
    int last = 0;
    Cell.ReportedText lastText = null;
    boolean missingValue = false;
    boolean missingComponents = false;
    BigDecimal sum = null;
    BigDecimal sumP = null;
    BigDecimal sumQ = null;
    BigDecimal extreme = null;
    Cell.Reported lastReported = null;
    for (int tw = 1; tw <= uptoTw; tw++) {
      Cell c = cells.get(tw);
      if (c == null) {
        throw new IllegalArgumentException("cell of TW " + tw + " is null; use Cell.NOT_DUE or Cell.NOT_REPORTED");
      }
      if (c instanceof Cell.NotApplicable) {
        notApplicable++;
        continue;
      }
      if (!c.due()) {
        continue;
      }
      due++;
      if (!c.reported()) {
        continue;
      }
      reported++;
      last = tw;
      if (c instanceof Cell.ReportedText t) {
        lastText = t;
        continue;
      }
      Cell.Reported r = (Cell.Reported) c;
      lastReported = r;
      if (r.hasComponents()) {
        sumP = sumP == null ? r.pembilang() : sumP.add(r.pembilang());
        sumQ = sumQ == null ? r.penyebut() : sumQ.add(r.penyebut());
      } else {
        missingComponents = true;
      }
      BigDecimal v = r.nilai();
      if (v == null) {
        missingValue = true;
        continue;
      }
      sum = sum == null ? v : sum.add(v);
      if (extreme == null || (aggregation == Aggregation.MAX ? v.compareTo(extreme) > 0 : v.compareTo(extreme) < 0)) {
        extreme = v;
      }
    }
    Coverage coverage = new Coverage(reported, due);
    if (due == 0) {
      return new AggregatedValue(notApplicable > 0 ? CapaianStatus.NOT_APPLICABLE : CapaianStatus.NOT_DUE, null, null, null,
          coverage, 0, null, null);
    }
    if (reported == 0) {
      return new AggregatedValue(CapaianStatus.NOT_REPORTED, null, null, null, coverage, 0, null, null);
    }
    if (lastText != null) {
      if (lastReported != null) {
        return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_MIXED_REALISASI));
      }
      return new AggregatedValue(CapaianStatus.MANUAL, null, null, null, coverage, last, lastText, null);
    }
    switch (aggregation) {
      case RATIO_OF_SUMS:
        if (missingComponents) {
          return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_RATIO_NEEDS_COMPONENTS));
        }
        if (sumQ.signum() == 0) {
          return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_SUM_PENYEBUT_ZERO));
        }
        return new AggregatedValue(CapaianStatus.COMPUTED, Calc.percent(sumP, sumQ), sumP, sumQ, coverage, last, null, null);
      case LAST:
        if (lastReported.nilai() == null) {
          return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_PENYEBUT_ZERO_TW, "triwulan", last));
        }
        return new AggregatedValue(CapaianStatus.COMPUTED, lastReported.nilai(), lastReported.pembilang(),
            lastReported.penyebut(), coverage, last, null, null);
      default:
        break;
    }
    if (missingValue) {
      return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_REPORTED_PENYEBUT_ZERO));
    }
    BigDecimal value;
    switch (aggregation) {
      case SUM:
        value = sum;
        break;
      case AVERAGE:
        value = Calc.divide(sum, BigDecimal.valueOf(reported));
        break;
      default:
        value = extreme;
        break;
    }
    return new AggregatedValue(CapaianStatus.COMPUTED, value, null, null, coverage, last, null, null);
  }

  private static AggregatedValue notComputable(Coverage coverage, int last, Message why) {
    return new AggregatedValue(CapaianStatus.NOT_COMPUTABLE, null, null, null, coverage, last, null, why);
  }
}
