package id.kinerja.common.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import id.kinerja.common.json.CanonicalJson;

/**
 * Validates events against the JSON Schemas of docs/events/schemas (copied onto the classpath under
 * {@code event-schemas/}). Producers check what they write in their tests; consumers check what they read
 * at run time and dead-letter what does not match.
 */
public final class EventSchemas {

  private static final String ENVELOPE = "envelope.v1.schema.json";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Optional<Schema>> CACHE = new ConcurrentHashMap<>();

  private EventSchemas() {
  }

  public static String fileName(String type, int version) {
    return type + ".v" + version + ".schema.json";
  }

  public static boolean isKnown(String type, int version) {
    return load(fileName(type, version)).isPresent();
  }

  /** Every violation of the envelope schema and of the payload schema for the event's type and version. */
  public static List<String> validate(EventEnvelope event) {
    return validate(CanonicalJson.tree(event));
  }

  public static List<String> validate(JsonNode envelope) {
    List<String> problems = new ArrayList<>();
    load(ENVELOPE).ifPresentOrElse(s -> collect(s.validate(envelope), "", problems),
        () -> problems.add("envelope schema missing from classpath"));
    JsonNode type = envelope.get("type");
    JsonNode version = envelope.get("version");
    if (type == null || !type.isTextual() || version == null || !version.canConvertToInt()) {
      return problems;
    }
    Optional<Schema> payloadSchema = load(fileName(type.asText(), version.asInt()));
    if (payloadSchema.isEmpty()) {
      problems.add("no schema for event type " + type.asText() + " version " + version.asInt());
    } else if (envelope.hasNonNull("payload")) {
      collect(payloadSchema.get().validate(envelope.get("payload")), "payload", problems);
    }
    return problems;
  }

  private static void collect(List<Error> errors, String prefix, List<String> into) {
    for (Error e : errors) {
      String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
      into.add((prefix.isEmpty() ? "" : prefix + ":") + at + " " + e.getMessage());
    }
  }

  private static Optional<Schema> load(String file) {
    return CACHE.computeIfAbsent(file, f -> {
      try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream("event-schemas/" + f)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(REGISTRY.getSchema(CanonicalJson.MAPPER.readTree(in)));
      } catch (IOException e) {
        throw new IllegalStateException("unreadable event schema " + f, e);
      }
    });
  }
}
