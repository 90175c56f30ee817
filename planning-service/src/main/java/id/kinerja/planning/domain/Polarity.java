package id.kinerja.planning.domain;

/** Whether a higher realisasi is better (DOMAIN §2.1). */
public enum Polarity {
  HIGHER_IS_BETTER, LOWER_IS_BETTER
}
