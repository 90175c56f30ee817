package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Operator tool for dead letters (docs/operations.md):
 * <pre>
 *   deploy/dead-letters.sh [--kafka HOST:PORT] list   CONSUMER
 *   deploy/dead-letters.sh [--kafka HOST:PORT] replay CONSUMER PARTITION OFFSET [--force]
 * </pre>
 * {@code replay} sends the dead letter's original bytes back to its original topic with its key, after the cause
 * was fixed (a consumer upgraded, a schema corrected, a failing database object repaired). The consumer treats it
 * as new only if its event id was never applied, so replaying twice is harmless. A record whose bytes are not an
 * event envelope is refused: the same bytes would only be dead-lettered again. A record dead-lettered for breaking
 * its schema is refused too unless {@code --force} says the consumer now accepts it.
 */
public final class DeadLetters {

  private DeadLetters() {
  }

  /** A replay the tool will not do, with the reason (exit status 1, no stack trace). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The command line without {@code System.exit}: 0 done, 1 refused or failed, 2 usage. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> a = new ArrayList<>(List.of(args));
    String bootstrap = "127.0.0.1:" + Launcher.KAFKA_PORT;
    if (a.size() >= 2 && a.get(0).equals("--kafka")) {
      bootstrap = a.get(1);
      a = a.subList(2, a.size());
    }
    boolean force = a.remove("--force");
    try {
      if (a.size() == 2 && a.get(0).equals("list") && !force) {
        list(bootstrap, a.get(1)).forEach(out::println);
        return 0;
      }
      if (a.size() == 4 && a.get(0).equals("replay")) {
        out.println(replay(bootstrap, a.get(1), Integer.parseInt(a.get(2)), Long.parseLong(a.get(3)), force));
        return 0;
      }
    } catch (NumberFormatException e) {
      // falls through to the usage
    } catch (Refused e) {
      err.println("refused: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("failed: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
      return 1;
    }
    err.println("usage: dead-letters.sh [--kafka HOST:PORT] list CONSUMER | replay CONSUMER PARTITION OFFSET [--force]");
    return 2;
  }

  /** One line per dead letter: partition, offset, original position, reason. */
  public static List<String> list(String bootstrap, String consumer) {
    List<String> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : read(bootstrap, "kinerja.dlt." + consumer, -1, -1)) {
      out.add(String.format("%d@%d  from %s-%s@%s  key=%s  at=%s  reason=%s", r.partition(), r.offset(),
          header(r, "dlt-original-topic"), header(r, "dlt-original-partition"), header(r, "dlt-original-offset"),
          r.key(), header(r, "dlt-at"), header(r, "dlt-reason").replaceAll("\\s+", " ")));
    }
    return out;
  }

  /** Sends one dead letter back to its original topic (see {@link #replay(String, String, int, long, boolean)}). */
  public static String replay(String bootstrap, String consumer, int partition, long offset) {
    return replay(bootstrap, consumer, partition, offset, false);
  }

  /**
   * Sends one dead letter back to its original topic; returns a description of what was sent. Refuses (without
   * sending anything) a record that is not an event envelope, and one dead-lettered for its schema unless
   * {@code force}.
   */
  public static String replay(String bootstrap, String consumer, int partition, long offset, boolean force) {
    List<ConsumerRecord<String, byte[]>> found = read(bootstrap, "kinerja.dlt." + consumer, partition, offset);
    if (found.isEmpty()) {
      throw new Refused("no dead letter at " + partition + "@" + offset + " of kinerja.dlt." + consumer);
    }
    ConsumerRecord<String, byte[]> r = found.get(0);
    String reason = header(r, "dlt-reason").replaceAll("\\s+", " ");
    String notEnvelope = envelopeProblem(r.value());
    if (notEnvelope != null) {
      throw new Refused("dead letter " + partition + "@" + offset + " is still not an event envelope (" + notEnvelope
          + "); replaying the same bytes would only dead-letter them again. Fix the producer and let it publish"
          + " again. Dead-lettered because: " + reason);
    }
    if (reason.startsWith("schema:") && !force) {
      throw new Refused("dead letter " + partition + "@" + offset + " broke its schema (" + reason + "); replay it"
          + " only once the consumer accepts it (a corrected schema deployed), with --force");
    }
    String topic = header(r, "dlt-original-topic");
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      ProducerRecord<String, byte[]> again = new ProducerRecord<>(topic, r.key(), r.value());
      again.headers().add("dlt-replayed-from", ("kinerja.dlt." + consumer + "@" + partition + ":" + offset)
          .getBytes(StandardCharsets.UTF_8));
      var meta = producer.send(again).get();
      return "replayed to " + meta.topic() + "-" + meta.partition() + "@" + meta.offset();
    } catch (Exception e) {
      throw new IllegalStateException("replay failed", e);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic, int partition, long offset) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letters-tool-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(i -> new TopicPartition(topic, i.partition()))
          .filter(tp -> partition < 0 || tp.partition() == partition).toList();
      c.assign(parts);
      if (offset >= 0) {
        parts.forEach(tp -> c.seek(tp, offset));
      } else {
        c.seekToBeginning(parts);
      }
      var end = c.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          if (offset < 0 || r.offset() == offset) {
            out.add(r);
          }
        }
        if (offset >= 0 && !out.isEmpty()) {
          break;
        }
      }
    }
    return out;
  }

  /** Why the bytes are not an event envelope (the consumer's first check), or null when they are one. */
  static String envelopeProblem(byte[] value) {
    JsonNode node;
    try {
      node = value == null ? null : JSON.readTree(value);
    } catch (JsonProcessingException e) {
      return "not JSON: " + e.getOriginalMessage();
    } catch (IOException e) {
      return "not JSON: " + e.getMessage();
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    for (String field : List.of("id", "type", "version", "key", "occurredAt", "payload")) {
      if (!node.hasNonNull(field)) {
        return "no " + field;
      }
    }
    return null;
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }
}
