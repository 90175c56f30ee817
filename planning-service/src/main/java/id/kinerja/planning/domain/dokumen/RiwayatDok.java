package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A realisasi of an earlier year, as recorded in the plan documents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Riwayat")
public record RiwayatDok(
    @Schema(required = true, examples = "2023") Integer tahun,
    @Schema(required = true, examples = "86.9") BigDecimal realisasi,
    @Schema(examples = "LKjIP 2023, lampiran pengukuran kinerja") String sumber) {
}
