package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kecamatan with its desa/kelurahan, work units and officials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Kecamatan", description = "A kecamatan with its desa/kelurahan, work units and officials")
public record KecamatanDok(
    @Schema(required = true, description = "Permendagri kode wilayah", examples = "35.02.08") String kode,
    @Schema(description = "BPS code", examples = "3502080") String kodeBps,
    @Schema(required = true, examples = "Mlarak") String nama,
    @Schema(examples = "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472") String alamat,
    @Schema(required = true) List<DesaDok> desa,
    List<UnitKerjaDok> unitKerja,
    @Schema(required = true) List<PejabatDok> pejabat) {
}
