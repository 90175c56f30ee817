package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.JSON_TYPE_OR;
import static id.kinerja.planning.domain.PlanningMessages.MAX_LENGTH;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_DATE_FORMAT;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_DATE_TIME_FORMAT;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_FORMAT_OTHER;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_INTEGER_TYPE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NUMBER_TYPE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_ONE_OF_CONST;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_ONE_OF_ENUM;
import static id.kinerja.planning.domain.PlanningMessages.MUST_HAVE_TYPE_TYPE;
import static id.kinerja.planning.domain.PlanningMessages.NOT_BLANK_MIN_LENGTH;
import static id.kinerja.planning.domain.PlanningMessages.ONE_OF_ANY;
import static id.kinerja.planning.domain.PlanningMessages.ONE_OF_NAMES;
import static id.kinerja.planning.domain.PlanningMessages.PATTERN_SCHEMA;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_EXCLUSIVE_MAXIMUM;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_EXCLUSIVE_MINIMUM;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_MAXIMUM;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_MINIMUM;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_PROPERTY;
import static id.kinerja.planning.domain.PlanningMessages.SIZE_MAX_ITEMS;
import static id.kinerja.planning.domain.PlanningMessages.SIZE_MIN_ITEMS;
import static id.kinerja.planning.domain.PlanningMessages.UNIQUE_ITEMS;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_FIELD_ADDITIONAL_PROPERTIES;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_FIELD_UNEVALUATED_PROPERTIES;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.planning.domain.PlanningMessages;

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

  /** The JSON types by their schema names, as texts of the catalogue. */
  private static final Map<String, PlanningMessages> JSON_TYPES = Map.of("string", PlanningMessages.JSON_TYPE_STRING,
      "integer", PlanningMessages.JSON_TYPE_INTEGER, "number", PlanningMessages.JSON_TYPE_NUMBER,
      "boolean", PlanningMessages.JSON_TYPE_BOOLEAN, "object", PlanningMessages.JSON_TYPE_OBJECT,
      "array", PlanningMessages.JSON_TYPE_ARRAY, "null", PlanningMessages.JSON_TYPE_NULL);

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
    Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
    return switch (keyword) {
      case "required" -> FieldViolation.of(Violations.at(field, e.getProperty()), REQUIRED_PROPERTY, "nama", e.getProperty());
      case "additionalProperties" -> FieldViolation.of(Violations.at(field, e.getProperty()), UNKNOWN_FIELD_ADDITIONAL_PROPERTIES);
      case "unevaluatedProperties" -> FieldViolation.of(Violations.at(field, e.getProperty()), UNKNOWN_FIELD_UNEVALUATED_PROPERTIES);
      case "type" -> {
        // The validator's arguments: the type found, then the type(s) expected ("integer" or "[number, null]").
        String expected = args.length > 1 ? String.valueOf(args[1]) : "";
        List<String> types = List.of(expected.replace("[", "").replace("]", "").split(",\\s*"));
        PlanningMessages key = expected.contains("integer") ? MUST_BE_INTEGER_TYPE
            : expected.contains("number") ? MUST_BE_NUMBER_TYPE : MUST_HAVE_TYPE_TYPE;
        yield FieldViolation.of(or(field), key, "jenis", jenis(types));
      }
      case "enum" -> FieldViolation.of(or(field), MUST_BE_ONE_OF_ENUM, "pilihan", values(e.getSchemaNode()));
      case "const" -> FieldViolation.of(or(field), MUST_BE_ONE_OF_CONST, "nilai", args.length > 0 ? args[0] : "");
      case "format" -> {
        String format = args.length > 0 ? String.valueOf(args[0]) : "format";
        yield switch (format) {
          case "date" -> FieldViolation.of(or(field), MUST_BE_DATE_FORMAT);
          case "date-time" -> FieldViolation.of(or(field), MUST_BE_DATE_TIME_FORMAT);
          default -> new FieldViolation(or(field), "must-be-" + format, Message.of(MUST_BE_FORMAT_OTHER, "format", format));
        };
      }
      case "oneOf" -> oneOf(or(field), e);
      case "minLength" -> FieldViolation.of(or(field), NOT_BLANK_MIN_LENGTH, "min", limit(args));
      case "maxLength" -> FieldViolation.of(or(field), MAX_LENGTH, "max", limit(args));
      case "minimum" -> FieldViolation.of(or(field), RANGE_MINIMUM, "batas", limit(args));
      case "maximum" -> FieldViolation.of(or(field), RANGE_MAXIMUM, "batas", limit(args));
      case "exclusiveMinimum" -> FieldViolation.of(or(field), RANGE_EXCLUSIVE_MINIMUM, "batas", limit(args));
      case "exclusiveMaximum" -> FieldViolation.of(or(field), RANGE_EXCLUSIVE_MAXIMUM, "batas", limit(args));
      case "minItems" -> FieldViolation.of(or(field), SIZE_MIN_ITEMS, "min", limit(args), "jumlah", found(args));
      case "maxItems" -> FieldViolation.of(or(field), SIZE_MAX_ITEMS, "max", limit(args), "jumlah", found(args));
      case "uniqueItems" -> FieldViolation.of(or(field), UNIQUE_ITEMS);
      case "pattern" -> args.length > 0 && JadwalRules.POLA_WAKTU.equals(String.valueOf(args[0]))
          ? FieldViolation.of(or(field), PlanningMessages.MUST_BE_DATE_OR_DATE_TIME) // a jadwal time: say what it may be
          : FieldViolation.of(or(field), PATTERN_SCHEMA, "pola", args.length > 0 ? args[0] : "");
      default -> new FieldViolation(or(field), keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(),
          Message.of(CommonMessages.CONSTRAINT, "aturan", keyword));
    };
  }

  private static String or(String field) {
    return field.isEmpty() ? "body" : field;
  }

  /** The JSON types as the reader's language names them: "teks atau kosong (null)". */
  private static Object jenis(List<String> types) {
    Object first = JSON_TYPES.containsKey(types.get(0)) ? JSON_TYPES.get(types.get(0)) : types.get(0);
    return types.size() == 1 ? first : Message.of(JSON_TYPE_OR, "satu", first, "lain", jenis(types.subList(1, types.size())));
  }

  /** The values an enum allows, from the schema (the validator's argument is their JSON text). */
  private static List<String> values(JsonNode allowed) {
    List<String> out = new ArrayList<>();
    if (allowed != null && allowed.isArray()) {
      allowed.forEach(v -> out.add(v.isTextual() ? v.asText() : v.toString()));
    }
    return out;
  }

  /** A limit of the schema: a whole number as it is written (tahun 2000 stays 2000), a decimal as a number. */
  private static Object limit(Object[] args) {
    if (args.length == 0 || args[0] == null) {
      return "";
    }
    try {
      BigDecimal d = new BigDecimal(String.valueOf(args[0]));
      return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
          ? Integer.valueOf(d.intValue()) : d;
    } catch (NumberFormatException e) {
      return String.valueOf(args[0]);
    }
  }

  /** How many items a list has (the validator's second argument of minItems and maxItems). */
  private static Object found(Object[] args) {
    return args.length > 1 ? args[1] : "";
  }

  /** "isi tepat satu dari: indikatorKode, indikator" from the branches' required lists. */
  private static FieldViolation oneOf(String field, Error e) {
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
    return names.isEmpty() ? FieldViolation.of(field, ONE_OF_ANY) : FieldViolation.of(field, ONE_OF_NAMES, "pilihan", names);
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
