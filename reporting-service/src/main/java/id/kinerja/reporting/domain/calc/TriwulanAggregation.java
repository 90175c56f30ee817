package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Triwulan aggregation (docs/domain.md §2.3): the value s.d. TW n from the cells of TW 1..n. Absent cells are skipped (never
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
    // Which cells count: due, reported, the last reported one of each kind.
    int due = 0;
    int reported = 0;
    int notApplicable = 0;
    int last = 0;
    Cell.ReportedText lastText = null;
    Cell.Reported lastReported = null;
    for (int tw = 1; tw <= uptoTw; tw++) {
      Cell c = cells.get(tw);
      if (c == null) {
        throw new IllegalArgumentException("cell of TW " + tw + " is null; use Cell.NOT_DUE or Cell.NOT_REPORTED");
      }
      if (c instanceof Cell.NotApplicable) {
        notApplicable++;
      } else if (c.due()) {
        due++;
        if (c.reported()) {
          reported++;
          last = tw;
          if (c instanceof Cell.ReportedText t) {
            lastText = t;
          } else {
            lastReported = (Cell.Reported) c;
          }
        }
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
    // The value by the method, over the reported numbers.
    return switch (aggregation) {
      case RATIO_OF_SUMS -> ratioOfSums(cells, uptoTw, coverage, last);
      case LAST -> lastValue(lastReported, coverage, last);
      default -> ofValues(aggregation, cells, uptoTw, reported, coverage, last);
    };
  }

  /** Σ pembilang / Σ penyebut × 100 over the reported cells, all of which need components. */
  private static AggregatedValue ratioOfSums(PerTriwulan<Cell> cells, int uptoTw, Coverage coverage, int last) {
    BigDecimal sumP = null;
    BigDecimal sumQ = null;
    for (int tw = 1; tw <= uptoTw; tw++) {
      if (cells.get(tw) instanceof Cell.Reported r) {
        if (!r.hasComponents()) {
          return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_RATIO_NEEDS_COMPONENTS));
        }
        sumP = sumP == null ? r.pembilang() : sumP.add(r.pembilang());
        sumQ = sumQ == null ? r.penyebut() : sumQ.add(r.penyebut());
      }
    }
    if (sumQ.signum() == 0) {
      return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_SUM_PENYEBUT_ZERO));
    }
    return new AggregatedValue(CapaianStatus.COMPUTED, Calc.percent(sumP, sumQ), sumP, sumQ, coverage, last, null, null);
  }

  /** The value of the last reported cell, with its components. */
  private static AggregatedValue lastValue(Cell.Reported lastReported, Coverage coverage, int last) {
    if (lastReported.nilai() == null) {
      return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_PENYEBUT_ZERO_TW, "triwulan", last));
    }
    return new AggregatedValue(CapaianStatus.COMPUTED, lastReported.nilai(), lastReported.pembilang(),
        lastReported.penyebut(), coverage, last, null, null);
  }

  /** SUM, AVERAGE, MAX or MIN of the reported values, each of which needs a value. */
  private static AggregatedValue ofValues(Aggregation aggregation, PerTriwulan<Cell> cells, int uptoTw, int reported,
      Coverage coverage, int last) {
    BigDecimal sum = null;
    BigDecimal extreme = null;
    for (int tw = 1; tw <= uptoTw; tw++) {
      if (cells.get(tw) instanceof Cell.Reported r) {
        BigDecimal v = r.nilai();
        if (v == null) {
          return notComputable(coverage, last, Message.of(ReportingMessages.KETERANGAN_REPORTED_PENYEBUT_ZERO));
        }
        sum = sum == null ? v : sum.add(v);
        if (extreme == null || (aggregation == Aggregation.MAX ? v.compareTo(extreme) > 0 : v.compareTo(extreme) < 0)) {
          extreme = v;
        }
      }
    }
    BigDecimal value = switch (aggregation) {
      case SUM -> sum;
      case AVERAGE -> Calc.divide(sum, BigDecimal.valueOf(reported));
      default -> extreme;
    };
    return new AggregatedValue(CapaianStatus.COMPUTED, value, null, null, coverage, last, null, null);
  }

  private static AggregatedValue notComputable(Coverage coverage, int last, Message why) {
    return new AggregatedValue(CapaianStatus.NOT_COMPUTABLE, null, null, null, coverage, last, null, why);
  }
}
