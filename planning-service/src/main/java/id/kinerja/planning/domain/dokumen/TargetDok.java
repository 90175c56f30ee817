package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target in exactly one form, chosen by the indicator's targetType: NUMBER {nilai}, RANGE {min, max}, TEXT {teks}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Target", description = "NUMBER {nilai} | RANGE {min, max} | TEXT {teks}, by the indicator's targetType")
public record TargetDok(
    @Schema(description = "Numeric target (decimal point)", examples = "80") BigDecimal nilai,
    @Schema(description = "Lower bound of a range target", examples = "7") BigDecimal min,
    @Schema(description = "Upper bound of a range target", examples = "8") BigDecimal max,
    @Schema(description = "Qualitative target", examples = "Opini WTP") String teks) {

  public static TargetDok angka(BigDecimal nilai) {
    return new TargetDok(nilai, null, null, null);
  }
}
