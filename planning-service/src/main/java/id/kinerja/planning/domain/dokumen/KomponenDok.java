package id.kinerja.planning.domain.dokumen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Labels of numerator and denominator when realisasi is entered as components. */
@Schema(name = "Komponen")
public record KomponenDok(
    @Schema(required = true, examples = "Jumlah desa yang meningkat skor IDM-nya") String pembilang,
    @Schema(required = true, examples = "Jumlah desa se-kecamatan") String penyebut) {
}
