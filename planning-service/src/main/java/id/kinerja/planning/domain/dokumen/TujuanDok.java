package id.kinerja.planning.domain.dokumen;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tujuan")
public record TujuanDok(
    @Schema(required = true, examples = "T1") String kode,
    @Schema(required = true, examples = "Meningkatkan tata kelola penyelenggaraan pemerintahan kecamatan") String uraian,
    @Schema(required = true) List<IndikatorRenstraDok> indikator) {
}
