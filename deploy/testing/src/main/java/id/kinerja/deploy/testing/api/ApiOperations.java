package id.kinerja.deploy.testing.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;

/**
 * The operations of a running service, read from its own OpenAPI document ({@code GET /q/openapi?format=json}), so
 * that a test iterating over them covers every endpoint, including one added tomorrow. Schemas are resolved through
 * {@code $ref}, {@code anyOf}/{@code oneOf} with null and type lists with null.
 */
public final class ApiOperations {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final JsonNode document;
  private final List<ApiOperation> operations = new ArrayList<>();

  private ApiOperations(JsonNode document) {
    this.document = document;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          operations.add(new ApiOperation(this, op.getKey().toUpperCase(), path.getKey(), op.getValue(), path.getValue()));
        }
      }
    }
  }

  /** The document of the service under test (REST Assured is pointed at it by {@code @QuarkusTest}). */
  public static ApiOperations load() {
    String json = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
        .extract().asString();
    return parse(json);
  }

  public static ApiOperations parse(String json) {
    try {
      return new ApiOperations(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
    }
  }

  public JsonNode document() {
    return document;
  }

  public List<ApiOperation> all() {
    return List.copyOf(operations);
  }

  /** Operations whose path starts with the prefix (e.g. "/api/"), in document order. */
  public List<ApiOperation> under(String prefix) {
    return operations.stream().filter(o -> o.path().startsWith(prefix)).toList();
  }

  public Optional<ApiOperation> find(String key) {
    return operations.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  /** Paths with the methods they declare. */
  public Map<String, Set<String>> methodsByPath() {
    Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
    operations.forEach(o -> out.computeIfAbsent(o.path(), p -> new LinkedHashSet<>()).add(o.method()));
    return out;
  }

  /**
   * The schema with references followed and nullable wrappers removed: {@code $ref} is replaced by its target
   * (sibling keywords such as description or examples kept), {@code anyOf}/{@code oneOf} of one schema and null
   * becomes that schema, and {@code "type": ["string", "null"]} becomes {@code "type": "string"}. Returns a
   * missing node for null input.
   */
  public JsonNode resolve(JsonNode schema) {
    return resolve(schema, 0);
  }

  private JsonNode resolve(JsonNode schema, int depth) {
    if (schema == null || schema.isMissingNode() || schema.isNull() || !schema.isObject() || depth > 20) {
      return schema == null ? JSON.missingNode() : schema;
    }
    ObjectNode out = JSON.createObjectNode();
    if (schema.has("$ref")) {
      JsonNode target = resolve(document.at(schema.get("$ref").asText().substring(1)), depth + 1);
      if (target.isObject()) {
        out.setAll((ObjectNode) target.deepCopy());
      }
    }
    for (String wrapper : List.of("anyOf", "oneOf", "allOf")) {
      JsonNode list = schema.path(wrapper);
      if (list.isArray()) {
        List<JsonNode> real = new ArrayList<>();
        list.forEach(s -> {
          if (!"null".equals(s.path("type").asText())) {
            real.add(s);
          }
        });
        if (real.size() == 1 || "allOf".equals(wrapper)) {
          real.forEach(s -> {
            JsonNode r = resolve(s, depth + 1);
            if (r.isObject()) {
              r.fields().forEachRemaining(f -> out.putIfAbsent(f.getKey(), f.getValue()));
            }
          });
        }
      }
    }
    schema.fields().forEachRemaining(f -> {
      if (!List.of("$ref", "anyOf", "oneOf", "allOf").contains(f.getKey())) {
        out.set(f.getKey(), f.getValue());
      }
    });
    JsonNode type = out.path("type");
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> {
        if (!"null".equals(t.asText())) {
          types.add(t.asText());
        }
      });
      if (types.size() == 1) {
        out.put("type", types.get(0));
      }
    }
    return out;
  }

  /** The type of a resolved schema: "object", "array", "string", "integer", "number", "boolean", or "" if unknown. */
  public static String typeOf(JsonNode resolved) {
    JsonNode t = resolved.path("type");
    if (t.isTextual()) {
      return t.asText();
    }
    if (resolved.has("properties")) {
      return "object";
    }
    if (resolved.has("items")) {
      return "array";
    }
    if (resolved.has("enum")) {
      return "string";
    }
    return "";
  }

  /** Property schemas of an object schema, resolved. */
  public JsonNode property(JsonNode objectSchema, String name) {
    return resolve(objectSchema.path("properties").path(name));
  }

  public JsonNode items(JsonNode arraySchema) {
    return resolve(arraySchema.path("items"));
  }

  static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
