package id.kinerja.reporting.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The version of the stored data one answer is built from, known before the answer is: a digest that changes exactly
 * when that data changes (the figure digests of the kecamatan-years it shows, the plan version, the names …) and the
 * newest event time among that data (Last-Modified). Both are deterministic: a rebuild from the topics gives the same
 * digest, apart from the wall-clock recalculation time where an answer shows it.
 */
public record DataVersion(String digest, Instant changedAt) {

  public static Builder builder() {
    return new Builder();
  }

  /** Collects labelled values in a fixed order; each value is separated, so ("ab", "c") ≠ ("a", "bc"). */
  public static final class Builder {

    private final MessageDigest sha;
    private Instant changedAt;

    private Builder() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    public Builder add(String label, Object value) {
      sha.update(label.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '=');
      // null and the text "null" differ: an absent value is not a value.
      sha.update(value == null ? new byte[] { 0 } : text(value).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      return this;
    }

    /** An event time the answer reflects: Last-Modified is the newest of them. */
    public Builder changedAt(Instant t) {
      if (t != null && (changedAt == null || t.isAfter(changedAt))) {
        changedAt = t;
      }
      return this;
    }

    public DataVersion build() {
      return new DataVersion(HexFormat.of().formatHex(sha.digest()), changedAt);
    }

    private static String text(Object value) {
      // BigDecimal 1.0 and 1.00 are written differently in an answer: toString keeps the scale.
      return value instanceof Instant i ? Long.toString(i.getEpochSecond()) + "." + i.getNano() : value.toString();
    }
  }
}
