package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * One indicator's capaian as a member of a roll-up.
 *
 * @param indikatorKode indicator kode
 * @param sasaranKode its sasaran
 * @param iku whether it counts in the IKU overall mean
 * @param bobot weight in the sasaran mean, null = 1
 * @param capaian the view being rolled up (e.g. the annual capaian, or the TW II value against the annual target)
 */
public record RollUpItem(String indikatorKode, String sasaranKode, boolean iku, BigDecimal bobot, CapaianResult capaian) {

  /** Member from an indicator's rule and one of its capaian views. */
  public static RollUpItem of(IndikatorRule rule, CapaianResult capaian) {
    return new RollUpItem(rule.kode(), rule.sasaranKode(), rule.iku(), rule.bobot(), capaian);
  }
}
