package id.kinerja.planning.domain;

/**
 * How a kecamatan's overall capaian is formed (docs/domain.md §2.4).
 * <p>
 * Declared in reporting too, deliberately: each service is deployed on its own, and what the two share is the JSON
 * schema of the event that carries the value, not a Java type. EventEnumsTest keeps these values equal to the
 * schema's:
 * docs/events/schemas/planning.kabupaten.configured.v1.schema.json.
 */
public enum OverallMode {
  /** Mean of the IKU indicators' capaian. */
  IKU,
  /** Mean of the sasaran means. */
  SASARAN
}
