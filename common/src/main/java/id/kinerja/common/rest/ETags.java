package id.kinerja.common.rest;

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
      throw ProblemException.invalid("If-Match", "must-be-etag", "If-Match must be an ETag such as \"3\"");
    }
  }
}
