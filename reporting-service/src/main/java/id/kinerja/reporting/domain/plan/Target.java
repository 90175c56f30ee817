package id.kinerja.reporting.domain.plan;

import java.math.BigDecimal;

/** A target in exactly one form, by the indicator's targetType: NUMBER {nilai}, RANGE {min, max}, TEXT {teks}. */
public record Target(BigDecimal nilai, BigDecimal min, BigDecimal max, String teks) {

  public boolean isRange() {
    return min != null && max != null;
  }

  public boolean isText() {
    return teks != null;
  }
}
