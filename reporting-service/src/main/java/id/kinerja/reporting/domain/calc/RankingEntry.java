package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * One row of a kabupaten ranking of kecamatan.
 *
 * @param peringkat rank (1 = highest; equal shown figures share a rank), or null when unranked (not reported)
 * @param kecamatanKode kecamatan
 * @param capaian overall capaian, unrounded, or null
 * @param dilaporkan false for a kecamatan without a figure, shown as not reported ("–") after the ranked ones
 */
public record RankingEntry(Integer peringkat, String kecamatanKode, BigDecimal capaian, boolean dilaporkan) {

  /** The capaian rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal display() {
    return capaian == null ? null : Angka.round(capaian);
  }
}
