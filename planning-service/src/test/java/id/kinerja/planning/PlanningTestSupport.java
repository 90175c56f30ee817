package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.planning.domain.Kabupaten;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Codes, tokens, fixtures and event reading shared by the planning tests (one application start for all). */
final class PlanningTestSupport {


  private PlanningTestSupport() {
  }

  /** A kabupaten code no other test uses (the tests share one database). */
  /** 89 × 89 codes 10.10–98.98, handed out in turn from a random start: two drawn at random met in one run. */
  private static final java.util.concurrent.atomic.AtomicInteger NEXT_KABUPATEN =
      new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(89 * 89));

  /** A kabupaten code no other test of this JVM has been given (the tests of a module share one database). */
  static String newKabupaten() {
    int n = Math.floorMod(NEXT_KABUPATEN.getAndIncrement(), 89 * 89);
    return String.format("%02d.%02d", 10 + n / 89, 10 + n % 89);
  }

  static String planner(String kab) {
    return DevTokens.kabupaten("planner." + kab, "planner", kab);
  }

  static String resource(String name) {
    try (InputStream in = PlanningTestSupport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plan document with every code of kabupaten {@code from} moved into kabupaten {@code to}. */
  static String relocate(String document, String from, String to) {
    return document.replace("\"" + from + "\"", "\"" + to + "\"").replace("\"" + from + ".", "\"" + to + ".");
  }

  static JsonNode tree(String json) {
    try {
      return CanonicalJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event on the planning topic with this key, each checked against its schema. */
  static List<EventEnvelope> events(String key) {
    List<ConsumerRecord<String, String>> records = new TopicProbe(LocalStack.kafkaBootstrapServers())
        .read(Topics.PLANNING, r -> key.equals(r.key()), Duration.ofMillis(300));
    List<EventEnvelope> out = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records) {
      EventEnvelope e = EventEnvelope.parse(r.value().getBytes(StandardCharsets.UTF_8));
      assertThat(EventSchemas.validate(CanonicalJson.MAPPER.<JsonNode>valueToTree(e))).as(e.type() + " " + e.payload()).isEmpty();
      out.add(e);
    }
    return out;
  }

  static List<EventEnvelope> events(String key, String type) {
    return events(key).stream().filter(e -> e.type().equals(type)).toList();
  }

  /** Rows written to the outbox for these keys: what a request announced, published or not yet. */
  static long outboxRows(String... keys) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) Kabupaten.getEntityManager()
        .createNativeQuery("select count(*) from outbox_event where event_key in (:keys)")
        .setParameter("keys", List.of(keys)).getSingleResult()).longValue());
  }

  /**
   * Asserts that everything stated in {@code expected} is in {@code actual} with the same value: numbers by value,
   * date-times by instant, arrays item by item (PK versions matched by tahun, official and versi). What actual adds
   * (defaults the import filled in, computed values) is allowed.
   */
  static void assertContains(JsonNode expected, JsonNode actual, String path) {
    if (expected.isNull()) {
      assertThat(actual == null || actual.isNull() || actual.isMissingNode()).as(path + " is null or absent").isTrue();
      return;
    }
    assertThat(actual).as(path + " is present").isNotNull();
    assertThat(actual.isMissingNode()).as(path + " is present").isFalse();
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        assertContains(f.getValue(), actual.path(f.getKey()), path + "." + f.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      List<JsonNode> candidates = new ArrayList<>();
      actual.forEach(candidates::add);
      for (int i = 0; i < expected.size(); i++) {
        JsonNode e = expected.get(i);
        JsonNode a = actual.get(i);
        if (e.has("pihakPertama") && e.has("versi")) {
          a = candidates.stream().filter(c -> c.path("tahun").equals(e.path("tahun")) && c.path("versi").equals(e.path("versi"))
              && c.path("pihakPertama").path("nama").asText().equals(e.path("pihakPertama").path("nama").asText()))
              .findFirst().orElse(null);
        }
        assertContains(e, a, path + "[" + i + "]");
      }
    } else if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path + " is a number").isTrue();
      assertThat(new BigDecimal(actual.asText())).as(path).isEqualByComparingTo(new BigDecimal(expected.asText()));
    } else if (expected.isTextual() && expected.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      assertThat(OffsetDateTime.parse(actual.asText()).toInstant()).as(path).isEqualTo(OffsetDateTime.parse(expected.asText()).toInstant());
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  /** A PNG image of this size (a striped test logo). */
  static byte[] png(int width, int height) {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(new java.awt.Color(0x1F, 0x5F, 0x2F));
    g.fillRect(0, 0, width, height);
    g.setColor(java.awt.Color.YELLOW);
    g.fillOval(width / 5, height / 5, width * 3 / 5, height * 3 / 5);
    g.dispose();
    return image(img, "png");
  }

  static byte[] image(java.awt.image.BufferedImage img, String format) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
