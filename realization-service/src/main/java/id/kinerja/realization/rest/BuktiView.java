package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Bukti;

@Schema(name = "Bukti", description = "Evidence of one realisasi version: a stored file with its SHA-256, or an https link")
public record BuktiView(
    @Schema(examples = "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") UUID id,
    @Schema(description = "FILE or LINK", examples = "FILE") String jenis,
    @Schema(examples = "https://drive.example.id/bukti/apbdes-2024.pdf") String url,
    @Schema(examples = "apbdes-2024.pdf") String namaBerkas,
    @Schema(description = "Media type judged from the content", examples = "application/pdf") String tipe,
    @Schema(description = "Bytes", examples = "182044") Long ukuran,
    @Schema(description = "SHA-256 of the file, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
    @Schema(examples = "APBDes 12 desa") String keterangan,
    @Schema(examples = "operator.klakah") String diunggahOleh,
    @Schema(examples = "2024-07-02T03:10:00Z") Instant diunggahPada,
    @Schema(description = "Where to download a file", examples = "/api/kecamatan/35.08.12/realisasi/2024/2/indikator/IKU-01/versi/1/bukti/6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") String unduh) {

  static BuktiView of(Bukti b, String cellPath, int versi) {
    return new BuktiView(b.id(), b.jenis(), b.url(), b.namaBerkas(), b.tipe(), b.ukuran(), b.sha256(), b.keterangan(),
        b.diunggahOleh(), b.diunggahPada(), Bukti.FILE.equals(b.jenis()) ? cellPath + "/versi/" + versi + "/bukti/" + b.id() : null);
  }
}
