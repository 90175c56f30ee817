package id.kinerja.reporting.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code v1=} and the lowercase hex HMAC-SHA256, keyed with the webhook's
 * secret (its UTF-8 bytes), of {@code <timestamp> + "." + <body>} (the timestamp as sent in Kinerja-Webhook-Timestamp,
 * unix seconds; the body as sent, UTF-8). A receiver computes the same and compares in constant time.
 */
public final class WebhookSignature {

  public static final String VERSION = "v1";

  private WebhookSignature() {
  }

  public static String sign(String rahasia, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(rahasia.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] h = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return VERSION + "=" + HexFormat.of().formatHex(h);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether a received signature header is the one for this body and timestamp (constant-time comparison). */
  public static boolean verify(String rahasia, long timestamp, String body, String header) {
    if (header == null) {
      return false;
    }
    byte[] expected = sign(rahasia, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
  }

  /** What the API shows of a secret: a short fingerprint that reveals nothing of it ("sha256:1a2b3c4d"). */
  public static String sidik(String rahasia) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(rahasia.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(h, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
