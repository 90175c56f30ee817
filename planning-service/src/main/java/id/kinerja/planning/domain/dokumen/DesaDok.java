package id.kinerja.planning.domain.dokumen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.DesaJenis;

@Schema(name = "Desa")
public record DesaDok(
    @Schema(examples = "35.02.14.2001") String kode,
    @Schema(examples = "Tugu") String nama,
    @Schema(examples = "DESA") DesaJenis jenis) {
}
