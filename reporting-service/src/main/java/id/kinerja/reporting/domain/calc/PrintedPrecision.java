package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule every check of the consistency audit compares a printed number by (docs/domain.md §2.9.7): a printed figure
 * is consistent with a computed value when it equals that value rounded HALF_UP to the printed number of decimals.
 * Printed "87,46" and "87,5" are both consistent with 87,4615…; "87,47" and "87,50" are not (the printed decimals
 * are the precision claimed, trailing zeros included). A printed number keeps its decimals as its scale
 * ({@code AngkaTertulis}): "1.886.154.145" has 0, "1,077,194,452.00" 2.
 */
public final class PrintedPrecision {

  private PrintedPrecision() {
  }

  /** The decimals a printed number shows (never negative). */
  public static int decimals(BigDecimal printed) {
    return Math.max(0, printed.scale());
  }

  /** The computed value as it would be printed at the precision of {@code printed}: HALF_UP to its decimals. */
  public static BigDecimal rounded(BigDecimal computed, BigDecimal printed) {
    return computed.setScale(decimals(printed), RoundingMode.HALF_UP);
  }

  /** Whether {@code printed} equals {@code computed} rounded HALF_UP to the printed decimals. */
  public static boolean consistent(BigDecimal printed, BigDecimal computed) {
    return rounded(computed, printed).compareTo(printed) == 0;
  }

  /**
   * Whether two printed numbers can state the same figure: the finer one, rounded HALF_UP to the coarser one's
   * decimals, equals the coarser one ("86,9" and "86,90"; "87" and "86,5"; not "87" and "86,4").
   */
  public static boolean sameFigure(BigDecimal a, BigDecimal b) {
    return decimals(a) <= decimals(b) ? consistent(a, b) : consistent(b, a);
  }
}
