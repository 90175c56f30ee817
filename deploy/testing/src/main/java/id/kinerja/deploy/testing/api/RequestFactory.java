package id.kinerja.deploy.testing.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * Builds a valid request for any operation, on the resources of one kecamatan ("A") and its kabupaten: from the
 * document's examples, with the example codes relocated to the test's own codes, and with what a test supplies
 * (ids that only exist at run time, bodies, query values). Headers: a fresh {@code Idempotency-Key} where the
 * operation declares one; {@code If-Match} read live from the resource (the longest GET path that is a prefix of
 * the operation's path) when a reader token is given.
 */
public final class RequestFactory {

  private static final String ALL = "*";

  private final List<String[]> relocations = new ArrayList<>();
  private final Map<String, Map<String, Supplier<String>>> pathValues = new HashMap<>();
  private final Map<String, Map<String, Supplier<String>>> queryValues = new HashMap<>();
  private final Map<String, Map<String, Supplier<String>>> headerValues = new HashMap<>();
  private final Map<String, Supplier<String>> bodies = new HashMap<>();
  private final Map<String, UnaryOperator<ApiRequest>> customizers = new HashMap<>();
  private String etagReader;

  /**
   * Replaces a code of the examples (and its extensions: "35.02" also turns "35.02.14" into "&lt;to&gt;.14") in path
   * values, query values and bodies. Add the longer codes first.
   */
  public RequestFactory relocate(String from, String to) {
    relocations.add(new String[] { from, to });
    return this;
  }

  /** A path parameter's value for every operation. */
  public RequestFactory path(String name, Supplier<String> value) {
    return path(ALL, name, value);
  }

  public RequestFactory path(String operationKey, String name, Supplier<String> value) {
    pathValues.computeIfAbsent(operationKey, k -> new HashMap<>()).put(name, value);
    return this;
  }

  /** A query parameter sent with the operation (optional ones are otherwise left out). */
  public RequestFactory query(String operationKey, String name, Supplier<String> value) {
    queryValues.computeIfAbsent(operationKey, k -> new HashMap<>()).put(name, value);
    return this;
  }

  public RequestFactory header(String operationKey, String name, Supplier<String> value) {
    headerValues.computeIfAbsent(operationKey, k -> new HashMap<>()).put(name, value);
    return this;
  }

  public RequestFactory body(String operationKey, Supplier<String> json) {
    bodies.put(operationKey, json);
    return this;
  }

  /** A last change to the built request (e.g. a multipart body). */
  public RequestFactory customize(String operationKey, UnaryOperator<ApiRequest> change) {
    customizers.put(operationKey, change);
    return this;
  }

  /** Read If-Match values live with this token (one that may read every resource of the kabupaten). */
  public RequestFactory etagsReadWith(String token) {
    this.etagReader = token;
    return this;
  }

  /** The text with every relocation applied to quoted codes and code prefixes. */
  public String relocated(String text) {
    String out = text;
    for (String[] r : relocations) {
      out = out.replace("\"" + r[0] + "\"", "\"" + r[1] + "\"").replace("\"" + r[0] + ".", "\"" + r[1] + ".");
    }
    return out;
  }

  /** A single value relocated (exact code or a longer code starting with it). */
  public String relocatedValue(String value) {
    for (String[] r : relocations) {
      if (value.equals(r[0]) || value.startsWith(r[0] + ".")) {
        return r[1] + value.substring(r[0].length());
      }
    }
    return value;
  }

  private static Supplier<String> lookup(Map<String, Map<String, Supplier<String>>> values, String key, String name) {
    Map<String, Supplier<String>> specific = values.get(key);
    if (specific != null && specific.containsKey(name)) {
      return specific.get(name);
    }
    Map<String, Supplier<String>> all = values.get(ALL);
    return all == null ? null : all.get(name);
  }

  /** A request the operation accepts for kecamatan A (without token). */
  public ApiRequest build(ApiOperation op) {
    ApiRequest r = ApiRequest.of(op);
    for (ApiOperation.Parameter p : op.parameters("path")) {
      r = r.withPathParam(p.name(), value(op, p, pathValues));
    }
    for (ApiOperation.Parameter p : op.parameters("query")) {
      Supplier<String> s = lookup(queryValues, op.key(), p.name());
      if (s != null) {
        r = r.withQuery(p.name(), s.get());
      } else if (p.required()) {
        r = r.withQuery(p.name(), value(op, p, queryValues));
      }
    }
    for (ApiOperation.Parameter p : op.parameters("header")) {
      Supplier<String> s = lookup(headerValues, op.key(), p.name());
      if (s != null) {
        r = r.withHeader(p.name(), s.get());
      } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
        r = r.withHeader(p.name(), UUID.randomUUID().toString());
      } else if (p.name().equalsIgnoreCase("If-Match")) {
        String etag = currentEtag(op, r);
        if (etag != null) {
          r = r.withHeader(p.name(), etag);
        } else if (p.required() && !p.example().isMissingNode()) {
          r = r.withHeader(p.name(), p.example().asText());
        }
      } else if (p.required() && !p.example().isMissingNode()) {
        r = r.withHeader(p.name(), p.example().asText());
      }
    }
    if (op.body().isPresent()) {
      ApiOperation.Body b = op.body().get();
      Supplier<String> s = bodies.get(op.key());
      if (s != null) {
        r = r.withBody(b.mediaType(), s.get());
      } else if (b.json()) {
        JsonNode example = b.examples().isEmpty() ? sample(op.api(), b.schema(), 0) : b.examples().get(0);
        r = r.withBody(b.mediaType(), relocated(example.toString()));
      }
    }
    UnaryOperator<ApiRequest> c = customizers.get(op.key());
    return c == null ? r : c.apply(r);
  }

  private String value(ApiOperation op, ApiOperation.Parameter p, Map<String, Map<String, Supplier<String>>> values) {
    Supplier<String> s = lookup(values, op.key(), p.name());
    if (s != null) {
      return s.get();
    }
    if (!p.example().isMissingNode() && !p.example().isNull()) {
      return relocatedValue(p.example().asText());
    }
    JsonNode sample = sample(op.api(), p.schema(), 0);
    return sample.isTextual() ? sample.asText() : sample.toString();
  }

  /** The ETag of the resource the operation changes, read with the reader token; null when there is none. */
  private String currentEtag(ApiOperation op, ApiRequest r) {
    if (etagReader == null) {
      return null;
    }
    ApiOperation resource = null;
    for (ApiOperation candidate : op.api().all()) {
      if (candidate.method().equals("GET") && (op.path().equals(candidate.path()) || op.path().startsWith(candidate.path() + "/"))
          && (resource == null || candidate.path().length() > resource.path().length())) {
        resource = candidate;
      }
    }
    if (resource == null) {
      return null;
    }
    ApiRequest get = ApiRequest.of(resource).withToken(etagReader);
    for (ApiOperation.Parameter p : resource.parameters("path")) {
      get = get.withPathParam(p.name(), r.pathParams().get(p.name()));
    }
    Response answer = get.send();
    return answer.statusCode() == 200 ? answer.header("ETag") : null;
  }

  /** A minimal value for a schema: its example, else the first enum value, else a typed default; objects get their required properties. */
  static JsonNode sample(ApiOperations api, JsonNode schema, int depth) {
    JsonNode s = api.resolve(schema);
    if (s.path("examples").isArray() && !s.path("examples").isEmpty()) {
      return s.path("examples").get(0);
    }
    if (s.has("example")) {
      return s.get("example");
    }
    if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
      return s.path("enum").get(0);
    }
    switch (ApiOperations.typeOf(s)) {
      case "object" -> {
        ObjectNode o = ApiOperations.JSON.createObjectNode();
        if (depth < 8) {
          ApiOperations.strings(s.path("required")).forEach(name -> o.set(name, sample(api, s.path("properties").path(name), depth + 1)));
        }
        return o;
      }
      case "array" -> {
        ArrayNode a = ApiOperations.JSON.createArrayNode();
        if (s.path("minItems").asInt(0) > 0 && depth < 8) {
          a.add(sample(api, s.path("items"), depth + 1));
        }
        return a;
      }
      case "integer" -> {
        return ApiOperations.JSON.getNodeFactory().numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1L);
      }
      case "number" -> {
        return ApiOperations.JSON.getNodeFactory().numberNode(1);
      }
      case "boolean" -> {
        return ApiOperations.JSON.getNodeFactory().booleanNode(false);
      }
      default -> {
        return ApiOperations.JSON.getNodeFactory().textNode("x");
      }
    }
  }
}
