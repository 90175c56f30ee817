package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Refers to an official of the kecamatan by nip, or by nama when the document gives no nip. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PihakPertama")
public record PihakRefDok(
    @Schema(examples = "197906081998021001") String nip,
    @Schema(required = true, examples = "Joko Setiawan, S.STP., M.Si.") String nama) {
}
