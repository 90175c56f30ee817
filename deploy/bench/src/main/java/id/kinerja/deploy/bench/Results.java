package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The machine-readable results (deploy/bench/run/results.json): every key below is always present, a number (or the
 * listed type), null when its phase did not run or the figure is unknown. Dotted names are nested objects
 * ({@code single.acceptedPerSecond} is {@code {"single": {"acceptedPerSecond": …}}}).
 */
final class Results {

  /** The keys every results.json has (issue 13), in this order; more may follow. */
  static final List<String> REQUIRED = List.of("kecamatan", "single.acceptedPerSecond", "single.freshnessP99Ms",
      "batch.rowsPerSecond", "batch.freshnessP99Ms", "batch.catchUpSeconds", "sweep", "sustainableRate",
      "views.konsolidasiP99Ms", "views.nasionalP99Ms", "views.konsolidasiRatio", "views.nasionalRatio", "rssMaxMb",
      "gitCommit", "consumer.kecamatanTahunPerSecond");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();

  Results() {
    // null until set: "sweep" becomes a list and "rssMaxMb" an object per service once measured
    REQUIRED.forEach(key -> parent(key).putNull(leaf(key)));
  }

  /** Sets a figure: a Number (doubles rounded to 0.1), String, Boolean or null. */
  Results put(String key, Object value) {
    ObjectNode p = parent(key);
    String leaf = leaf(key);
    if (value == null) {
      p.putNull(leaf);
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        p.putNull(leaf);
      } else {
        p.put(leaf, round(d));
      }
    } else if (value instanceof Float f) {
      p.put(leaf, round(f));
    } else if (value instanceof Long l) {
      p.put(leaf, l);
    } else if (value instanceof Integer i) {
      p.put(leaf, i);
    } else if (value instanceof Boolean b) {
      p.put(leaf, b);
    } else if (value instanceof JsonNode n) {
      p.set(leaf, n);
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode o = p.putObject(leaf);
      m.forEach((k, v) -> {
        if (v instanceof Number num) {
          o.put(k.toString(), num.longValue());
        } else {
          o.put(k.toString(), v == null ? null : v.toString());
        }
      });
    } else {
      p.put(leaf, value.toString());
    }
    return this;
  }

  JsonNode get(String key) {
    JsonNode n = root;
    for (String part : key.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  /** The sweep: its steps and the sustainable rate they give. */
  void sweep(List<SweepStep> steps) {
    ArrayNode list = JSON.createArrayNode();
    steps.forEach(s -> list.add(step(s)));
    root.set("sweep", list);
    put("sustainableRate", SweepRule.sustainableRate(steps));
  }

  static ObjectNode step(SweepStep s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("offered", round(s.offeredPerSecond()));
    o.put("accepted", round(s.acceptedPerSecond()));
    number(o, "latencyP50Ms", s.latencyP50Ms());
    number(o, "latencyP99Ms", s.latencyP99Ms());
    number(o, "freshnessP50Ms", s.freshness().p50());
    number(o, "freshnessP95Ms", s.freshness().p95());
    number(o, "freshnessP99Ms", s.freshness().p99());
    o.put("passed", s.passed());
    o.put("rate", round(s.rate()));
    o.put("seconds", round(s.seconds()));
    o.put("arrivals", s.planned());
    o.put("acceptedCount", s.accepted());
    o.put("notSentNoFreeSender", s.notSent());
    o.put("notSentNoCellLeft", s.noCell());
    o.put("refused", s.refused());
    o.put("failed", s.failed());
    o.put("senders", s.senders());
    number(o, "latencyMaxMs", s.latencyMaxMs());
    number(o, "dispatchLateP99Ms", s.dispatchLateP99Ms());
    o.put("followed", s.freshness().samples());
    o.put("notSeen", s.freshness().censored());
    o.put("skipped", s.skipped());
    o.put("polls", s.polls());
    o.put("pollsNotModified", s.pollsNotModified());
    number(o, "pollLateP99Ms", s.pollLateP99Ms());
    number(o, "lagRecordsAtEnd", s.lagAtEnd());
    o.put("pendingAtEnd", s.pendingAtEnd());
    number(o, "catchUpSeconds", s.catchUpSeconds());
    number(o, "consumerKecamatanTahunPerSecond", s.consumerKecamatanTahunPerSecond());
    number(o, "consumerEventsPerSecond", s.consumerEventsPerSecond());
    return o;
  }

  private static void number(ObjectNode o, String key, Number v) {
    if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      o.putNull(key);
    } else if (v instanceof Double d) {
      o.put(key, round(d));
    } else {
      o.put(key, v.longValue());
    }
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  String json() {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, json());
  }

  private ObjectNode parent(String key) {
    ObjectNode n = root;
    String[] parts = key.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = n.get(parts[i]);
      n = child instanceof ObjectNode o ? o : n.putObject(parts[i]);
    }
    return n;
  }

  private static String leaf(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
