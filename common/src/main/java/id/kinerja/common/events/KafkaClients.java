package id.kinerja.common.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
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

  /** The broker settings, for an admin client of this service (a new map each time). */
  public Map<String, Object> adminSettings() {
    return base();
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
    return consumer(groupId, groupId, maxPollRecords);
  }

  /**
   * A consumer of the group whose client id is the service's name and {@code clientId} (the group, and the worker when
   * a consumer has several: client ids name the per-client metrics). Partitions are assigned by ranges, per topic, over
   * the members in one order (unless {@code kafka.partition.assignment.strategy} says otherwise): with topics of the same
   * number of partitions, partition n of every topic goes to the same member, so a kecamatan's plan events and its
   * realisasi events are applied by one worker at a time as well.
   */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, int maxPollRecords) {
    Map<String, Object> c = base();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, config.source() + "-" + clientId);
    c.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    // A worker holds a whole poll as parsed events until its transaction ends. Kafka's defaults (1 MiB per partition,
    // 50 MiB per fetch) let reporting's four workers hold some 400 plan events as JSON trees at once during a national
    // plan import (heap at its 256 MB maximum, RSS 523 MB); a quarter of a MiB per partition and one MiB per fetch
    // still give 500 realisasi events per poll (about 1 KB each). A record larger than that is still fetched, alone.
    c.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 256 * 1024);
    c.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1024 * 1024);
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
    ensureTopics(topics, keepForever, 1);
  }

  /**
   * Creates the given topics if missing, with {@code kinerja.events.partitions} partitions but at least
   * {@code minPartitions} (a consumer's workers). A topic that exists is left as it is, even with fewer partitions: adding
   * partitions to a keyed topic sends a key's new events to another partition than its old ones, which a consumer may
   * then read first.
   */
  public void ensureTopics(List<String> topics, boolean keepForever, int minPartitions) {
    if (!config.createTopics()) {
      return;
    }
    try (Admin admin = Admin.create(base())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String t : topics) {
        if (!existing.contains(t)) {
          NewTopic nt = new NewTopic(t, Math.max(config.partitions(), minPartitions), (short) 1);
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

  /**
   * The number of partitions of each topic that exists, asked of the broker within {@code wait}; empty when the broker
   * does not answer in time (the caller then goes on without knowing).
   */
  public Map<String, Integer> partitionCounts(Collection<String> topics, Duration wait) {
    Map<String, Object> settings = base();
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
    try (Admin admin = Admin.create(settings)) {
      Set<String> existing = admin.listTopics().names().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      List<String> asked = topics.stream().filter(existing::contains).toList();
      Map<String, Integer> counts = new HashMap<>();
      admin.describeTopics(asked).allTopicNames().get(wait.toMillis(), TimeUnit.MILLISECONDS)
          .forEach((t, d) -> counts.put(t, d.partitions().size()));
      return counts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    } catch (Exception e) {
      LOG.debugf("Partition counts of %s unknown: %s", topics, e);
      return Map.of();
    }
  }
}
