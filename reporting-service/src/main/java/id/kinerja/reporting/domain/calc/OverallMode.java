package id.kinerja.reporting.domain.calc;

/** How a kecamatan's overall capaian is formed (docs/domain.md §2.4, §2.9.6); a kabupaten setting. */
public enum OverallMode {
  /** Mean of the IKU indicators' capaian over those that have one (the default). */
  IKU,
  /** Mean of the sasaran means (weighted by the sasaran bobot when given). */
  SASARAN
}
