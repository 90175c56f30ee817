package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Renstra (strategic plan) of a kecamatan for a period: tujuan and sasaran strategis with their indicators. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Renstra")
public record RenstraDok(
    @Schema(examples = "RENSTRA-2024-2026") String kode,
    @Schema(examples = "Review Renstra Kecamatan Mlarak 2024–2026") String nama,
    @Schema(examples = "2024") Integer periodeAwal,
    @Schema(examples = "2026") Integer periodeAkhir,
    List<TujuanDok> tujuan,
    List<SasaranDok> sasaran) {
}
