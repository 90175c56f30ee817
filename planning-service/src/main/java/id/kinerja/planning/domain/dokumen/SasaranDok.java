package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SasaranStrategis")
public record SasaranDok(
    @Schema(examples = "SS1") String kode,
    @Schema(examples = "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi") String uraian,
    @Schema(examples = "T1") String tujuanKode,
    List<IndikatorRenstraDok> indikator) {
}
