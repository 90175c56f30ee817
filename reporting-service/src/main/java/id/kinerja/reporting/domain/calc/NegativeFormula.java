package id.kinerja.reporting.domain.calc;

/** Capaian formula of a lower-is-better indicator (docs/domain.md §2.2, §2.9.2). Per indicator, defaulted per kabupaten. */
public enum NegativeFormula {
  /** (2T − R) / T × 100, the PermenPANRB guidance form: R = T → 100, R = 0 → 200, R ≥ 2T → ≤ 0 (optionally floored at 0). */
  TWO_T_MINUS_R,
  /** T / R × 100; R = 0 is NOT_COMPUTABLE. */
  T_OVER_R
}
