package id.kinerja.common.logging;

import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The fields every log line of a request or an event carries (MDC): whose data it is about and who asked. The JSON
 * log format writes them as fields of {@code mdc}; the text format can show them with {@code %X{name}}
 * (docs/operations.md, "Logs"). OpenTelemetry adds {@code traceId} and {@code spanId} the same way.
 */
public final class LogContext {

  /** Kode wilayah of the kabupaten the request or event is about ({@code 35.02}). */
  public static final String KABUPATEN = "kabupatenKode";
  /** Kode wilayah of the kecamatan ({@code 35.02.08}); its kabupaten is set with it. */
  public static final String KECAMATAN = "kecamatanKode";
  /** The caller (the token's upn, preferred_username or subject). */
  public static final String USER = "user";
  /** The consumer applying an event, and the event's id when one event is applied alone. */
  public static final String CONSUMER = "consumer";
  public static final String EVENT = "eventId";

  private static final Pattern KABUPATEN_KODE = Pattern.compile("\\d{2}\\.\\d{2}");
  private static final Pattern KECAMATAN_KODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

  private LogContext() {
  }

  /**
   * Puts the kabupaten (and kecamatan) a code names: a kecamatan code also names its kabupaten. Anything else (a
   * province code, a malformed value from a hostile request) is ignored: the fields hold well-formed codes only.
   * Returns whether the value was a code.
   */
  public static boolean tenant(String code) {
    if (code == null) {
      return false;
    }
    if (KECAMATAN_KODE.matcher(code).matches()) {
      MDC.put(KECAMATAN, code);
      MDC.put(KABUPATEN, code.substring(0, 5));
      return true;
    }
    if (KABUPATEN_KODE.matcher(code).matches()) {
      MDC.put(KABUPATEN, code);
      return true;
    }
    return false;
  }

  public static void user(String user) {
    if (user != null && !user.isBlank()) {
      // One line and bounded: a user name comes from a (verified) token, but logs must stay parseable anyway.
      String u = user.replaceAll("\\p{Cntrl}", "?");
      MDC.put(USER, u.length() > 200 ? u.substring(0, 200) : u);
    }
  }

  /** Removes the tenant fields (kabupaten, kecamatan). */
  public static void clearTenant() {
    MDC.remove(KABUPATEN);
    MDC.remove(KECAMATAN);
  }

  /** Removes every field this class sets. */
  public static void clear() {
    clearTenant();
    MDC.remove(USER);
    MDC.remove(CONSUMER);
    MDC.remove(EVENT);
  }
}
