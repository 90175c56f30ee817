package id.kinerja.domain.predikat;

import java.math.BigDecimal;

/**
 * One band of a predicate scale: an interval with explicit inclusivity, its score and its label. A null bound is
 * infinite (lower = −∞, upper = +∞).
 */
public record Band(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive, int skor,
    String label, String kode) {

  public boolean contains(BigDecimal v) {
    boolean aboveLower = lower == null || (lowerInclusive ? v.compareTo(lower) >= 0 : v.compareTo(lower) > 0);
    boolean belowUpper = upper == null || (upperInclusive ? v.compareTo(upper) <= 0 : v.compareTo(upper) < 0);
    return aboveLower && belowUpper;
  }

  /** The interval as a reader expects it, e.g. "(85, +∞)" or "[70, 85]". */
  public String interval() {
    return (lower == null ? "(−∞" : (lowerInclusive ? "[" : "(") + lower.toPlainString()) + ", "
        + (upper == null ? "+∞)" : upper.toPlainString() + (upperInclusive ? "]" : ")"));
  }
}
