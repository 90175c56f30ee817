package id.kinerja.realization.domain;

import java.time.Instant;
import java.util.UUID;

/** One piece of evidence of a realisasi version: a stored file (FILE, with its SHA-256) or an https link (LINK). */
public record Bukti(UUID id, long realisasiId, String jenis, String url, String sha256, String namaBerkas, String tipe,
    Long ukuran, String keterangan, String diunggahOleh, Instant diunggahPada) {

  public static final String FILE = "FILE";
  public static final String LINK = "LINK";
}
