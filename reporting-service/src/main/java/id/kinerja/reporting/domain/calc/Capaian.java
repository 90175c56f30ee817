package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * The capaian rule (docs/domain.md §2.2, §2.9.1–3): one realisasi against one target under the indicator's polarity,
 * negative formula, range and zero-target rule. Every view (TW against the annual or the TW target, cumulative,
 * annual, tingkat kemajuan) calls the same rule with its own target and realisasi.
 *
 * <p>Order of decisions: absent realisasi (NOT_DUE / NOT_APPLICABLE / NOT_REPORTED) wins; then TEXT targets
 * (MANUAL only); then the arithmetic, where a zero divisor is NOT_COMPUTABLE unless the zero-target rule gives 100.
 */
public final class Capaian {

  private Capaian() {
  }

  /**
   * Whether a capaian counts as below target in a summary ("indicators below target"): it has a value and its raw
   * figure is under 100.
   */
  public static boolean belowTarget(CapaianResult c) {
    return c.hasValue() && c.raw().compareTo(Calc.HUNDRED) < 0;
  }

  /**
   * Capaian of one cell against a target.
   *
   * @param rule the indicator's rule
   * @param settings kabupaten settings (negative formula default, floor, cap)
   * @param target the view's target; null gives NO_TARGET
   * @param cell the realisasi cell
   */
  public static CapaianResult of(IndikatorRule rule, CalcSettings settings, Target target, Cell cell) {
    if (cell instanceof Cell.NotDue) {
      return CapaianResult.NOT_DUE;
    }
    if (cell instanceof Cell.NotApplicable) {
      return CapaianResult.NOT_APPLICABLE;
    }
    if (cell instanceof Cell.NotReported) {
      return CapaianResult.NOT_REPORTED;
    }
    if (target == null) {
      return CapaianResult.NO_TARGET;
    }
    if (cell instanceof Cell.ReportedText text) {
      return manual(rule, settings, target, text);
    }
    Cell.Reported r = (Cell.Reported) cell;
    if (r.nilai() == null) {
      return notComputable(null, target, ReportingMessages.KETERANGAN_COMPONENTS_NO_VALUE);
    }
    return of(rule, settings, target, r.nilai());
  }

  /**
   * Capaian of an aggregated value (s.d. TW n, annual) against a target; the aggregate's status wins when it has no
   * value.
   */
  public static CapaianResult of(IndikatorRule rule, CalcSettings settings, Target target, AggregatedValue value) {
    switch (value.status()) {
      case NOT_DUE:
        return CapaianResult.NOT_DUE;
      case NOT_APPLICABLE:
        return CapaianResult.NOT_APPLICABLE;
      case NOT_REPORTED:
        return CapaianResult.NOT_REPORTED;
      case NOT_COMPUTABLE:
        return target == null ? CapaianResult.NO_TARGET : notComputable(null, target, value.keterangan());
      default:
        break;
    }
    if (target == null) {
      return CapaianResult.NO_TARGET;
    }
    if (value.status() == CapaianStatus.MANUAL) {
      return manual(rule, settings, target, value.manual());
    }
    return of(rule, settings, target, value.nilai());
  }

