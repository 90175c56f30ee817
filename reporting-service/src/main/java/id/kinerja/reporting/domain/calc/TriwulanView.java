package id.kinerja.reporting.domain.calc;

/**
 * The capaian views of one indicator in one triwulan (docs/domain.md §2.3, §2.9.1, §2.9.4); report columns say which view
 * they show. Each view applies the indicator's full rule with its own target.
 *
 * @param triwulan 1..4
 * @param cell the TW's own realisasi cell
 * @param kumulatif the aggregate s.d. this TW
 * @param vsAnnual this TW's value against the annual target: R(TW n) / T(year)
 * @param kumulatifVsAnnual the aggregate s.d. TW n against the annual target
 * @param vsTwTarget against the TW target: PER_PERIOD the TW value vs the TW target, CUMULATIVE the aggregate s.d. TW n
 *     vs the cumulative target of TW n; NO_TARGET when the indicator or this TW has none
 */
public record TriwulanView(int triwulan, Cell cell, AggregatedValue kumulatif, CapaianResult vsAnnual,
    CapaianResult kumulatifVsAnnual, CapaianResult vsTwTarget) {
}
