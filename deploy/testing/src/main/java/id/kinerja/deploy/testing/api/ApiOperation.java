package id.kinerja.deploy.testing.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the OpenAPI document: method, path template, parameters, request body, roles. */
public final class ApiOperation {

  /** A declared parameter, its schema resolved. */
  public record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {

    public String type() {
      return ApiOperations.typeOf(schema);
    }
  }

  /** The declared request body: media types, the schema of the first one (resolved), its examples. */
  public record Body(List<String> mediaTypes, JsonNode schema, List<JsonNode> examples, boolean required) {

    public String mediaType() {
      return mediaTypes.get(0);
    }

    public boolean json() {
      return mediaType().contains("json");
    }

    public boolean multipart() {
      return mediaType().startsWith("multipart/");
    }
  }

  private final ApiOperations api;
  private final String method;
  private final String path;
  private final JsonNode node;
  private final List<Parameter> parameters = new ArrayList<>();
  private final Body body;
  private final Set<String> roles = new LinkedHashSet<>();
  private final Set<String> produces = new LinkedHashSet<>();

  ApiOperation(ApiOperations api, String method, String path, JsonNode node, JsonNode pathItem) {
    this.api = api;
    this.method = method;
    this.path = path;
    this.node = node;
    List<JsonNode> declared = new ArrayList<>();
    pathItem.path("parameters").forEach(declared::add);
    node.path("parameters").forEach(declared::add);
    for (JsonNode p : declared) {
      JsonNode resolved = api.resolve(p);
      JsonNode schema = api.resolve(resolved.path("schema"));
      JsonNode example = resolved.has("example") ? resolved.get("example")
          : schema.path("examples").isArray() && !schema.path("examples").isEmpty() ? schema.path("examples").get(0)
              : schema.path("example");
      parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
          resolved.path("required").asBoolean(false) || "path".equals(resolved.path("in").asText()), schema, example));
    }
    JsonNode rb = api.resolve(node.path("requestBody"));
    if (rb.isObject() && rb.path("content").isObject() && !rb.path("content").isEmpty()) {
      List<String> types = new ArrayList<>();
      rb.path("content").fieldNames().forEachRemaining(types::add);
      JsonNode media = rb.path("content").path(types.get(0));
      List<JsonNode> examples = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = media.path("examples").fields(); it.hasNext();) {
        JsonNode e = api.resolve(it.next().getValue());
        if (e.has("value")) {
          examples.add(e.get("value"));
        }
      }
      if (media.has("example")) {
        examples.add(media.get("example"));
      }
      body = new Body(List.copyOf(types), api.resolve(media.path("schema")), examples, rb.path("required").asBoolean(false));
    } else {
      body = null;
    }
    // Roles: the x-roles extension, or the scopes of the security requirements (SmallRye lists @RolesAllowed there).
    node.path("x-roles").forEach(r -> roles.add(r.asText()));
    if (roles.isEmpty()) {
      node.path("security").forEach(req -> req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
    }
    node.path("responses").fields().forEachRemaining(r -> {
      if (r.getKey().startsWith("2")) {
        r.getValue().path("content").fieldNames().forEachRemaining(produces::add);
      }
    });
  }

  public ApiOperations api() {
    return api;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** "PUT /api/kabupaten/{kode}": the key tests classify operations by. */
  public String key() {
    return method + " " + path;
  }

  public JsonNode node() {
    return node;
  }

  public List<Parameter> parameters() {
    return List.copyOf(parameters);
  }

  public List<Parameter> parameters(String in) {
    return parameters.stream().filter(p -> p.in().equals(in)).toList();
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<Body> body() {
    return Optional.ofNullable(body);
  }

  /** Roles the document declares for the operation (from @RolesAllowed). */
  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  /** Media types of the success answers. */
  public Set<String> produces() {
    return Set.copyOf(produces);
  }

  public boolean producesJson() {
    return produces.stream().anyMatch(t -> t.contains("json"));
  }

  /** Declared error statuses (4xx, 5xx). */
  public Set<Integer> declaredErrors() {
    Set<Integer> out = new LinkedHashSet<>();
    node.path("responses").fieldNames().forEachRemaining(code -> {
      if (code.matches("[45]\\d\\d")) {
        out.add(Integer.parseInt(code));
      }
    });
    return out;
  }

  public boolean hasInput() {
    return body != null || !parameters.isEmpty();
  }

  @Override
  public String toString() {
    return key();
  }
}
