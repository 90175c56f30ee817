package id.kinerja.deploy.testing.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;

/**
 * Lints a service's OpenAPI document the way the portal and mobile teams consume it (the rules of Spectral's
 * {@code spectral:oas} set that matter to them, plus completeness): operations identified, described and tagged;
 * every response described; every error answered as problem+json with an example; every JSON body and success
 * answer with an example, every example valid against its schema; every parameter described with an example;
 * bearer security declared without scopes; contact and licence present. Returns one line per violation.
 */
public final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final java.util.regex.Pattern READABLE_OPERATION_ID = java.util.regex.Pattern.compile("[a-z]+([A-Z0-9][a-z0-9]*)+");

  private OpenApiContract() {
  }

  public static List<String> violations(String openApiJson) {
    JsonNode doc;
    try {
      doc = JSON.readTree(openApiJson);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    List<String> out = new ArrayList<>();
    if (!doc.at("/info/contact").isObject()) {
      out.add("info: no contact");
    }
    if (!doc.at("/info/license").isObject()) {
      out.add("info: no license");
    }
    if (!doc.path("servers").isArray() || doc.path("servers").isEmpty()) {
      out.add("servers: none declared");
    }
    for (JsonNode server : doc.path("servers")) {
      if (server.path("description").asText("").isBlank() || server.path("description").asText().contains("Auto generated")) {
        out.add("servers: " + server.path("url").asText() + " has no description of its own");
      }
    }
    multipleOf(doc, "", out);
    JsonNode schemes = doc.at("/components/securitySchemes");
    Set<String> operationIds = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        Map.Entry<String, JsonNode> e = ops.next();
        if (!METHODS.contains(e.getKey())) {
          continue;
        }
        String where = e.getKey().toUpperCase() + " " + path.getKey();
        JsonNode op = e.getValue();
        String id = op.path("operationId").asText("");
        if (id.isEmpty()) {
          out.add(where + ": no operationId");
        } else if (!operationIds.add(id)) {
          out.add(where + ": operationId " + id + " is not unique");
        } else if (!READABLE_OPERATION_ID.matcher(id).matches() || id.contains("Resource")) {
          out.add(where + ": operationId " + id + " is not a readable lowerCamelCase verb phrase (e.g. ambilLembarTriwulan)");
        }
        for (String field : List.of("summary", "description")) {
          if (op.path(field).asText("").isBlank()) {
            out.add(where + ": no " + field);
          }
        }
        if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
          out.add(where + ": no tags");
        }
        parameters(doc, where, op, out);
        if (op.has("requestBody")) {
          content(doc, where + " request body", op.at("/requestBody/content"), true, out);
        }
        security(where, path.getKey(), op, schemes, out);
        for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext();) {
          Map.Entry<String, JsonNode> r = rs.next();
          String at = where + " → " + r.getKey();
          JsonNode response = r.getValue();
          if (response.path("description").asText("").isBlank()) {
            out.add(at + ": no description");
          }
          boolean error = r.getKey().startsWith("4") || r.getKey().startsWith("5");
          if (error && !response.at("/content/application~1problem+json").isObject()) {
            out.add(at + ": an error must be answered as application/problem+json");
          }
          if (r.getKey().startsWith("2") || error) {
            content(doc, at, response.path("content"), error || r.getKey().startsWith("2"), out);
          }
        }
      }
    }
    return out;
  }

  /** A decimal step makes standard validators refuse ordinary decimals by floating-point error: state precision in words. */
  private static void multipleOf(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      if (node.has("multipleOf") && node.get("multipleOf").isNumber() && node.get("multipleOf").decimalValue().scale() > 0) {
        out.add(at + ": multipleOf " + node.get("multipleOf") + " (state the precision in words, x-max-decimals)");
      }
      node.fields().forEachRemaining(f -> multipleOf(f.getValue(), at + "/" + f.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        multipleOf(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static void parameters(JsonNode doc, String where, JsonNode op, List<String> out) {
    for (JsonNode p : op.path("parameters")) {
      String name = p.path("in").asText() + " " + p.path("name").asText();
      JsonNode schema = p.path("schema");
      if ("integer".equals(schema.path("type").asText()) && (!schema.has("minimum") || !schema.has("maximum"))) {
        out.add(where + " parameter " + name + ": an integer parameter states its bounds (minimum and maximum)");
      }
      if (p.path("description").asText("").isBlank()) {
        out.add(where + " parameter " + name + ": no description");
      }
      boolean hasExample = p.has("example") || p.has("examples") || p.at("/schema/example").isValueNode()
          || p.at("/schema/examples").isArray() || p.at("/schema/default").isValueNode() || p.at("/schema/enum").isArray();
      if (!hasExample) {
        out.add(where + " parameter " + name + ": no example");
      }
    }
  }

  private static void security(String where, String path, JsonNode op, JsonNode schemes, List<String> out) {
    if (!path.startsWith("/api/")) {
      return;
    }
    if (!op.path("security").isArray() || op.path("security").isEmpty()) {
      out.add(where + ": no security requirement");
      return;
    }
    for (JsonNode requirement : op.path("security")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> s = it.next();
        JsonNode scheme = schemes.path(s.getKey());
        if (!scheme.isObject()) {
          out.add(where + ": security scheme " + s.getKey() + " is not defined");
        } else if ("http".equals(scheme.path("type").asText()) && !s.getValue().isEmpty()) {
          out.add(where + ": an http security scheme takes no scopes (" + s.getValue() + ")");
        }
      }
    }
  }

  private static void content(JsonNode doc, String at, JsonNode content, boolean exampleRequired, List<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> media = it.next();
      String type = media.getKey();
      if (!type.contains("json")) {
        continue;
      }
      JsonNode m = media.getValue();
      List<JsonNode> examples = new ArrayList<>();
      if (m.has("example")) {
        examples.add(m.get("example"));
      }
      m.path("examples").forEach(ex -> {
        if (ex.has("value")) {
          examples.add(ex.get("value"));
        }
      });
      if (examples.isEmpty() && exampleRequired) {
        out.add(at + " (" + type + "): no example");
      }
      for (JsonNode example : examples) {
        JsonNode value = example;
        if (example.isTextual() && (example.asText().trim().startsWith("{") || example.asText().trim().startsWith("["))) {
          // SmallRye keeps an example as text when it is not valid JSON: that is a broken example.
          try {
            value = JSON.readTree(example.asText());
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            out.add(at + " (" + type + "): example is not valid JSON: " + e.getOriginalMessage());
            continue;
          }
        }
        if (m.has("schema")) {
          for (String problem : validate(doc, m.get("schema"), value)) {
            out.add(at + " (" + type + "): example breaks the schema: " + problem);
          }
        }
      }
    }
  }

  private static List<String> validate(JsonNode doc, JsonNode schema, JsonNode value) {
    List<String> problems = new ArrayList<>();
    for (Error e : ContractValidator.compile(doc.path("components"), schema).validate(value)) {
      problems.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    return problems;
  }
}
