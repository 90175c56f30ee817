package id.kinerja.deploy.testing.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * What a browser portal and a phone need from every service, checked the same way for each: CORS preflight for an
 * admitted origin (methods, the request headers the API uses, the answer headers the portal must read exposed), no
 * CORS for another origin, the language of the answer named, and compression of large answers only.
 */
public final class BrowserAccess {

  /** Admitted by the %test profile of every service (and the localhost pattern of dev and the launcher). */
  public static final String PORTAL = "https://portal.kab-uji.go.id";
  public static final String LOCAL_PORTAL = "http://localhost:5173";
  public static final String OTHER = "https://bukan-portal.example";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private BrowserAccess() {
  }

  /** A preflight for a write from an admitted origin is answered with everything the browser needs. */
  public static void admitsPreflight(String origin, String path, String method) {
    RestAssured.given().header("Origin", origin).header("Access-Control-Request-Method", method)
        .header("Access-Control-Request-Headers", "authorization,content-type,if-match,if-none-match,idempotency-key,accept-language")
        .options(path).then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo(origin))
        .header("Access-Control-Allow-Methods", containsString(method))
        .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"))
        .header("Access-Control-Allow-Headers", containsStringIgnoringCase("idempotency-key"))
        .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
  }

  /** An answer to a request from an admitted origin lets the portal read ETag, Location and the others. */
  public static void exposesHeaders(String origin, String path, String token) {
    var spec = RestAssured.given().header("Origin", origin);
    if (token != null) {
      spec = spec.auth().oauth2(token);
    }
    spec.get(path).then()
        .header("Access-Control-Allow-Origin", equalTo(origin))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("Location"))
        .header("Access-Control-Expose-Headers", containsString("Idempotency-Replayed"))
        .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
        .header("Access-Control-Expose-Headers", containsString("Retry-After"));
  }

  /** Another origin gets no CORS headers: the browser keeps the answer from its page. */
  public static void refusesOtherOrigin(String path) {
    RestAssured.given().header("Origin", OTHER).header("Access-Control-Request-Method", "PUT").options(path).then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  /** Status, Content-Encoding and body length of a GET with these headers, without decoding the body. */
  public record Raw(int status, String contentEncoding, String contentLanguage, String vary, int bodyBytes) {
  }

  public static Raw get(String url, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    headers.forEach(b::header);
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(r.statusCode(), r.headers().firstValue("Content-Encoding").orElse(null),
          r.headers().firstValue("Content-Language").orElse(null), r.headers().firstValue("Vary").orElse(null),
          r.body().length);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
