package id.kinerja.planning.domain.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.planning.domain.PlanningMessages;

/**
 * What a kabupaten's logo must be to be printed on a letterhead: a PNG or JPEG image, told from its content (magic bytes)
 * and not from the declared type alone, that decodes, of at most 512 KiB and 2000 × 2000 pixels. The size in pixels is
 * read from the header before the image is decoded, so that a small file declaring a huge image is refused without
 * allocating it.
 */
public final class LogoRules {

  public static final int MAX_BYTES = 512 * 1024;
  public static final int MAX_PIXELS = 2000;

  private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
  private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

  private LogoRules() {
  }

  public enum Tipe {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpeg");

    public final String mediaType;
    final String format;

    Tipe(String mediaType, String format) {
      this.mediaType = mediaType;
      this.format = format;
    }
  }

  /** An accepted image. */
  public record Gambar(Tipe tipe, int lebar, int tinggi, String sha256) {
  }

  /** Why an upload is refused: the HTTP status it answers, the rule and its arguments (the field is always the body). */
  public record Refusal(int status, MessageKey key, Object[] args) {
  }

  /** Either the accepted image or the first rule it breaks. */
  public record Result(Gambar gambar, Refusal refusal) {

    static Result refused(int status, MessageKey key, Object... args) {
      return new Result(null, new Refusal(status, key, args));
    }
  }

  /** Checks {@code isi} as uploaded with Content-Type {@code declared} (may be null). */
  public static Result check(byte[] isi, String declared) {
    if (isi == null || isi.length == 0) {
      return Result.refused(400, CommonMessages.NOT_EMPTY);
    }
    if (isi.length > MAX_BYTES) {
      return Result.refused(413, CommonMessages.MAX_SIZE, "batas", (long) MAX_BYTES);
    }
    Tipe tipe = startsWith(isi, PNG) ? Tipe.PNG : startsWith(isi, JPEG) ? Tipe.JPEG : null;
    if (tipe == null) {
      return Result.refused(415, PlanningMessages.MUST_BE_PNG_OR_JPEG);
    }
    String d = declared == null ? "" : declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!d.isEmpty() && !d.equals(tipe.mediaType)) {
      return Result.refused(415, PlanningMessages.DECLARED_TYPE_MUST_MATCH_CONTENT, "dinyatakan", d, "tipe", tipe.mediaType);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(isi))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(tipe.format);
      if (in == null || !readers.hasNext()) {
        return Result.refused(400, PlanningMessages.MUST_BE_READABLE_IMAGE, "tipe", tipe.mediaType);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int lebar = reader.getWidth(0);
        int tinggi = reader.getHeight(0);
        if (lebar > MAX_PIXELS || tinggi > MAX_PIXELS) {
          return Result.refused(400, PlanningMessages.MAX_DIMENSIONS, "batas", MAX_PIXELS, "lebar", lebar, "tinggi", tinggi);
        }
        if (reader.read(0) == null) {
          return Result.refused(400, PlanningMessages.MUST_BE_READABLE_IMAGE, "tipe", tipe.mediaType);
        }
        return new Result(new Gambar(tipe, lebar, tinggi, sha256(isi)), null);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A truncated or corrupt image: the decoders throw IIOException, and some runtime exceptions on bad data.
      return Result.refused(400, PlanningMessages.MUST_BE_READABLE_IMAGE, "tipe", tipe.mediaType);
    }
  }

  public static String sha256(byte[] isi) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
