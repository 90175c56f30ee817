package id.kinerja.common.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.json.CanonicalJson;

/**
 * The JSON envelope of every event on the backbone (docs/events.md). {@code key} is the Kafka record key:
 * the kecamatan code for kecamatan data, the kabupaten code for kabupaten-wide settings, so that one
 * kecamatan's events stay in order on one partition.
 */
public record EventEnvelope(UUID id, String type, int version, String key, Instant occurredAt, String source,
    JsonNode payload) {

  public String toJson() {
    return CanonicalJson.write(this);
  }

  public static EventEnvelope parse(byte[] json) {
    return of(tree(json));
  }

  /** A record's value as a JSON tree: what a consumer checks against the schemas and reads the envelope from. */
  public static JsonNode tree(byte[] json) {
    try {
      JsonNode tree = CanonicalJson.MAPPER.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("not an event envelope: not a JSON object");
      }
      return tree;
    } catch (java.io.IOException ex) {
      throw new IllegalArgumentException("not an event envelope: " + ex.getMessage(), ex);
    }
  }

  /**
   * The envelope of a record's tree, read once (no second parse). Checks what an envelope cannot be without; the
   * envelope schema checks the rest (types, formats, no other fields).
   */
  public static EventEnvelope of(JsonNode tree) {
    String id = text(tree, "id");
    String type = text(tree, "type");
    String key = text(tree, "key");
    String occurredAt = text(tree, "occurredAt");
    JsonNode payload = tree.get("payload");
    if (id == null || type == null || key == null || occurredAt == null || payload == null || payload.isNull()) {
      throw new IllegalArgumentException("envelope lacks id, type, key, occurredAt or payload");
    }
    JsonNode version = tree.get("version");
    if (version != null && !version.isNull() && !version.canConvertToInt()) {
      throw new IllegalArgumentException("not an event envelope: version is not an integer");
    }
    try {
      return new EventEnvelope(UUID.fromString(id), type, version == null ? 0 : version.asInt(), key,
          java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(occurredAt, Instant::from),
          text(tree, "source"), payload);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException ex) {
      throw new IllegalArgumentException("not an event envelope: " + ex.getMessage(), ex);
    }
  }

  private static String text(JsonNode tree, String field) {
    JsonNode v = tree.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode() || v.isBinary()) {
      throw new IllegalArgumentException("not an event envelope: " + field + " is not a value");
    }
    return v.asText();
  }

  public <T> T payloadAs(Class<T> type) {
    return CanonicalJson.read(payload, type);
  }

  public static String describe(JsonProcessingException e) {
    return e.getOriginalMessage();
  }
}
