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
    try {
      EventEnvelope e = CanonicalJson.MAPPER.readValue(json, EventEnvelope.class);
      if (e.id() == null || e.type() == null || e.key() == null || e.occurredAt() == null || e.payload() == null) {
        throw new IllegalArgumentException("envelope lacks id, type, key, occurredAt or payload");
      }
      return e;
    } catch (java.io.IOException ex) {
      throw new IllegalArgumentException("not an event envelope: " + ex.getMessage(), ex);
    }
  }

  public <T> T payloadAs(Class<T> type) {
    return CanonicalJson.read(payload, type);
  }

  public static String describe(JsonProcessingException e) {
    return e.getOriginalMessage();
  }
}
