package id.kinerja.realization.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import id.kinerja.common.i18n.Message;

/**
 * Evidence (bukti dukung) rules: which file types are accepted, told from the content itself (magic bytes, and for
 * Office files the parts inside the ZIP), never from the declared type alone; and which links.
 */
public final class BuktiRules {

  /** Accepted file types with their media type. */
  public enum Tipe {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public final String mediaType;

    Tipe(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
  private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
  private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };
  private static final int MAX_LINK = 2000;

  private BuktiRules() {
  }

  /** The type the content really is, or empty when it is none of the accepted ones. */
  public static Optional<Tipe> sniff(byte[] content) {
    if (pdfHeader(content)) {
      return Optional.of(Tipe.PDF);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(Tipe.PNG);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(Tipe.JPEG);
    }
    if (startsWith(content, ZIP)) {
      return office(content);
    }
    return Optional.empty();
  }

  /**
   * Whether a declared media type agrees with the sniffed type. No declaration, or a generic one
   * (application/octet-stream), agrees with anything: the content decides.
   */
  public static boolean declaredAgrees(String declared, Tipe actual) {
    if (declared == null || declared.isBlank()) {
      return true;
    }
    String d = declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (d.equals("application/octet-stream") || d.equals("binary/octet-stream")) {
      return true;
    }
    return d.equals(actual.mediaType) || (actual == Tipe.JPEG && (d.equals("image/jpg") || d.equals("image/pjpeg")));
  }

  /** An evidence link must be an absolute https URL with a host. Returns the problem, or null when valid. */
  public static Message linkProblem(String url) {
    if (url == null || url.isBlank()) {
      return Message.of(RealizationMessages.MUST_BE_HTTPS_URL_EMPTY);
    }
    if (url.length() > MAX_LINK) {
      return Message.of(RealizationMessages.MUST_BE_HTTPS_URL_TOO_LONG, "batas", MAX_LINK);
    }
    try {
      URI u = new URI(url.trim());
      if (!"https".equalsIgnoreCase(u.getScheme())) {
        return Message.of(RealizationMessages.MUST_BE_HTTPS_URL_SCHEME);
      }
      if (u.getHost() == null || u.getHost().isBlank()) {
        return Message.of(RealizationMessages.MUST_BE_HTTPS_URL_HOST);
      }
      return null;
    } catch (URISyntaxException e) {
      return Message.of(RealizationMessages.MUST_BE_HTTPS_URL_SYNTAX);
    }
  }

  private static Optional<Tipe> office(byte[] content) {
    boolean contentTypes = false;
    boolean word = false;
    boolean excel = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      int seen = 0;
      while ((e = zip.getNextEntry()) != null && seen++ < 10_000) {
        String n = e.getName();
        contentTypes |= n.equals("[Content_Types].xml");
        word |= n.equals("word/document.xml");
        excel |= n.equals("xl/workbook.xml");
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (contentTypes && word && !excel) {
      return Optional.of(Tipe.DOCX);
    }
    if (contentTypes && excel && !word) {
      return Optional.of(Tipe.XLSX);
    }
    return Optional.empty();
  }

  /** Readers accept the %PDF- header anywhere in the first 1024 bytes (some generators put bytes before it). */
  private static boolean pdfHeader(byte[] content) {
    int limit = Math.min(content.length, 1024) - PDF.length;
    for (int i = 0; i <= limit; i++) {
      if (Arrays.equals(content, i, i + PDF.length, PDF, 0, PDF.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
