package id.kinerja.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three documents together, as a portal that uses all three clients sees them: operationIds unique across the
 * services (a generated method name says which operation it is), and the share of answer properties that are required
 * (printed: a typed client sees an optional property as "maybe absent").
 */
class ContractDocumentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void operationIdsAreUniqueAcrossTheThreeServices() throws Exception {
    Map<String, String> seen = new HashMap<>();
    for (String service : SpectralLintTest.DOCUMENTS) {
      JsonNode doc = read(service);
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
        Map.Entry<String, JsonNode> p = paths.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
          Map.Entry<String, JsonNode> op = ops.next();
          String id = op.getValue().path("operationId").asText("");
          if (id.isEmpty()) {
            continue;
          }
          String where = service + " " + op.getKey().toUpperCase() + " " + p.getKey();
          String other = seen.put(id, where);
          assertThat(other).as("operationId %s of %s is also used by %s", id, where, other).isNull();
        }
      }
    }
    assertThat(seen).isNotEmpty();
  }

  @Test
  void answerPropertiesAreRequiredUnlessTheyMayBeAbsent() throws Exception {
    for (String service : SpectralLintTest.DOCUMENTS) {
      JsonNode doc = read(service);
      int[] counts = new int[3]; // properties, required, nullable
      for (JsonNode schema : answerSchemas(doc)) {
        List<String> required = JSON.convertValue(schema.path("required"), JSON.getTypeFactory()
            .constructCollectionType(List.class, String.class));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> p = it.next();
          counts[0]++;
          if (required != null && required.contains(p.getKey())) {
            counts[1]++;
          }
          if (p.getValue().path("type").toString().contains("\"null\"") || p.getValue().path("anyOf").toString().contains("\"null\"")) {
            counts[2]++;
          }
        }
      }
      System.out.printf("%s: %d answer properties, %d required (%.1f %%), %d nullable%n", service, counts[0], counts[1],
          100.0 * counts[1] / Math.max(1, counts[0]), counts[2]);
      assertThat(counts[0]).isPositive();
    }
  }

  /** Component schemas reached from a response (transitively), as objects with properties. */
  static List<JsonNode> answerSchemas(JsonNode doc) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (JsonNode item : doc.path("paths")) {
      for (JsonNode op : item) {
        for (JsonNode response : op.path("responses")) {
          refs(response, doc, names);
        }
      }
    }
    return names.stream().map(n -> doc.path("components").path("schemas").path(n))
        .filter(s -> s.has("properties")).toList();
  }

  private static void refs(JsonNode node, JsonNode doc, java.util.Set<String> names) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
        String name = ref.asText().substring("#/components/schemas/".length());
        if (names.add(name)) {
          refs(doc.path("components").path("schemas").path(name), doc, names);
        }
      }
      node.forEach(n -> refs(n, doc, names));
    } else if (node.isArray()) {
      node.forEach(n -> refs(n, doc, names));
    }
  }

  private static JsonNode read(String service) throws Exception {
    return JSON.readTree(Files.readString(Npm.projectRoot().resolve("docs/api/" + service + ".openapi.json")));
  }
}
