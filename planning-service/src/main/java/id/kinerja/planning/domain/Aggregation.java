package id.kinerja.planning.domain;

/** How triwulan realisasi combine into a cumulative or annual value (DOMAIN §2.3); declared, never guessed. */
public enum Aggregation {
  SUM, LAST, AVERAGE, RATIO_OF_SUMS, MAX, MIN
}
