package id.kinerja.reporting.domain.calc;

import java.util.List;

/**
 * Sasaran means and the kecamatan overall capaian for one view (the year, or one TW).
 *
 * @param sasaran one mean per sasaran, in the order the sasaran first appear among the members
 * @param overall mean over IKU indicators (IKU mode) or over the sasaran means (SASARAN mode)
 * @param mode how {@code overall} was formed
 */
public record KecamatanRollUp(List<SasaranMean> sasaran, Mean overall, OverallMode mode) {

  /** The mean of sasaran {@code kode}, or null. */
  public SasaranMean sasaran(String kode) {
    for (SasaranMean s : sasaran) {
      if (s.sasaranKode() != null && s.sasaranKode().equals(kode)) {
        return s;
      }
    }
    return null;
  }
}
