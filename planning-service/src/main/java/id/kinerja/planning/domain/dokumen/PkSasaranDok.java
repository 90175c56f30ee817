package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.SasaranLevel;

/** A sasaran of a PK: a Renstra sasaran (by kode) or the PK's own (then with uraian). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PkSasaran")
public record PkSasaranDok(
    @Schema(required = true, examples = "S1") String kode,
    @Schema(description = "Required for the PK's own sasaran", examples = "Meningkatnya penyusunan program, evaluasi dan pelaporan") String uraian,
    @Schema(description = "Default STRATEGIS for a Renstra sasaran, else INDIVIDU", examples = "STRATEGIS") SasaranLevel level,
    @Schema(required = true) List<PkIndikatorDok> indikator) {
}
