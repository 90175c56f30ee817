package id.kinerja.planning.domain;

/** How a kecamatan's overall capaian is formed (DOMAIN §2.4). */
public enum OverallMode {
  /** Mean of the IKU indicators' capaian. */
  IKU,
  /** Mean of the sasaran means. */
  SASARAN
}
