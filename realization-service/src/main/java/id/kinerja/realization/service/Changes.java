package id.kinerja.realization.service;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.common.json.CanonicalJson;

/** The audit trail's "old → new": a JSON object of field → {lama, baru}. */
final class Changes {

  private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

  Changes put(String field, Object lama, Object baru) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put("lama", lama);
    pair.put("baru", baru);
    fields.put(field, pair);
    return this;
  }

  Changes putAll(Map<String, Object[]> changed) {
    changed.forEach((k, v) -> put(k, v[0], v[1]));
    return this;
  }

  /** Appends {@code other}'s fields, in their order. */
  Changes putAll(Changes other) {
    fields.putAll(other.fields);
    return this;
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  String json() {
    return CanonicalJson.write(fields);
  }

  static Changes status(Object lama, Object baru) {
    return new Changes().put("status", lama, baru);
  }
}
