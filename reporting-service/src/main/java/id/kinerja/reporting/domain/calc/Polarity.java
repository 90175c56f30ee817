package id.kinerja.reporting.domain.calc;

/** Which direction of realisasi is good (docs/domain.md §2.1). Fixed on the indicator when the PK is set, never at report time. */
public enum Polarity {
  /** Capaian = R / T × 100 (the default). */
  HIGHER_IS_BETTER,
  /** Capaian by the indicator's {@link NegativeFormula}. */
  LOWER_IS_BETTER
}
