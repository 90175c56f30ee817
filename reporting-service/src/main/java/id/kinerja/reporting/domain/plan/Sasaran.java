package id.kinerja.reporting.domain.plan;

import java.math.BigDecimal;

/** A sasaran of the plan; {@code bobot} null = equal weight in the overall mean. */
public record Sasaran(String kode, String uraian, String tujuanKode, String level, BigDecimal bobot) {

  public boolean strategis() {
    return "STRATEGIS".equals(level);
  }
}
