package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.Peran;

/** An official with the position held. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Pejabat")
public record PejabatDok(
    @Schema(description = "18-digit NIP", examples = "197906081998021001") String nip,
    @Schema(required = true, examples = "Joko Setiawan, S.STP., M.Si.") String nama,
    @Schema(required = true, examples = "Camat Mlarak") String jabatan,
    @Schema(required = true, examples = "CAMAT") Peran peran,
    @Schema(examples = "KEC") String unitKode,
    @Schema(examples = "Pembina Tingkat I (IV/b)") String pangkat) {
}
