package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The IKU sheet of an indicator: definition, formula text, data source, who answers for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IkuDetail")
public record IkuDetailDok(
    @Schema(examples = "Persentase desa yang skor IDM-nya naik dibanding tahun sebelumnya") String definisi,
    @Schema(examples = "jumlah desa yang meningkat skor IDM / jumlah desa se-kecamatan × 100 %") String rumus,
    @Schema(examples = "Data IDM") String sumberData,
    @Schema(examples = "Camat Mlarak") String penanggungJawab) {
}
