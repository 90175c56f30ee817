package id.kinerja.common.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/** Builds Kafka clients from the service's {@code kafka.*} settings (bootstrap servers and security). */
@ApplicationScoped
public class KafkaClients {

  private static final Logger LOG = Logger.getLogger(KafkaClients.class);

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> brokerConfig;

  @Inject
  EventsConfig config;

  Map<String, Object> base() {
    return new HashMap<>(brokerConfig);
  }

  /** Idempotent, acks=all: a retried send never duplicates within the producer session. */
  public KafkaProducer<String, byte[]> producer(String clientId) {
    Map<String, Object> p = base();
    p.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-" + clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  /** Offsets are committed by hand, after the database transaction that applied the records. */
  public KafkaConsumer<String, byte[]> consumer(String groupId, int maxPollRecords) {
    Map<String, Object> c = base();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, config.source() + "-" + groupId);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(c);
  }

  /**
   * Creates the given topics if missing. Event topics keep their records forever (retention.ms=-1) because a
   * new consumer rebuilds its read copy from the first offset.
   */
  public void ensureTopics(List<String> topics, boolean keepForever) {
    if (!config.createTopics()) {
      return;
    }
    try (Admin admin = Admin.create(base())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String t : topics) {
        if (!existing.contains(t)) {
          NewTopic nt = new NewTopic(t, config.partitions(), (short) 1);
          if (keepForever) {
            nt.configs(Map.of("retention.ms", "-1"));
          }
          missing.add(nt);
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Cannot create topics " + topics, e.getCause());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create topics " + topics, e);
    }
  }
}
