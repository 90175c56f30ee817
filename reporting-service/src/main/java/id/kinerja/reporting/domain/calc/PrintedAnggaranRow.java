package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * One row of an imported budget table as printed (for {@link Audit#budgetTable}). Amounts and the percentage are the
 * parsed printed numbers (scale = printed decimals); null where the table prints "–" or nothing.
 *
 * @param kode row key (SIPD code or a row label)
 * @param parentKode the row it is a child of, or null
 * @param uraian printed description
 * @param pagu printed anggaran / alokasi
 * @param realisasi printed realisasi
 * @param persen printed percentage
 */
public record PrintedAnggaranRow(String kode, String parentKode, String uraian, BigDecimal pagu, BigDecimal realisasi,
    BigDecimal persen) {
}
