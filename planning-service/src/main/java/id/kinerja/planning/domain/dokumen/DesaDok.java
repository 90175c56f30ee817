package id.kinerja.planning.domain.dokumen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.DesaJenis;

@Schema(name = "Desa")
public record DesaDok(
    @Schema(required = true, examples = "35.02.08.2001") String kode,
    @Schema(required = true, examples = "Tugu") String nama,
    @Schema(required = true, examples = "DESA") DesaJenis jenis) {
}
