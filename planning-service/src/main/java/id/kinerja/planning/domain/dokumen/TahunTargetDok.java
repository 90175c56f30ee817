package id.kinerja.planning.domain.dokumen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The target of one year. */
@Schema(name = "TargetTahunan")
public record TahunTargetDok(@Schema(required = true, examples = "2024") Integer tahun, @Schema(required = true) TargetDok target) {
}
