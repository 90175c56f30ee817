package id.kinerja.planning.domain.dokumen;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tujuan")
public record TujuanDok(
    @Schema(examples = "T1") String kode,
    @Schema(examples = "Meningkatkan tata kelola penyelenggaraan pemerintahan kecamatan") String uraian,
    List<IndikatorRenstraDok> indikator) {
}
