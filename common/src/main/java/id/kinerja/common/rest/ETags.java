package id.kinerja.common.rest;

import id.kinerja.common.i18n.CommonMessages;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.common.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Versions travel as strong ETags ("3"); a change sends the version it read in If-Match. */
public final class ETags {

  private ETags() {
  }

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version in an If-Match header, or null when the header is absent. */
  public static Long parseIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("If-Match", CommonMessages.MUST_BE_ETAG);
    }
  }

  /**
   * Whether an If-None-Match list names the current entity tag ({@code "12"}, quotes included): weak comparison (RFC
   * 9110 §8.8.3.2: W/"12" matches "12"), a list (a comma may stand inside quotes), {@code *} matches any; a tag sent
   * without its quotes is read as if quoted. Then a GET answers 304 without a body.
   */
  public static boolean noneMatch(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    if ("*".equals(ifNoneMatch.trim())) {
      return true;
    }
    String current = opaque(etag);
    for (String tag : tags(ifNoneMatch)) {
      if (opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  /** The entity tags of a list such as {@code W/"a", "b,c"} (a comma may stand inside the quotes). */
  static List<String> tags(String list) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = list.length();
    while (i < n) {
      char c = list.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      if (list.startsWith("W/", i)) {
        i += 2;
      }
      if (i < n && list.charAt(i) == '"') {
        int end = list.indexOf('"', i + 1);
        if (end < 0) {
          out.add(list.substring(start).trim());
          break;
        }
        out.add(list.substring(start, end + 1));
        i = end + 1;
      } else {
        // Not a quoted tag: read it up to the next comma (a lenient reading of a broken client's header).
        int end = list.indexOf(',', i);
        out.add(list.substring(start, end < 0 ? n : end).trim());
        i = end < 0 ? n : end;
      }
    }
    return out;
  }

  private static String opaque(String tag) {
    String t = tag.trim();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t : "\"" + t + "\"";
  }
}
