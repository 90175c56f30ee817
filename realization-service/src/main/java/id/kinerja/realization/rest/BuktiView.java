package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Bukti;

@Schema(name = "Bukti", description = "Evidence of one realisasi version: a stored file with its SHA-256, or an https link")
public record BuktiView(
    @Schema(examples = "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") UUID id,
    @Schema(description = "FILE or LINK", enumeration = { "FILE", "LINK" }, examples = "FILE") String jenis,
    @Schema(description = "The link (LINK); null for a file", nullable = true, examples = "https://drive.example.id/bukti/skm-2024.pdf") String url,
    @Schema(description = "The file's name (FILE); null for a link", nullable = true, examples = "laporan-skm-2024.pdf") String namaBerkas,
    @Schema(description = "Media type judged from the content (FILE); null for a link", nullable = true, examples = "application/pdf") String tipe,
    @Schema(description = "Bytes (FILE); null for a link", nullable = true, examples = "182044") Long ukuran,
    @Schema(description = "SHA-256 of the file, hex (FILE); null for a link", nullable = true, examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
    @Schema(description = "Null when none was given", nullable = true, examples = "Laporan hasil SKM 2024") String keterangan,
    @Schema(examples = "operator.mlarak") String diunggahOleh,
    @Schema(examples = "2025-01-06T09:10:00+07:00") Instant diunggahPada,
    @Schema(description = "Where to download a file; null for a link", nullable = true, examples = "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM/versi/1/bukti/6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11") String unduh) {

  static BuktiView of(Bukti b, String cellPath, int versi) {
    return new BuktiView(b.id(), b.jenis(), b.url(), b.namaBerkas(), b.tipe(), b.ukuran(), b.sha256(), b.keterangan(),
        b.diunggahOleh(), b.diunggahPada(), Bukti.FILE.equals(b.jenis()) ? cellPath + "/versi/" + versi + "/bukti/" + b.id() : null);
  }
}
