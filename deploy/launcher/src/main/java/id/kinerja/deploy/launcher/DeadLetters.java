package id.kinerja.deploy.launcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

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
 *   deploy/dead-letters.sh [--kafka HOST:PORT] replay CONSUMER PARTITION OFFSET
 * </pre>
 * {@code replay} sends the dead letter's original bytes back to its original topic with its key, after the cause
 * was fixed (a consumer upgraded, a schema corrected). The consumer treats it as new only if its event id was
 * never applied, so replaying twice is harmless.
 */
public final class DeadLetters {

  private DeadLetters() {
  }

  public static void main(String[] args) {
    List<String> a = new ArrayList<>(List.of(args));
    String bootstrap = "127.0.0.1:" + Launcher.KAFKA_PORT;
    if (a.size() >= 2 && a.get(0).equals("--kafka")) {
      bootstrap = a.get(1);
      a = a.subList(2, a.size());
    }
    if (a.size() == 2 && a.get(0).equals("list")) {
      list(bootstrap, a.get(1)).forEach(System.out::println);
    } else if (a.size() == 4 && a.get(0).equals("replay")) {
      System.out.println(replay(bootstrap, a.get(1), Integer.parseInt(a.get(2)), Long.parseLong(a.get(3))));
    } else {
      System.err.println("usage: dead-letters.sh [--kafka HOST:PORT] list CONSUMER | replay CONSUMER PARTITION OFFSET");
      System.exit(2);
    }
  }

  /** One line per dead letter: partition, offset, original position, reason. */
  public static List<String> list(String bootstrap, String consumer) {
    List<String> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : read(bootstrap, "kinerja.dlt." + consumer, -1, -1)) {
      out.add(String.format("%d@%d  from %s-%s@%s  key=%s  at=%s  reason=%s", r.partition(), r.offset(),
          header(r, "dlt-original-topic"), header(r, "dlt-original-partition"), header(r, "dlt-original-offset"),
          r.key(), header(r, "dlt-at"), header(r, "dlt-reason")));
    }
    return out;
  }

  /** Sends one dead letter back to its original topic; returns a description of what was sent. */
  public static String replay(String bootstrap, String consumer, int partition, long offset) {
    List<ConsumerRecord<String, byte[]>> found = read(bootstrap, "kinerja.dlt." + consumer, partition, offset);
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no dead letter at " + partition + "@" + offset);
    }
    ConsumerRecord<String, byte[]> r = found.get(0);
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

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }
}
