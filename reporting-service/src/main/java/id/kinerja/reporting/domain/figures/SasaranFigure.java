package id.kinerja.reporting.domain.figures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sasaran's roll-up for one periode and view: mean capaian of its indicators (over those that have one:
 * {@code dilaporkan} of {@code jumlah}), its budget (lines allocated to it) with serapan and the pagu of its lines with a
 * realisasi s.d. the periode ({@code paguDilaporkan}, docs/domain.md §2.9.9; null without a budget or in figures stored
 * before it was kept), and efisiensi.
 */
public record SasaranFigure(String sasaranKode, int periode, int urutan, String capaianStatus, BigDecimal capaian,
    String kumulatifStatus, BigDecimal capaianKumulatif, int dilaporkan, int jumlah, Integer predikatSkor,
    String predikatLabel, Long pagu, Long realisasiAnggaran, String serapanStatus, BigDecimal serapan,
    String efisiensiStatus, BigDecimal efisiensi, Instant asOf, Long paguDilaporkan) {
}
