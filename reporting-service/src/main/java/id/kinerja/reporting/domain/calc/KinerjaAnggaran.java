package id.kinerja.reporting.domain.calc;

/**
 * Kinerja beside anggaran for one sasaran (cost per outcome, efisiensi; docs/domain.md §2.5, [P] Tabel 3.16/3.17).
 *
 * @param sasaranKode sasaran
 * @param capaian mean of the sasaran's annual capaian on the RAW basis (efisiensi uses raw values)
 * @param serapan the sasaran's alokasi serapan s.d. the report's TW (NOT_REPORTED when no line is allocated to it)
 * @param efisiensi by the configured formula, labelled
 */
public record KinerjaAnggaran(String sasaranKode, Mean capaian, Serapan serapan, Efisiensi efisiensi) {
}
