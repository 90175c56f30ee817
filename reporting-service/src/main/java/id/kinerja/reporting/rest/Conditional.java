package id.kinerja.reporting.rest;

import id.kinerja.common.rest.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.reporting.service.DataVersion;

/**
 * Conditional GETs (RFC 9110 §13) of every report and export. The validators come from the version of the stored data
 * the answer is built from ({@link DataVersion}), read before the body is built, so a 304 costs two small queries:
 * <ul>
 * <li>ETag (strong): SHA-256 over the representation (which report, which format), its parameters as parsed, the
 * language and time zone it is written in, and the data version. It changes exactly when what the answer shows
 * changes; exports are not byte-deterministic (ZIP and PDF timestamps), so their tag is not a hash of the bytes.</li>
 * <li>Last-Modified: the newest event time of the data shown (deterministic; an HTTP date, so the kabupaten's zone
 * plays no part).</li>
 * </ul>
 * 304 when If-None-Match matches (weak comparison; a list, or *); without If-None-Match, when If-Modified-Since is not
 * older than Last-Modified. Every answer says {@code Cache-Control: private, no-cache}: a browser keeps the answer but
 * asks again every time, so a polling dashboard is never shown a stale copy from a heuristic cache.
 */
public final class Conditional {

  public static final String CACHE_CONTROL = "private, no-cache";

  // Texts of the OpenAPI document (annotation values must be constants).
  static final String ETAG_DOC = "Strong tag of this answer: changes exactly when what it shows changes (figures, names,"
      + " versions, recalculation time), and differs between parameters, formats and languages. Send it back in"
      + " If-None-Match.";
  static final String LAST_MODIFIED_DOC = "Newest event time (occurredAt) of the data shown, as an HTTP date.";
  static final String CACHE_CONTROL_DOC = "private, no-cache: keep the answer, but ask again (conditionally) every"
      + " time.";
  static final String NOT_MODIFIED_DOC = "Not Modified: the copy the client holds (If-None-Match, or If-Modified-Since"
      + " without it) is current. No body; the same ETag.";
  static final String DOC = " Conditional: every answer has a strong ETag and Last-Modified; with If-None-Match (or"
      + " If-Modified-Since) the answer is 304 Not Modified without a body while nothing shown has changed.";

  /** IMF-fixdate, the form HTTP dates are sent in. */
  static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
      .withZone(ZoneOffset.UTC);
  /** The obsolete forms a recipient must still read (RFC 9110 §5.6.7): RFC 850 and asctime. */
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("EEEE, dd-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 1970).appendPattern(" HH:mm:ss 'GMT'")
      .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US)
      .withZone(ZoneOffset.UTC);

  static Clock clock = Clock.systemUTC();

  private Conditional() {
  }

  /** The validators of one answer. */
  public record Validators(String etag, Instant lastModified) {
  }

  /**
   * The validators of a representation: {@code representation} names the report and format ("laporan-kecamatan.json"),
   * {@code parameters} are name, value pairs of everything else that selects what it shows.
   */
  public static Validators validators(String representation, DataVersion data, Object... parameters) {
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name, value pairs");
    }
    DataVersion.Builder b = DataVersion.builder().add("representation", representation);
    for (int i = 0; i < parameters.length; i += 2) {
      b.add("parameter." + parameters[i], parameters[i + 1]);
    }
    RequestLocale locale = RequestLocale.current();
    b.add("language", locale.language()).add("zone", locale.zone().getId()).add("data", data.digest());
    String etag = "\"" + b.build().digest().substring(0, 32) + "\"";
    Instant lm = data.changedAt() == null ? null : data.changedAt().truncatedTo(ChronoUnit.SECONDS);
    return new Validators(etag, lm);
  }

  /** 304 with the validators when the client holds this representation; else the answer {@code body} builds. */
  public static Response answer(ConditionalHeaders conditions, Validators v, Supplier<Response.ResponseBuilder> body) {
    Response.ResponseBuilder r = notModified(conditions.ifNoneMatch, conditions.ifModifiedSince, v.etag(),
        v.lastModified(), clock.instant()) ? Response.notModified() : body.get();
    r.header(HttpHeaders.ETAG, v.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (v.lastModified() != null) {
      r.header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(v.lastModified()));
    }
    return r.build();
  }

  /**
   * RFC 9110 §13.2.2 for a GET of an existing representation: If-None-Match decides when present (304 when it
   * matches); otherwise a valid If-Modified-Since that is not older than Last-Modified gives 304.
   */
  static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified, Instant now) {
    if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
      return matches(ifNoneMatch, etag);
    }
    if (ifModifiedSince == null || lastModified == null) {
      return false;
    }
    Instant since = parseHttpDate(ifModifiedSince);
    // An unreadable date, or one later than the server's clock, is ignored (RFC 9110 §13.1.3).
    return since != null && !since.isAfter(now) && !lastModified.isAfter(since);
  }

  /** Weak comparison of the current tag with an If-None-Match list ({@link ETags#noneMatch}). */
  static boolean matches(String ifNoneMatch, String etag) {
    return ETags.noneMatch(ifNoneMatch, etag);
  }

  /** An HTTP date in any of its three forms, or null. */
  static Instant parseHttpDate(String value) {
    String v = value.trim();
    for (DateTimeFormatter f : List.of(HTTP_DATE, DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850)) {
      try {
        return Instant.from(f.parse(v));
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    try {
      return Instant.from(ASCTIME.parse(v.replaceAll("\\s+", " ")));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * An answer serialised as the service writes it (its ObjectMapper: texts in the request's language, times in the
   * kabupaten's zone), for answers whose tag can only be the hash of their own bytes.
   */
  static byte[] json(com.fasterxml.jackson.databind.ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }

  static String httpDate(Instant t) {
    return HTTP_DATE.format(t);
  }
}
