package id.kinerja.reporting.domain.calc;

/** What a target of 0 means for an indicator (docs/domain.md §2.2, §2.9.3). */
public enum ZeroTargetRule {
  /** Target 0 is NOT_COMPUTABLE under every formula (the default). */
  NOT_COMPUTABLE,
  /** R = 0 and T = 0 → 100; any other R with T = 0 stays NOT_COMPUTABLE. */
  ZERO_REALISASI_IS_100
}
