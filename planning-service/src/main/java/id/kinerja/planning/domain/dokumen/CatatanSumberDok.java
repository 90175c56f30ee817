package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Provenance: where a part of the document was transcribed from, and what was corrected. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CatatanSumber")
public record CatatanSumberDok(
    @Schema(required = true, examples = "perjanjianKinerja[0]") String bagian,
    @Schema(required = true, examples = "LKjIP Kecamatan Mlarak 2024, lampiran Reviu Perjanjian Kinerja") String sumber,
    @Schema(examples = "Jumlah dicetak 2.116.474.500; baris berjumlah 2.116.454.500") String catatan) {
}
