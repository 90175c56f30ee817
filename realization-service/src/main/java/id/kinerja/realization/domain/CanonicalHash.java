package id.kinerja.realization.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The fingerprint of a request for idempotency: SHA-256 over a canonical text of the request's meaning. Object keys
 * are sorted, null fields dropped (absent and null mean the same), numbers compared by value (1.0 = 1.00), so a
 * retry that serialises the same body differently still matches.
 */
public final class CanonicalHash {

  private CanonicalHash() {
  }

  public static String of(String method, String path, JsonNode body) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(method).append(' ').append(path).append('\n');
    write(body, sb);
    return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(JsonNode n, StringBuilder sb) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      sb.append("null");
    } else if (n.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNull()) {
          names.add(e.getKey());
        }
      }
      names.sort(null);
      sb.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(TextNode.valueOf(names.get(i)).toString()).append(':');
        write(n.get(names.get(i)), sb);
      }
      sb.append('}');
    } else if (n.isArray()) {
      sb.append('[');
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(n.get(i), sb);
      }
      sb.append(']');
    } else if (n.isNumber()) {
      BigDecimal d = n.decimalValue();
      sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
    } else {
      sb.append(n.toString());
    }
  }
}
