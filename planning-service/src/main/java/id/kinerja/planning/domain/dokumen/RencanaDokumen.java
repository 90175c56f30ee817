package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One kecamatan's plan as one document (docs/planning/rencana-import.v1.schema.json): master data, Renstra, the
 * PK of its officials with budget lines, predicate scales and the reporting calendar.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RencanaDokumen", description = "Import/export document v1 (docs/planning/rencana-import.v1.schema.json)")
public record RencanaDokumen(
    @Schema(required = true, description = "Always 1", examples = "1") Integer formatVersi,
    @Schema(required = true) KabupatenDok kabupaten,
    @Schema(required = true) KecamatanDok kecamatan,
    @Schema(required = true) RenstraDok renstra,
    @Schema(required = true) List<PkDok> perjanjianKinerja,
    List<SkalaDok> skalaPredikat,
    List<JadwalDok> jadwal,
    @Schema(description = "Where each part was transcribed from") List<CatatanSumberDok> catatanSumber) {
}
