package id.kinerja.deploy.testing.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks one answer of a service against the service's own OpenAPI document, as strictly as a generated typed
 * client would need: the status is declared for the operation, the media type is declared for that status, the
 * headers that carry meaning (ETag, Location, Retry-After …) are declared, and a JSON body validates against the
 * declared schema with every object closed (no property the schema does not name), every required property present,
 * types, enums and nullability as declared. Returns one line per problem; empty when the answer conforms.
 */
public final class ContractValidator {

  /** Headers whose presence a client relies on: an answer that has one must declare it. */
  public static final List<String> MEANINGFUL_HEADERS = List.of("ETag", "Last-Modified", "Location", "Retry-After",
      "Content-Disposition", "Idempotency-Replayed", "Content-Language");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;
  private final JsonNode strictComponents;
  private final List<Route> routes = new ArrayList<>();
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private record Route(String template, Pattern pattern, int literalLength, JsonNode item) {
  }

  public ContractValidator(String openApiJson) {
    try {
      this.document = JSON.readTree(openApiJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
    }
    this.strictComponents = closeObjects(document.path("components").deepCopy());
    for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> p = it.next();
      String regex = Pattern.quote(p.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      routes.add(new Route(p.getKey(), Pattern.compile(regex), p.getKey().replaceAll("\\{[^}/]+}", "").length(), p.getValue()));
    }
    // Of two templates that match, the one with more literal text wins (/kecamatan/{k}/audit over /kecamatan/{k}/{t}).
    routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
  }

  /** The operation of a method and a concrete path ("GET /api/kecamatan/35.02.08/realisasi/2024/2"), if declared. */
  public Optional<String> operation(String method, String path) {
    return route(method, path).map(r -> method.toUpperCase(Locale.ROOT) + " " + r.template());
  }

  /**
   * @param headers answer headers (any case); {@code body} may be null or empty
   */
  public List<String> check(String method, String path, int status, Map<String, String> headers, String body) {
    List<String> out = new ArrayList<>();
    Optional<Route> route = route(method, path);
    if (route.isEmpty()) {
      return out; // Not an operation of this document (a 404 for an unknown path is checked elsewhere).
    }
    String where = method.toUpperCase(Locale.ROOT) + " " + route.get().template() + " → " + status;
    JsonNode op = route.get().item().path(method.toLowerCase(Locale.ROOT));
    JsonNode response = op.path("responses").path(Integer.toString(status));
    if (response.isMissingNode()) {
      response = op.path("responses").path("default");
    }
    if (response.isMissingNode()) {
      out.add(where + ": status not declared (declared: " + fieldNames(op.path("responses")) + ")");
      return out;
    }
    JsonNode declaredHeaders = response.path("headers");
    for (String h : MEANINGFUL_HEADERS) {
      if (header(headers, h) != null && !has(declaredHeaders, h) && !"Content-Language".equals(h)) {
        out.add(where + ": header " + h + " is sent but not declared");
      }
    }
    String contentType = header(headers, "Content-Type");
    boolean hasBody = body != null && !body.isEmpty();
    if (!hasBody || status == 304 || status == 204) {
      return out;
    }
    String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    JsonNode content = response.path("content");
    JsonNode declared = content.path(media);
    if (declared.isMissingNode()) {
      out.add(where + ": media type " + media + " not declared (declared: " + fieldNames(content) + ")");
      return out;
    }
    if (!media.contains("json")) {
      return out;
    }
    JsonNode value;
    try {
      value = JSON.readTree(body);
    } catch (IOException e) {
      out.add(where + ": the body is not JSON");
      return out;
    }
    JsonNode schema = declared.path("schema");
    if (schema.isMissingNode()) {
      out.add(where + ": no schema for " + media);
      return out;
    }
    for (Error e : schema(where + " " + media, schema).validate(value)) {
      out.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage());
    }
    return out;
  }

  private Schema schema(String key, JsonNode schema) {
    return compiled.computeIfAbsent(key, k -> compile(strictComponents, closeObjects(schema.deepCopy())));
  }

  /**
   * A schema of an OpenAPI document as a JSON Schema (2020-12) of its own: the document's components beside it, so
   * that its {@code #/components/schemas/…} references resolve.
   */
  static Schema compile(JsonNode components, JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", components);
    schema.fields().forEachRemaining(f -> root.set(f.getKey(), f.getValue()));
    return SCHEMAS.getSchema(root);
  }

  /**
   * Every object schema that names its properties and says nothing of others gets {@code unevaluatedProperties:
   * false}: a property the document does not declare is a property a typed client cannot see.
   */
  static JsonNode closeObjects(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.has("properties") && !o.has("additionalProperties") && !o.has("unevaluatedProperties")) {
        o.put("unevaluatedProperties", false);
      }
      o.fields().forEachRemaining(f -> closeObjects(f.getValue()));
    } else if (node instanceof ArrayNode a) {
      a.forEach(ContractValidator::closeObjects);
    }
    return node;
  }

  private Optional<Route> route(String method, String path) {
    String m = method.toLowerCase(Locale.ROOT);
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return routes.stream().filter(r -> r.pattern().matcher(p).matches() && r.item().has(m)).findFirst();
  }

  private static String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  private static boolean has(JsonNode object, String name) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
      if (it.next().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
