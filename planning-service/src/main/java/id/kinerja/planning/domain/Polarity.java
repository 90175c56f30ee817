package id.kinerja.planning.domain;

/**
 * Whether a higher realisasi is better (docs/domain.md §2.1).
 * <p>
 * Declared in reporting too, deliberately: each service is deployed on its own, and what the two share is the JSON
 * schema of the event that carries the value, not a Java type. EventEnumsTest keeps these values equal to the
 * schema's:
 * docs/events/schemas/planning.rencana-kinerja.published.v1.schema.json.
 */
public enum Polarity {
  HIGHER_IS_BETTER, LOWER_IS_BETTER
}
