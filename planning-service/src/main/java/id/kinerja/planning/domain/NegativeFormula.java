package id.kinerja.planning.domain;

/**
 * Capaian formula for a lower-is-better indicator (docs/domain.md §2.2).
 * <p>
 * Declared in reporting too, deliberately: each service is deployed on its own, and what the two share is the JSON
 * schema of the event that carries the value, not a Java type. EventEnumsTest keeps these values equal to the
 * schema's:
 * docs/events/schemas/planning.rencana-kinerja.published.v1.schema.json and
 * planning.kabupaten.configured.v1.schema.json.
 */
public enum NegativeFormula {
  /** (2T − R) / T × 100, the PermenPANRB guidance form. */
  TWO_T_MINUS_R,
  /** T / R × 100; R = 0 is not computable. */
  T_OVER_R
}
