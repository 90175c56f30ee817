package id.kinerja.reporting.domain.figures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Computed figures of one indicator for one periode (1..4 = triwulan, 0 = the year) in one view. Values are raw
 * (unrounded, uncapped); each capaian also has its score (capped where a cap applies, else equal to raw), which is
 * what is displayed. A status says why a value is absent.
 *
 * @param realisasi the triwulan's value (periode 1..4) or the year's aggregate (periode 0)
 * @param realisasiKumulatif aggregate s.d. this triwulan under the indicator's aggregation
 * @param capaian realisasi of the triwulan against the annual target (periode 0: the year's capaian)
 * @param capaianKumulatif aggregate s.d. the triwulan against the annual target (periode 0: the year's capaian)
 * @param capaianTwTarget against the Rencana Aksi triwulan target (PER_PERIOD or CUMULATIVE)
 * @param predikatSkor band of capaianKumulatif's score (rounded to 2 decimals) on the kabupaten's KINERJA scale
 * @param narasiTriwulan the triwulan whose counted version's narrative this figure shows (docs/domain.md §2.10): the
 *     periode's own (1..4) or, for the year, the last triwulan with a counted version; null when no version counts
 * @param faktorPendukung faktor pendukung of that version, null when none was given
 * @param faktorPenghambat faktor penghambat of that version, null when none was given
 * @param tindakLanjut tindak lanjut of that version, null when none was given
 */
public record IndikatorFigure(String indikatorKode, int periode, String sasaranKode, int urutan,
    String realisasiStatus, BigDecimal realisasi, String realisasiTeks, Integer realisasiVersi,
    BigDecimal realisasiKumulatif, BigDecimal target, BigDecimal targetTriwulan, String capaianStatus,
    BigDecimal capaian, BigDecimal capaianScore, String kumulatifStatus, BigDecimal capaianKumulatif,
    BigDecimal kumulatifScore, String twTargetStatus, BigDecimal capaianTwTarget, BigDecimal twTargetScore,
    Integer predikatSkor, String predikatLabel, String kemajuanStatus, BigDecimal tingkatKemajuan, boolean terlambat,
    Instant asOf, Integer narasiTriwulan, String faktorPendukung, String faktorPenghambat, String tindakLanjut) {
}
