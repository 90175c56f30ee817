package id.kinerja.planning.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.KabupatenLogo;

@Schema(name = "LogoKabupaten", description = "The kabupaten's logo as stored: what it is, not the image (GET …/logo gives the image)")
public record LogoView(
    @Schema(examples = "35.02") String kabupatenKode,
    @Schema(description = "As the content is", enumeration = { "image/png", "image/jpeg" }, examples = "image/png") String mediaType,
    @Schema(description = "Pixels", examples = "400") int lebar,
    @Schema(description = "Pixels", examples = "480") int tinggi,
    @Schema(description = "Bytes", examples = "48213") long ukuran,
    @Schema(description = "SHA-256 of the image, hex", examples = "f212bf11c623bc54d472f3607582c67f4a2ca53b7c4699811d6d1a1a004dc5f0") String sha256,
    @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
    @Schema(examples = "planner.ponorogo") String updatedBy) {

  static LogoView of(KabupatenLogo l) {
    return new LogoView(l.kabupatenKode, l.mediaType, l.lebar, l.tinggi, l.isi.length, l.sha256, l.updatedAt, l.updatedBy);
  }
}
