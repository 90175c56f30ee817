package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * A figure whose unrounded value {@code nilai} is present exactly when its status is COMPUTED: an aggregated
 * realisasi ({@link AggregatedValue}) or a mean of capaian ({@link Mean}).
 */
public interface HasNilai {

  CapaianStatus status();

  /** The value, unrounded, or null. */
  BigDecimal nilai();

  /** Whether there is a value. */
  default boolean hasValue() {
    return nilai() != null;
  }

  /** The value rounded HALF_UP to 2 decimals, or null. */
  default BigDecimal display() {
    BigDecimal nilai = nilai();
    return nilai == null ? null : Angka.round(nilai);
  }

  /** Refuses a value without the status COMPUTED, and COMPUTED without a value. */
  static void requireNilaiExactlyWhenComputed(CapaianStatus status, BigDecimal nilai) {
    if ((status == CapaianStatus.COMPUTED) != (nilai != null)) {
      throw new IllegalArgumentException("nilai is present exactly when COMPUTED");
    }
  }
}
