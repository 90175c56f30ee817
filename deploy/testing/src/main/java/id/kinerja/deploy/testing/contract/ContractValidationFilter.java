package id.kinerja.deploy.testing.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer a service test receives through REST Assured is checked against the service's OpenAPI document
 * ({@link ContractValidator}): an answer that breaks the contract fails the test that received it. Installed once
 * per test JVM by {@link #install()} (the local-stack test resource does it).
 */
public final class ContractValidationFilter implements Filter {

  private static final ContractValidationFilter INSTANCE = new ContractValidationFilter();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Map<String, ContractValidator> documents = new ConcurrentHashMap<>();
  private final AtomicLong checked = new AtomicLong();

  private ContractValidationFilter() {
  }

  /** Adds the filter to REST Assured's default filters, once. */
  public static synchronized void install() {
    if (!RestAssured.filters().contains(INSTANCE)) {
      RestAssured.filters(INSTANCE);
    }
  }

  /** Answers checked so far in this JVM. */
  public static long checked() {
    return INSTANCE.checked.get();
  }

  @Override
  public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    Response response = ctx.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    if (!isApi(uri)) {
      return response;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : response.getHeaders()) {
      headers.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b);
    }
    String body = response.getContentType() != null && response.getContentType().contains("json") ? response.asString() : "";
    verify(request.getMethod(), uri, response.getStatusCode(), headers, body);
    return response;
  }

  /**
   * The same check for an answer received by another HTTP client ({@code java.net.http}): throws an AssertionError
   * naming every way the answer breaks the service's document. {@code url} is the full request URL.
   */
  public static void check(String method, String url, int status, Map<String, String> headers, String body) {
    URI uri = URI.create(url);
    if (!isApi(uri)) {
      return;
    }
    String contentType = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
        .map(Map.Entry::getValue).findFirst().orElse("");
    INSTANCE.verify(method, uri, status, headers, contentType.contains("json") ? body : "");
  }

  private static boolean isApi(URI uri) {
    return uri.getPath().startsWith("/api/");
  }

  /** Checks the answer against the document of the service at the URI's origin (read once); {@code body}: JSON or "". */
  private void verify(String method, URI uri, int status, Map<String, String> headers, String body) {
    ContractValidator validator = documents.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
        ContractValidationFilter::load);
    List<String> problems = validator.check(method, uri.getRawPath(), status, headers, body);
    checked.incrementAndGet();
    if (!problems.isEmpty()) {
      throw new AssertionError("The answer breaks the OpenAPI contract:\n  " + String.join("\n  ", problems)
          + "\nBody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
    }
  }

  private static ContractValidator load(String base) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + base + "/q/openapi answered " + r.statusCode());
      }
      return new ContractValidator(r.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read the OpenAPI document of " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
