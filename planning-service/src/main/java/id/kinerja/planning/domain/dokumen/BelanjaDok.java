package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of the budget by jenis belanja (docs/domain.md §2.12): a second, independent view of the year's budget,
 * never added to the program/kegiatan/sub kegiatan lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Belanja", description = "Pagu of one jenis belanja (economic classification), a view of its own")
public record BelanjaDok(
    @Schema(required = true, description = "Rekening code of the jenis belanja: 5.<kelompok>.<jenis>, pattern ^5\\.[1-9]\\.[0-9]{2}$",
        pattern = "^5\\.[1-9]\\.[0-9]{2}$", examples = "5.1.02") String kode,
    @Schema(required = true, examples = "Belanja Barang dan Jasa") String nama,
    @Schema(required = true, description = "Rupiah", examples = "350000000") Long pagu,
    @Schema(description = "Pagu per triwulan (4 values summing to pagu)", examples = "[50000000, 100000000, 100000000, 100000000]") List<Long> paguTriwulan) {
}
