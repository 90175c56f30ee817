package id.kinerja.deploy.testing.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One concrete request for an operation: path parameters, query, headers, body and bearer token. Immutable; the
 * {@code with…} methods return changed copies, which is how hostile variants are derived from a valid request.
 */
public final class ApiRequest {

  /** A part of a multipart body: a file (bytes, file name, declared type) or a text field. */
  public record Part(String name, byte[] content, String fileName, String mediaType) {

    public static Part text(String name, String value) {
      return new Part(name, value.getBytes(StandardCharsets.UTF_8), null, "text/plain");
    }

    public static Part file(String name, String fileName, String mediaType, byte[] content) {
      return new Part(name, content, fileName, mediaType);
    }
  }

  /** Bodies go out as the bytes given: no charset appended, a form content type not re-encoded as form fields. */
  private static final RestAssuredConfig RAW = RestAssured.config()
      .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
          .encodeContentTypeAs("application/x-www-form-urlencoded", io.restassured.http.ContentType.BINARY));

  private final ApiOperation operation;
  private final String method;
  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final String contentType;
  private final byte[] body;
  private final boolean chunked;
  private final List<Part> parts;
  private final String token;

  private ApiRequest(ApiOperation operation, String method, Map<String, String> pathParams, Map<String, String> query,
      Map<String, String> headers, String contentType, byte[] body, boolean chunked, List<Part> parts, String token) {
    this.operation = operation;
    this.method = method;
    this.pathParams = pathParams;
    this.query = query;
    this.headers = headers;
    this.contentType = contentType;
    this.body = body;
    this.chunked = chunked;
    this.parts = parts;
    this.token = token;
  }

  public static ApiRequest of(ApiOperation operation) {
    return new ApiRequest(operation, operation.method(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
        null, null, false, null, null);
  }

  private ApiRequest copy(String method, Map<String, String> pathParams, Map<String, String> query, Map<String, String> headers,
      String contentType, byte[] body, boolean chunked, List<Part> parts, String token) {
    return new ApiRequest(operation, method, pathParams, query, headers, contentType, body, chunked, parts, token);
  }

  public ApiOperation operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  public Map<String, String> pathParams() {
    return Map.copyOf(pathParams);
  }

  public Map<String, String> query() {
    return java.util.Collections.unmodifiableMap(query);
  }

  public Map<String, String> headers() {
    return java.util.Collections.unmodifiableMap(headers);
  }

  public String contentType() {
    return contentType;
  }

  /** The body as text (UTF-8), or null. */
  public String bodyText() {
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  public byte[] body() {
    return body;
  }

  public List<Part> parts() {
    return parts == null ? null : List.copyOf(parts);
  }

  public String token() {
    return token;
  }

  public ApiRequest withMethod(String m) {
    return copy(m, pathParams, query, headers, contentType, body, chunked, parts, token);
  }

  public ApiRequest withToken(String t) {
    return copy(method, pathParams, query, headers, contentType, body, chunked, parts, t);
  }

  public ApiRequest withPathParam(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(pathParams);
    m.put(name, value);
    return copy(method, m, query, headers, contentType, body, chunked, parts, token);
  }

  /** Sets (value not null) or removes (null) a query parameter. */
  public ApiRequest withQuery(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(query);
    if (value == null) {
      m.remove(name);
    } else {
      m.put(name, value);
    }
    return copy(method, pathParams, m, headers, contentType, body, chunked, parts, token);
  }

  /** Sets (value not null) or removes (null) a header. */
  public ApiRequest withHeader(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(headers);
    m.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    if (value != null) {
      m.put(name, value);
    }
    return copy(method, pathParams, query, m, contentType, body, chunked, parts, token);
  }

  public ApiRequest withBody(String contentType, String text) {
    return withBody(contentType, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  public ApiRequest withBody(String contentType, byte[] bytes) {
    return copy(method, pathParams, query, headers, contentType, bytes, false, null, token);
  }

  /** The same body under another Content-Type (null: no Content-Type header). */
  public ApiRequest withContentType(String type) {
    return copy(method, pathParams, query, headers, type, body, chunked, parts, token);
  }

  /** Sends the body with chunked transfer encoding (no Content-Length). */
  public ApiRequest chunked() {
    return copy(method, pathParams, query, headers, contentType, body, true, parts, token);
  }

  public ApiRequest withParts(List<Part> multipart) {
    return copy(method, pathParams, query, headers, "multipart/form-data", null, false, List.copyOf(multipart), token);
  }

  /** The path with every parameter percent-encoded (unreserved characters kept). */
  public String url() {
    String p = operation.path();
    for (Map.Entry<String, String> e : pathParams.entrySet()) {
      p = p.replace("{" + e.getKey() + "}", encode(e.getValue()));
    }
    if (!query.isEmpty()) {
      StringBuilder sb = new StringBuilder(p).append('?');
      query.forEach((k, v) -> sb.append(encode(k)).append('=').append(encode(v)).append('&'));
      p = sb.substring(0, sb.length() - 1);
    }
    return p;
  }

  static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  public Response send() {
    RequestSpecification spec = RestAssured.given().config(RAW).urlEncodingEnabled(false);
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    headers.forEach(spec::header);
    if (parts != null) {
      spec.contentType(contentType);
      for (Part part : parts) {
        if (part.fileName() == null) {
          spec.multiPart(new io.restassured.builder.MultiPartSpecBuilder(new String(part.content(), StandardCharsets.UTF_8))
              .controlName(part.name()).mimeType(part.mediaType()).charset(StandardCharsets.UTF_8).build());
        } else {
          spec.multiPart(new io.restassured.builder.MultiPartSpecBuilder(part.content()).controlName(part.name())
              .fileName(part.fileName()).mimeType(part.mediaType()).build());
        }
      }
    } else if (body != null) {
      if (contentType != null) {
        spec.contentType(contentType);
      }
      if (chunked) {
        spec.body(new ByteArrayInputStream(body));
      } else {
        spec.body(body);
      }
    } else if (contentType != null) {
      spec.contentType(contentType);
    }
    return spec.request(method, url());
  }

  /** A short description for failure messages (long values cut). */
  public String describe() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(cut(url(), 160));
    if (!headers.isEmpty()) {
      sb.append(" headers=").append(cut(headers.toString(), 120));
    }
    if (contentType != null) {
      sb.append(" [").append(contentType).append(']');
    }
    if (body != null) {
      sb.append(" body=").append(cut(new String(body, StandardCharsets.UTF_8), 200));
    }
    if (parts != null) {
      List<String> names = new ArrayList<>();
      parts.forEach(p -> names.add(p.name() + (p.fileName() == null ? "" : "(" + p.fileName() + ", " + p.mediaType() + ", "
          + p.content().length + " B)")));
      sb.append(" parts=").append(names);
    }
    return sb.toString();
  }

  /** The text on one line, cut to at most max characters (for labels and failure messages). */
  public static String cut(String s, int max) {
    if (s == null) {
      return "null";
    }
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…(" + s.length() + " chars)";
  }
}
