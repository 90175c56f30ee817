package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of one year (baseline). */
@Schema(name = "Baseline")
public record TahunNilaiDok(@Schema(required = true, examples = "2023") Integer tahun, @Schema(required = true, examples = "86.9") BigDecimal nilai) {
}
