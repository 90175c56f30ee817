package id.kinerja.planning.domain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;

/**
 * Structural validation of plan documents against docs/planning/rencana-import.v1.schema.json (a copy on the
 * classpath under {@code planning-schemas/}). The whole document, and the parts the REST endpoints accept on their
 * own (a Renstra, a kecamatan, a PK draft, a scale), are checked against the same definitions, so both paths refuse
 * the same things. Every error becomes a {@link FieldViolation} with a JSON path such as
 * {@code perjanjianKinerja[1].sasaran[0].indikator[2].target.nilai} and a stable rule code.
 */
public final class DokumenSchema {

  public static final String RESOURCE = "planning-schemas/rencana-import.v1.schema.json";

  /** The parts of the document that can be validated alone. */
  public enum Part {
    DOKUMEN, KECAMATAN, RENSTRA, PK_DRAFT, SKALA
  }

  private static final JsonNode ROOT = load();
  private static final Set<String> KNOWN_PROPERTIES = knownProperties(ROOT);
  private static final Map<Part, Schema> SCHEMAS = new LinkedHashMap<>();
  /** Each schema document by its $id, to look up the branch an error comes from. */
  private static final Map<String, JsonNode> ROOTS = new HashMap<>();

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    ROOTS.put(ROOT.get("$id").asText(), ROOT);
    SCHEMAS.put(Part.DOKUMEN, registry.getSchema(ROOT));
    SCHEMAS.put(Part.KECAMATAN, registry.getSchema(part(ROOT.at("/properties/kecamatan"), "kecamatan")));
    SCHEMAS.put(Part.RENSTRA, registry.getSchema(part(ROOT.at("/properties/renstra"), "renstra")));
    // A draft PK: the document's PK without versi and ditetapkan (the service assigns them).
    ObjectNode pk = ROOT.at("/$defs/pk").deepCopy();
    ((ObjectNode) pk.get("properties")).remove(List.of("versi", "ditetapkan"));
    ArrayNode required = pk.putArray("required");
    ROOT.at("/$defs/pk/required").forEach(r -> {
      if (!r.asText().equals("versi") && !r.asText().equals("ditetapkan")) {
        required.add(r);
      }
    });
    SCHEMAS.put(Part.PK_DRAFT, registry.getSchema(part(pk, "pk-draft")));
    ObjectNode skala = ROOT.at("/properties/skalaPredikat/items").deepCopy();
    ((ObjectNode) skala.get("properties")).remove(List.of("tahun", "tujuan"));
    skala.putArray("required").add("bands");
    SCHEMAS.put(Part.SKALA, registry.getSchema(part(skala, "skala")));
  }

  private DokumenSchema() {
  }

  /** Every structural error of {@code instance} as the given part; empty when it conforms. */
  public static List<FieldViolation> validate(Part part, JsonNode instance) {
    Consumer<ExecutionContext> formats = ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true));
    return translate(SCHEMAS.get(part).validate(instance, formats));
  }

  /** The schema text, for the documentation endpoint and tests. */
  public static JsonNode schema() {
    return ROOT;
  }

  /** A schema whose root is one definition of the document, with every $defs it refers to. */
  private static JsonNode part(JsonNode target, String name) {
    ObjectNode node = CanonicalJson.MAPPER.createObjectNode();
    node.put("$schema", ROOT.get("$schema").asText());
    node.put("$id", "https://kinerja.id/planning/rencana-import.v1." + name + ".schema.json");
    ObjectNode defs = ((ObjectNode) ROOT.get("$defs")).deepCopy();
    defs.set("__part", target);
    node.set("$defs", defs);
    node.put("$ref", "#/$defs/__part");
    ROOTS.put(node.get("$id").asText(), node);
    return node;
  }

  static List<FieldViolation> translate(List<Error> errors) {
    // oneOf: the branches that only tell the alternatives apart (a bare "required", or "type": "null") report noise;
    // a real error inside a branch (e.g. in pihakKedua's pejabat) is kept and the oneOf itself then dropped.
    List<Error> kept = new ArrayList<>();
    Set<String> oneOfWithRealErrors = new HashSet<>();
    for (Error e : errors) {
      String p = e.getEvaluationPath().toString();
      int i = p.lastIndexOf("/oneOf/");
      if (e.getKeyword().equals("oneOf") || i < 0) {
        kept.add(e);
      } else if (!isDiscriminator(e)) {
        oneOfWithRealErrors.add(p.substring(0, i + "/oneOf".length()));
        kept.add(e);
      }
    }
    Set<String> locationsWithOtherErrors = new HashSet<>();
    for (Error e : kept) {
      if (!e.getKeyword().equals("unevaluatedProperties")) {
        String at = pointer(e.getInstanceLocation());
        // every ancestor location has an error beneath it
        for (String p = at; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
          locationsWithOtherErrors.add(p);
          if (p.isEmpty()) {
            break;
          }
        }
      }
    }
    List<FieldViolation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error e : kept) {
      String keyword = e.getKeyword();
      if (keyword.equals("oneOf") && oneOfWithRealErrors.contains(e.getEvaluationPath().toString())) {
        continue;
      }
      if (keyword.equals("unevaluatedProperties") && KNOWN_PROPERTIES.contains(e.getProperty())
          && locationsWithOtherErrors.contains(pointer(e.getInstanceLocation()))) {
        // a property the schema defines looks "unevaluated" only because its subschema failed elsewhere
        continue;
      }
      FieldViolation v = violation(e);
      if (seen.add(v.field() + "|" + v.rule())) {
        out.add(v);
      }
    }
    return out;
  }

  private static FieldViolation violation(Error e) {
    String field = path(e.getInstanceLocation());
    String keyword = e.getKeyword();
    return switch (keyword) {
      case "required" -> new FieldViolation(Violations.at(field, e.getProperty()), "required",
          e.getProperty() + " is required");
      case "additionalProperties", "unevaluatedProperties" -> new FieldViolation(Violations.at(field, e.getProperty()),
          "unknown-field", "no such field in the document format");
      case "type" -> {
        String expected = e.getArguments() != null && e.getArguments().length > 1 ? String.valueOf(e.getArguments()[1]) : "";
        String rule = expected.contains("integer") ? "must-be-integer"
            : expected.contains("number") ? "must-be-number" : "must-have-type";
        yield new FieldViolation(or(field), rule, "value must be " + expected.replace("[", "").replace("]", ""));
      }
      case "enum", "const" -> new FieldViolation(or(field), "must-be-one-of", "value " + e.getMessage());
      case "format" -> {
        String format = e.getArguments() != null && e.getArguments().length > 0 ? String.valueOf(e.getArguments()[0]) : "format";
        yield new FieldViolation(or(field), "must-be-" + format, "value must be an ISO-8601 " + format);
      }
      case "oneOf" -> new FieldViolation(or(field), "one-of", oneOfMessage(e));
      case "minLength" -> new FieldViolation(or(field), "not-blank", "value must not be empty");
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> new FieldViolation(or(field), "range",
          "value " + e.getMessage());
      case "minItems", "maxItems" -> new FieldViolation(or(field), "size", "list " + e.getMessage());
      case "uniqueItems" -> new FieldViolation(or(field), "unique-items", "list items must be unique");
      default -> new FieldViolation(or(field), keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(),
          "value " + e.getMessage());
    };
  }

  private static String or(String field) {
    return field.isEmpty() ? "body" : field;
  }

  /** "give exactly one of indikatorKode, indikator" from the branches' required lists. */
  private static String oneOfMessage(Error e) {
    JsonNode branches = e.getSchemaNode();
    List<String> names = new ArrayList<>();
    if (branches != null && branches.isArray()) {
      for (JsonNode b : branches) {
        if (b.has("required")) {
          b.get("required").forEach(r -> names.add(r.asText()));
        } else if (b.has("type")) {
          names.add(b.get("type").asText());
        } else if (b.has("$ref")) {
          names.add(b.get("$ref").asText().replaceFirst(".*/", ""));
        }
      }
    }
    return names.isEmpty() ? "value must match exactly one alternative"
        : "give exactly one of: " + String.join(", ", names);
  }

  /** An error of a branch that only tells oneOf alternatives apart (a bare required list, or type null). */
  private static boolean isDiscriminator(Error e) {
    String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    String pointer = hash < 0 ? "" : location.substring(hash + 1);
    int i = pointer.lastIndexOf("/oneOf/");
    if (i < 0) {
      return false;
    }
    int end = pointer.indexOf('/', i + "/oneOf/".length());
    JsonNode root = ROOTS.getOrDefault(hash < 0 ? location : location.substring(0, hash), ROOT);
    JsonNode branch = root.at(end < 0 ? pointer : pointer.substring(0, end));
    if (branch.isMissingNode()) {
      return e.getKeyword().equals("required") || e.getKeyword().equals("type");
    }
    Set<String> keys = new HashSet<>();
    branch.fieldNames().forEachRemaining(keys::add);
    if (keys.equals(Set.of("type")) && branch.get("type").asText().equals("null")) {
      return true;
    }
    keys.removeAll(Set.of("required", "not"));
    return keys.isEmpty();
  }

  /** "/a/0/b" → "a[0].b". */
  static String path(NodePath location) {
    StringBuilder sb = new StringBuilder();
    if (location == null) {
      return "";
    }
    for (int i = 0; i < location.getNameCount(); i++) {
      Object el = location.getElement(i);
      if (el instanceof Integer n) {
        sb.append('[').append(n).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(el);
      }
    }
    return sb.toString();
  }

  private static String pointer(NodePath location) {
    StringBuilder sb = new StringBuilder();
    if (location != null) {
      for (int i = 0; i < location.getNameCount(); i++) {
        sb.append('/').append(location.getElement(i));
      }
    }
    return sb.toString();
  }

  private static Set<String> knownProperties(JsonNode node) {
    Set<String> names = new HashSet<>();
    collect(node, names);
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props.fieldNames().forEachRemaining(names::add);
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
        collect(it.next(), names);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, names));
    }
  }

  private static JsonNode load() {
    try (InputStream in = DokumenSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return CanonicalJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }
}
