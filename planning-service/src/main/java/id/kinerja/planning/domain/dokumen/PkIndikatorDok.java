package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of a PK with this year's target: either a Renstra indicator by kode or the PK's own indicator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PkIndikator")
public record PkIndikatorDok(
    @Schema(description = "A Renstra indicator kode", examples = "IKU-SKM") String indikatorKode,
    @Schema(description = "The PK's own indicator") IndikatorRuleDok indikator,
    @Schema(required = true) TargetDok target,
    List<TargetTriwulanDok> targetTriwulan) {

  /** The kode this entry stands for, whichever form it has. */
  public String kode() {
    return indikatorKode != null ? indikatorKode : indikator == null ? null : indikator.kode();
  }
}
