package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SasaranStrategis")
public record SasaranDok(
    @Schema(required = true, examples = "S1") String kode,
    @Schema(required = true, examples = "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi") String uraian,
    @Schema(examples = "T1") String tujuanKode,
    @Schema(required = true) List<IndikatorRenstraDok> indikator) {
}
