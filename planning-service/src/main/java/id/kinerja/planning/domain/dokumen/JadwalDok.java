package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The entry window of one triwulan (ISO-8601 date-times). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JadwalDokumen")
public record JadwalDok(
    @Schema(examples = "2024") Integer tahun,
    @Schema(examples = "2") Integer triwulan,
    @Schema(examples = "2024-07-01T00:00:00Z") String inputDibuka,
    @Schema(examples = "2024-07-11T00:00:00Z") String inputDitutup,
    @Schema(examples = "2024-07-20T00:00:00Z") String verifikasiDitutup) {
}
