package id.kinerja.reporting.domain.figures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The summary of one kecamatan for one periode and view, as the consolidated view and the national roll-up read
 * it: overall capaian (by the kabupaten's overall mode) with coverage, budget totals with serapan, efisiensi,
 * predicate, how many indicators are below target and how many entries were late, and the versions used; the pagu of
 * the lines with a realisasi in the periode and s.d. it ({@code paguDilaporkan}, {@code paguDilaporkanKumulatif},
 * docs/domain.md §2.9.9; null in figures stored before they were kept).
 */
public record KecamatanFigure(String kabupatenKode, String kecamatanKode, int tahun, int periode, String tampilan,
    String capaianStatus, BigDecimal capaian, String kumulatifStatus, BigDecimal capaianKumulatif, int dilaporkan,
    int jumlah, long pagu, Long realisasiAnggaran, Long realisasiKumulatif, String serapanStatus, BigDecimal serapan,
    BigDecimal serapanKumulatif, String efisiensiStatus, BigDecimal efisiensi, Integer predikatSkor,
    String predikatLabel, int dibawahTarget, int terlambat, int planVersi, Integer konfigurasiVersi,
    Integer skalaVersi, String ruleVersi, Instant asOf, Long paguDilaporkan, Long paguDilaporkanKumulatif) {
}
