package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "KabupatenDokumen")
public record KabupatenDok(
    @Schema(required = true, examples = "35.02") String kode,
    @Schema(required = true, examples = "Ponorogo") String nama,
    @Schema(required = true, examples = "TWO_T_MINUS_R") NegativeFormula negativeFormulaDefault,
    @Schema(required = true, examples = "IKU") OverallMode overallMode,
    @Schema(examples = "120") BigDecimal capaianScoreCap,
    @Schema(examples = "false") Boolean floorNegativeAtZero,
    @Schema(description = "Time zone of the kabupaten; its jadwal dates are read in it. Absent on import: the zone stored, or "
        + "for a new kabupaten its province's. Always written on export.", examples = "WIB") ZonaWaktu zonaWaktu) {
}
