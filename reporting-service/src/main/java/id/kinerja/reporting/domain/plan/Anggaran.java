package id.kinerja.reporting.domain.plan;

import java.util.List;

/** A budget line (program, kegiatan or sub kegiatan) with its pagu in Rupiah. */
public record Anggaran(String kode, String nama, String level, String parentKode, long pagu, List<Long> paguTriwulan,
    String sasaranKode, String nomenklaturVersi, String keterangan) {
}
