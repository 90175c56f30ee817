package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit of the perangkat daerah (sekretariat, subbagian, seksi). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "UnitKerja")
public record UnitKerjaDok(
    @Schema(required = true, examples = "SEKRET") String kode,
    @Schema(required = true, examples = "Sekretariat Kecamatan") String nama,
    @Schema(description = "Parent unit", examples = "KEC") String indukKode) {
}
