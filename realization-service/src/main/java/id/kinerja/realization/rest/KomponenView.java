package id.kinerja.realization.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The labels of an indicator's components, when it is entered as pembilang and penyebut. */
@Schema(name = "Komponen")
public record KomponenView(
    @Schema(examples = "Jumlah desa yang skor IDM tahun n lebih tinggi daripada skor IDM tahun n-1") String pembilang,
    @Schema(examples = "Jumlah desa se-kecamatan") String penyebut) {
}
