package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.domain.predikat.Band;

/** One band of a predicate scale; a null bound is infinite. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Band")
public record BandDok(
    @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true, description = "Lower bound; null = minus infinity",
        examples = "70") BigDecimal lower,
    @Schema(required = true, examples = "true") Boolean lowerInclusive,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true, description = "Upper bound; null = plus infinity",
        examples = "85") BigDecimal upper,
    @Schema(required = true, examples = "true") Boolean upperInclusive,
    @Schema(required = true, examples = "3") Integer skor,
    @Schema(required = true, examples = "Berhasil") String label,
    @Schema(description = "Short code of the predicate, if the scale has one", examples = "B") String kode) {

  public Band band() {
    return new Band(lower, Boolean.TRUE.equals(lowerInclusive), upper, Boolean.TRUE.equals(upperInclusive),
        skor == null ? 0 : skor, label, kode);
  }
}
