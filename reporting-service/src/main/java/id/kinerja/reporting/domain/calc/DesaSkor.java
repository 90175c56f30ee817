package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * IDM scores of one desa in the base year and the compared year (0–1, four decimals); null = no score that year.
 *
 * @param desa desa kode or name
 * @param skorAwal score in the base year
 * @param skorAkhir score in the compared year
 */
public record DesaSkor(String desa, BigDecimal skorAwal, BigDecimal skorAkhir) {
}
