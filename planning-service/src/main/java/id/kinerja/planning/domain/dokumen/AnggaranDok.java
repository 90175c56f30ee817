package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.AnggaranLevel;

/** A budget line (program / kegiatan / sub kegiatan) with its pagu in Rupiah. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Anggaran")
public record AnggaranDok(
    @Schema(required = true, description = "SIPD code (Permendagri 90/2019)", examples = "7.01.01.2.01") String kode,
    @Schema(required = true, examples = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah") String nama,
    @Schema(required = true, examples = "KEGIATAN") AnggaranLevel level,
    @Schema(examples = "7.01.01") String parentKode,
    @Schema(description = "Rupiah; on a parent line equal to the sum of its children, or omitted", examples = "12500000") Long pagu,
    @Schema(description = "Pagu per triwulan (4 values summing to pagu)", examples = "[2500000, 5000000, 2500000, 2500000]") List<Long> paguTriwulan,
    @Schema(examples = "S1") String sasaranKode,
    @Schema(examples = "Kepmendagri 050-5889/2021") String nomenklaturVersi,
    @Schema(examples = "PAPBD") String keterangan) {

  public AnggaranDok withPagu(Long newPagu, List<Long> newPaguTriwulan) {
    return new AnggaranDok(kode, nama, level, parentKode, newPagu, newPaguTriwulan, sasaranKode, nomenklaturVersi, keterangan);
  }
}
