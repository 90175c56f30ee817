package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;

/**
 * Predicate classification (docs/domain.md §2.6): the figure rounded HALF_UP to 2 decimals, so that the shown figure and its
 * label agree; labels come only from the scale.
 */
public final class Predikat {

  /** Decimals at which capaian and serapan are classified (the shown precision). */
  public static final int DECIMALS = 2;

  private Predikat() {
  }

  /** The band of {@code value} rounded to 2 decimals, or null for no value, no scale, or a value outside the scale. */
  public static Band classify(Skala scale, BigDecimal value) {
    if (scale == null || value == null) {
      return null;
    }
    return scale.classify(value, DECIMALS).orElse(null);
  }

  /** The band of a capaian's score (the displayed figure), or null when it has none. */
  public static Band of(Skala scale, CapaianResult capaian) {
    return capaian == null || !capaian.hasValue() ? null : classify(scale, capaian.score());
  }
}
