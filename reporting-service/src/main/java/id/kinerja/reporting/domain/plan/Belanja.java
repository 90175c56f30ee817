package id.kinerja.reporting.domain.plan;

import java.util.List;

/**
 * A line of the budget by jenis belanja (planning.rencana-kinerja.published v2; docs/domain.md §2.12): a second view of
 * the year's budget, beside the program tree and never added to it.
 */
public record Belanja(String kode, String nama, long pagu, List<Long> paguTriwulan) {
}
