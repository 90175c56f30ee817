package id.kinerja.planning.domain;

/** Capaian formula for a lower-is-better indicator (DOMAIN §2.2). */
public enum NegativeFormula {
  /** (2T − R) / T × 100, the PermenPANRB guidance form. */
  TWO_T_MINUS_R,
  /** T / R × 100; R = 0 is not computable. */
  T_OVER_R
}
