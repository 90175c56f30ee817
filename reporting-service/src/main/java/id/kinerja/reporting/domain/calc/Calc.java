package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.math.MathContext;

/** Arithmetic shared by the rules: DECIMAL128 division, never rounded here (rounding is {@link Angka}'s). */
final class Calc {
  static final MathContext MC = MathContext.DECIMAL128;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Calc() {
  }

  /** a / b × 100 (b ≠ 0), multiplied first so that no precision is lost before the division. */
  static BigDecimal percent(BigDecimal a, BigDecimal b) {
    return a.multiply(HUNDRED).divide(b, MC);
  }

  static BigDecimal percent(long a, long b) {
    return percent(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }
}
