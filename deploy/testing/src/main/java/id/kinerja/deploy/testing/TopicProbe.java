package id.kinerja.deploy.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test helper: reads a topic from the first offset, and writes raw records to it (as a producer would). */
public final class TopicProbe {

  private final String bootstrap;

  public TopicProbe(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Every record of the topic whose value matches, read from offset 0 until {@code quiet} passes with nothing new. */
  public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
      Duration quiet) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).collect(Collectors.toList());
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      Instant lastSeen = Instant.now();
      while (Duration.between(lastSeen, Instant.now()).compareTo(quiet) < 0
          || partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        var records = c.poll(Duration.ofMillis(100));
        if (!records.isEmpty()) {
          lastSeen = Instant.now();
        }
        records.forEach(r -> {
          if (filter.test(r)) {
            found.add(r);
          }
        });
      }
    }
    return found;
  }

  /** Sends a raw record and waits for the broker's acknowledgement. */
  public void send(String topic, String key, String value) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("send to " + topic + " failed", e);
    }
  }

  public static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
