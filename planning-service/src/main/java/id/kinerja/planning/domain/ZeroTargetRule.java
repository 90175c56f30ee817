package id.kinerja.planning.domain;

/**
 * What a target of 0 means (docs/domain.md §2.9.3): not computable, unless the indicator says R = 0 and T = 0 is 100.
 * <p>
 * Declared in reporting too, deliberately: each service is deployed on its own, and what the two share is the JSON
 * schema of the event that carries the value, not a Java type. EventEnumsTest keeps these values equal to the
 * schema's:
 * docs/events/schemas/planning.rencana-kinerja.published.v1.schema.json.
 */
public enum ZeroTargetRule {
  NOT_COMPUTABLE, ZERO_REALISASI_IS_100
}