  /**
   * Capaian of a realisasi value R against target T under the indicator's rule; {@code realisasi} must be present
   * (an absent realisasi is a {@link Cell}, not a value).
   */
  public static CapaianResult of(IndikatorRule rule, CalcSettings settings, Target target, BigDecimal realisasi) {
    if (realisasi == null) {
      return CapaianResult.NOT_REPORTED;
    }
    if (target == null) {
      return CapaianResult.NO_TARGET;
    }
    boolean lower = rule.polarity() == Polarity.LOWER_IS_BETTER;
    NegativeFormula nf = rule.negativeFormulaOr(settings);
    BigDecimal raw;
    if (target instanceof Target.Text) {
      return notComputable(realisasi, target, ReportingMessages.KETERANGAN_TEXT_TARGET);
    } else if (target instanceof Target.Value v) {
      BigDecimal t = v.nilai();
      if (t.signum() == 0) {
        if (rule.zeroTargetRule() == ZeroTargetRule.ZERO_REALISASI_IS_100 && realisasi.signum() == 0) {
          return computed(rule, settings, Calc.HUNDRED, realisasi, target);
        }
        return notComputable(realisasi, target, ReportingMessages.KETERANGAN_TARGET_ZERO);
      }
      raw = against(t, realisasi, lower, nf, settings);
    } else {
      Target.Range range = (Target.Range) target;
      BigDecimal l = range.min();
      BigDecimal u = range.max();
      if (realisasi.compareTo(l) >= 0 && realisasi.compareTo(u) <= 0) {
        raw = Calc.HUNDRED;
      } else {
        BigDecimal bound = realisasi.compareTo(l) < 0 ? l : u;
        if (bound.signum() == 0) {
          return notComputable(realisasi, target, ReportingMessages.KETERANGAN_RANGE_BOUND_ZERO);
        }
        raw = against(bound, realisasi, lower, nf, settings);
      }
    }
    if (raw == null) {
      return notComputable(realisasi, target, ReportingMessages.KETERANGAN_REALISASI_ZERO_T_OVER_R);
    }
    return computed(rule, settings, raw, realisasi, target);
  }

  /**
   * The raw capaian of R against a reference T (the target, or the bound of a range R missed): R / T × 100, or for
   * lower-is-better the indicator's formula; null where T / R is undefined (R = 0).
   */
  private static BigDecimal against(BigDecimal t, BigDecimal realisasi, boolean lower, NegativeFormula nf,
      CalcSettings settings) {
    if (!lower) {
      return Calc.percent(realisasi, t);
    }
    if (nf == NegativeFormula.TWO_T_MINUS_R) {
      return twoTMinusR(t, realisasi, settings);
    }
    return realisasi.signum() == 0 ? null : Calc.percent(t, realisasi);
  }

  /**
   * Tingkat kemajuan (docs/domain.md §2.4): realisasi of the year against the end-of-Renstra target, with the indicator's own
   * polarity-aware rule. NO_TARGET when the indicator has no target akhir.
   */
  public static CapaianResult tingkatKemajuan(IndikatorRule rule, CalcSettings settings, Target akhirRenstra,
      AggregatedValue realisasiTahun) {
    return of(rule, settings, akhirRenstra, realisasiTahun);
  }

  private static BigDecimal twoTMinusR(BigDecimal t, BigDecimal r, CalcSettings settings) {
    BigDecimal raw = Calc.percent(t.multiply(Calc.TWO).subtract(r), t);
    return settings.floorNegativeAtZero() && raw.signum() < 0 ? BigDecimal.ZERO : raw;
  }

  private static CapaianResult manual(IndikatorRule rule, CalcSettings settings, Target target, Cell.ReportedText text) {
    if (!(target instanceof Target.Text)) {
      return notComputable(null, target, ReportingMessages.KETERANGAN_TEXT_REALISASI_NUMERIC_TARGET);
    }
    if (text == null || text.capaianManual() == null) {
      return notComputable(null, target, ReportingMessages.KETERANGAN_NO_MANUAL_CAPAIAN);
    }
    BigDecimal raw = text.capaianManual();
    return new CapaianResult(CapaianStatus.MANUAL, raw, cap(rule, settings, raw), null, target,
        Message.of(ReportingMessages.KETERANGAN_MANUAL, "justifikasi", text.justifikasi()));
  }

  private static CapaianResult computed(IndikatorRule rule, CalcSettings settings, BigDecimal raw, BigDecimal r, Target t) {
    return new CapaianResult(CapaianStatus.COMPUTED, raw, cap(rule, settings, raw), r, t, null);
  }

  private static BigDecimal cap(IndikatorRule rule, CalcSettings settings, BigDecimal raw) {
    BigDecimal cap = rule.capOr(settings);
    return cap != null && raw.compareTo(cap) > 0 ? cap : raw;
  }

  private static CapaianResult notComputable(BigDecimal r, Target t, Message why) {
    return new CapaianResult(CapaianStatus.NOT_COMPUTABLE, null, null, r, t, why);
  }

  private static CapaianResult notComputable(BigDecimal r, Target t, ReportingMessages why) {
    return notComputable(r, t, Message.of(why));
  }
}
