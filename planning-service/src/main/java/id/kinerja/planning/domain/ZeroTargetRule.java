package id.kinerja.planning.domain;

/** What a target of 0 means (DOMAIN §2.9.3): not computable, unless the indicator says R = 0 and T = 0 is 100. */
public enum ZeroTargetRule {
  NOT_COMPUTABLE, ZERO_REALISASI_IS_100
}
