package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Renstra (strategic plan) of a kecamatan for a period: tujuan and sasaran strategis with their indicators. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Renstra")
public record RenstraDok(
    @Schema(required = true, examples = "RENSTRA-MLARAK-2024-2026") String kode,
    @Schema(examples = "Review Renstra Kecamatan Mlarak Tahun 2024-2026") String nama,
    @Schema(required = true, examples = "2024") Integer periodeAwal,
    @Schema(required = true, examples = "2026") Integer periodeAkhir,
    @Schema(required = true) List<TujuanDok> tujuan,
    @Schema(required = true) List<SasaranDok> sasaran) {
}
