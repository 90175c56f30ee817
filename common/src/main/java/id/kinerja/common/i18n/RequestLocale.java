package id.kinerja.common.i18n;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.common.time.KabupatenZones;
import id.kinerja.common.time.ZonaWaktu;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.common.vertx.ContextLocals;

/**
 * The language and time zone of the answer to the current request: Bahasa Indonesia unless Accept-Language prefers
 * English; the zone of the kabupaten the request is about (found in its path: {@code /kabupaten/35.02},
 * {@code /kecamatan/35.02.08}), WIB when the path names none. Kept in the request's Vert.x context, so that the
 * worker thread that runs the resource and the thread that writes the answer see the same.
 */
public final class RequestLocale {

  static final String LOCAL = "kinerja.request-locale";
  private static final Pattern KABUPATEN_IN_PATH = Pattern.compile("/(?:kabupaten|kecamatan)/(\\d{2}\\.\\d{2})(?:[./]|$)");
  private static final RequestLocale DEFAULT = new RequestLocale(Messages.INDONESIAN, null);

  private final Locale locale;
  private final String kabupatenKode;
  private volatile ZoneId zone;

  RequestLocale(Locale locale, String kabupatenKode) {
    this.locale = locale;
    this.kabupatenKode = kabupatenKode;
  }

  /** The current request's, or Indonesian in WIB outside a request. */
  public static RequestLocale current() {
    try {
      return ContextLocals.<RequestLocale>get(LOCAL).orElse(DEFAULT);
    } catch (RuntimeException e) {
      return DEFAULT;
    }
  }

  static RequestLocale of(String acceptLanguage, String path) {
    String kabupaten = null;
    if (path != null) {
      Matcher m = KABUPATEN_IN_PATH.matcher(path);
      if (m.find()) {
        kabupaten = m.group(1);
      }
    }
    return new RequestLocale(negotiate(acceptLanguage), kabupaten);
  }

  /** Bahasa Indonesia unless the client prefers English over it; an unreadable header counts as absent. */
  public static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Messages.INDONESIAN;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage.replace("in-ID", "id-ID"));
      String tag = Locale.lookupTag(ranges, List.of("id", "en"));
      return "en".equals(tag) ? Messages.ENGLISH : Messages.INDONESIAN;
    } catch (IllegalArgumentException e) {
      return Messages.INDONESIAN;
    }
  }

  public Locale locale() {
    return locale;
  }

  /** "id" or "en", for Content-Language. */
  public String language() {
    return locale.getLanguage();
  }

  public Optional<String> kabupatenKode() {
    return Optional.ofNullable(kabupatenKode);
  }

  /** The kabupaten's zone, WIB when the request names no kabupaten or the service does not know it. */
  public ZoneId zone() {
    ZoneId z = zone;
    if (z == null) {
      z = lookup().zone();
      zone = z;
    }
    return z;
  }

  private ZonaWaktu lookup() {
    if (kabupatenKode == null || Arc.container() == null) {
      return ZonaWaktu.WIB;
    }
    try (InstanceHandle<KabupatenZones> zones = Arc.container().instance(KabupatenZones.class)) {
      if (!zones.isAvailable()) {
        return ZonaWaktu.WIB;
      }
      return zones.get().zonaWaktu(kabupatenKode).orElse(ZonaWaktu.WIB);
    }
  }
}
