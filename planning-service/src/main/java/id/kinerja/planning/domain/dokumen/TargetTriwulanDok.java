package id.kinerja.planning.domain.dokumen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A triwulan target from the Rencana Aksi (cumulative when the indicator's twTargetMode is CUMULATIVE). */
@Schema(name = "TargetTriwulan")
public record TargetTriwulanDok(@Schema(required = true, examples = "2") Integer triwulan, @Schema(required = true) TargetDok target) {
}
