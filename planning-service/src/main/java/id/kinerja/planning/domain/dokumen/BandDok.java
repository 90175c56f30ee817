package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.scale.Band;

/** One band of a predicate scale; a null bound is infinite. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Band")
public record BandDok(
    @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "null = minus infinity", examples = "70") BigDecimal lower,
    @Schema(examples = "true") Boolean lowerInclusive,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "null = plus infinity", examples = "85") BigDecimal upper,
    @Schema(examples = "true") Boolean upperInclusive,
    @Schema(examples = "3") Integer skor,
    @Schema(examples = "Berhasil") String label,
    @Schema(examples = "B") String kode) {

  public Band band() {
    return new Band(lower, Boolean.TRUE.equals(lowerInclusive), upper, Boolean.TRUE.equals(upperInclusive),
        skor == null ? 0 : skor, label, kode);
  }
}
