package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "KabupatenDokumen")
public record KabupatenDok(
    @Schema(examples = "35.02") String kode,
    @Schema(examples = "Ponorogo") String nama,
    @Schema(examples = "TWO_T_MINUS_R") NegativeFormula negativeFormulaDefault,
    @Schema(examples = "IKU") OverallMode overallMode,
    @Schema(examples = "120") BigDecimal capaianScoreCap,
    @Schema(examples = "false") Boolean floorNegativeAtZero) {
}
