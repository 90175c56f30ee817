package id.kinerja.reporting.domain.figures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A budget line for one periode and view: realisasi of the triwulan and s.d. the triwulan (of the children that
 * reported: {@code dilaporkan} of {@code jumlah} leaf lines), serapan against the annual pagu, sisa, and whether
 * realisasi exceeds pagu at this very level; and the pagu of its leaf lines with a realisasi in the triwulan
 * ({@code paguDilaporkan}) and in any triwulan up to it ({@code paguDilaporkanKumulatif}, docs/domain.md §2.9.9; null in
 * figures stored before they were kept).
 */
public record AnggaranFigure(String anggaranKode, int periode, int urutan, long pagu, String realisasiStatus,
    Long realisasi, Long realisasiKumulatif, String serapanStatus, BigDecimal serapan, BigDecimal serapanKumulatif,
    int dilaporkan, int jumlah, boolean melebihiPagu, Long sisa, Instant asOf, Long paguDilaporkan,
    Long paguDilaporkanKumulatif) {
}
