package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Objects;

import id.kinerja.reporting.domain.ReportingMessages;

/**
 * A target in exactly one of the indicator's target types (docs/domain.md §2.1): a number, a range [L, U], or a text that
 * can only be assessed by hand.
 */
public sealed interface Target permits Target.Value, Target.Range, Target.Text {

  /** A numeric target T. */
  static Target of(BigDecimal nilai) {
    return new Value(nilai);
  }

  /** A numeric target T from its string form ("95.45"). */
  static Target of(String nilai) {
    return new Value(new BigDecimal(nilai));
  }

  /** A range target [min, max]. */
  static Target range(BigDecimal min, BigDecimal max) {
    return new Range(min, max);
  }

  /** A text target, assessed by a MANUAL capaian. */
  static Target text(String teks) {
    return new Text(teks);
  }

  /** Whether two targets are the same target (numbers compared by value, so 80 equals 80.00). */
  static boolean sameTarget(Target a, Target b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Value va && b instanceof Value vb) {
      return va.nilai().compareTo(vb.nilai()) == 0;
    }
    if (a instanceof Range ra && b instanceof Range rb) {
      return ra.min().compareTo(rb.min()) == 0 && ra.max().compareTo(rb.max()) == 0;
    }
    if (a instanceof Text ta && b instanceof Text tb) {
      return ta.teks().equals(tb.teks());
    }
    return false;
  }

  /** NUMBER target T. */
  record Value(BigDecimal nilai) implements Target {
    public Value {
      Objects.requireNonNull(nilai, "nilai");
    }
  }

  /** RANGE target [min, max], min ≤ max; a realisasi inside the range (bounds included) is 100. */
  record Range(BigDecimal min, BigDecimal max) implements Target {
    public Range {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.compareTo(max) > 0) {
        throw new PlanNotComputable(ReportingMessages.PLAN_RANGE_TARGET, "min", min, "max", max);
      }
    }
  }

  /** TEXT target; capaian only as a MANUAL value with a justification. */
  record Text(String teks) implements Target {
    public Text {
      Objects.requireNonNull(teks, "teks");
    }
  }
}
