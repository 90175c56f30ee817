package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * One year of a previous-years comparison (docs/domain.md §2.4).
 *
 * @param tahun year label, from the data
 * @param realisasi that year's realisasi, or null (not reported)
 * @param tahunPembanding the earlier year compared with (the previous year in the list), or null for the first
 * @param selisih signed difference realisasi − realisasi(tahunPembanding), unrounded; null when either is absent
 */
public record YearComparison(int tahun, BigDecimal realisasi, Integer tahunPembanding, BigDecimal selisih) {
}
