package id.kinerja.planning.domain;

/**
 * How triwulan realisasi combine into a cumulative or annual value (docs/domain.md §2.3); declared, never guessed.
 * <p>
 * Declared in reporting too, deliberately: each service is deployed on its own, and what the two share is the JSON
 * schema of the event that carries the value, not a Java type. EventEnumsTest keeps these values equal to the
 * schema's:
 * docs/events/schemas/planning.rencana-kinerja.published.v1.schema.json.
 */
public enum Aggregation {
  SUM, LAST, AVERAGE, RATIO_OF_SUMS, MAX, MIN
}
