package id.kinerja.common.backbone;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.LocalStack;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the backbone's tests share: fresh names, test events on a topic, and reading back what the handler applied. */
@ApplicationScoped
public class Backbone {

  /** How long a test waits for the consumers; generous because other builds may share the machine. */
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  @Inject
  DataSource dataSource;

  @Inject
  KafkaClients clients;

  @Inject
  MeterRegistry registry;

  private KafkaProducer<String, byte[]> producer;

  public DataSource dataSource() {
    return dataSource;
  }

  public KafkaClients clients() {
    return clients;
  }

  /** A name no earlier test (or run, on an external broker and database) used. */
  public static String fresh(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Creates the topic (unless it exists) and waits until the broker leads every partition: an idempotent producer that
   * sends to a partition whose leader is not ready yet may have its first batch refused after later ones were
   * written, and then fails with OutOfOrderSequenceException.
   */
  public String topic(String name) {
    clients.ensureTopics(List.of(name), true);
    return ready(name);
  }

  /** Waits until the broker answers for the latest offset of every partition of the topic. */
  public String ready(String name) {
    try (Admin admin = admin()) {
      await().atMost(PATIENCE).ignoreExceptions().pollInterval(Duration.ofMillis(100)).until(() -> {
        var description = admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().size() == latest.size();
      });
    }
    return name;
  }

  public static String[] keys(int n) {
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = String.format("35.%02d.%02d", 1 + i / 90, 10 + i % 90);
    }
    return keys;
  }

  public static EventEnvelope event(String key, int seq) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("key", key);
    payload.put("seq", seq);
    return new EventEnvelope(UUID.randomUUID(), SequenceHandler.TYPE, 1, key, Instant.parse("2024-07-01T00:00:00Z"),
        "reporting-service", CanonicalJson.tree(payload));
  }

  /**
   * Sends events 1..perKey of every key, round by round (seq 1 of every key, then seq 2, …), and waits for the
   * broker's acknowledgements. Returns the partition of each key.
   */
  public Map<String, Integer> sendSequences(String topic, String[] keys, int perKey) {
    return sendSequences(topic, keys, perKey, 0);
  }

  /** As {@link #sendSequences(String, String[], int)}, with seqs from first + 1 to first + perKey. */
  public Map<String, Integer> sendSequences(String topic, String[] keys, int perKey, int first) {
    Map<String, Integer> partitions = new HashMap<>();
    for (int seq = first + 1; seq <= first + perKey; seq++) {
      List<Future<RecordMetadata>> acks = new ArrayList<>();
      for (String key : keys) {
        acks.add(sendAsync(topic, key, event(key, seq).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
      for (int i = 0; i < acks.size(); i++) {
        try {
          partitions.put(keys[i], acks.get(i).get().partition());
        } catch (Exception e) {
          throw new IllegalStateException("send failed", e);
        }
      }
    }
    return partitions;
  }

  /**
   * Sends events from + 1 .. to of one key with one producer (which keeps them in order) and waits for every
   * acknowledgement: a backlog on one partition, written fast.
   */
  public void sendRun(String topic, String key, int from, int to) {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (int seq = from + 1; seq <= to; seq++) {
      acks.add(sendAsync(topic, key, event(key, seq).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    for (Future<RecordMetadata> ack : acks) {
      try {
        ack.get();
      } catch (Exception e) {
        throw new IllegalStateException("send failed", e);
      }
    }
  }

  /** Sends one raw record and waits for its acknowledgement. */
  public RecordMetadata send(String topic, String key, byte[] value) {
    try {
      return sendAsync(topic, key, value).get();
    } catch (Exception e) {
      throw new IllegalStateException("send failed", e);
    }
  }

  private Future<RecordMetadata> sendAsync(String topic, String key, byte[] value) {
    return producer().send(new ProducerRecord<>(topic, key, value));
  }

  private synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      producer = clients.producer("backbone-test");
    }
    return producer;
  }

  /** The consumer group a consumer reads in: its name and its generation, which a rebuild raises. */
  public String group(String consumer) {
    return consumer + "-g" + count("select coalesce(max(generation), 1) from consumer_generation where consumer = ?",
        consumer);
  }

  /**
   * Records on the topic beyond what the group has committed (every record of a partition without a committed offset),
   * as the broker tells it: what a restarted consumer of the group would read again.
   */
  public long committedLag(String group, String topic) {
    try (Admin admin = admin()) {
      Map<TopicPartition, Long> end = endOffsets(admin, topic);
      Map<TopicPartition, OffsetAndMetadata> committed = admin
          .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      long lag = 0;
      for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
        var c = committed.get(e.getKey());
        lag += e.getValue() - (c == null ? 0 : c.offset());
      }
      return lag;
    } catch (Exception e) {
      throw new IllegalStateException("committed lag of " + group + " on " + topic, e);
    }
  }

  /** Records on the topic (the sum of its partitions' end offsets; topics here start at offset 0). */
  public long records(String topic) {
    try (Admin admin = admin()) {
      return endOffsets(admin, topic).values().stream().mapToLong(Long::longValue).sum();
    } catch (Exception e) {
      throw new IllegalStateException("end offsets of " + topic, e);
    }
  }

  /**
   * Sets the group's committed offsets of every partition of the topic back to 0, as an operator's
   * {@code kafka-consumer-groups --reset-offsets --to-earliest} does. The broker accepts it only while the group has no
   * member: waits for the stopped consumer's workers to have left.
   */
  public void resetOffsetsToEarliest(String group, String topic) {
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
      endOffsets(admin, topic).keySet().forEach(tp -> earliest.put(tp, new OffsetAndMetadata(0)));
      await().atMost(PATIENCE).ignoreExceptions().pollInterval(Duration.ofMillis(200)).until(() -> {
        admin.alterConsumerGroupOffsets(group, earliest).all().get();
        return true;
      });
    } catch (Exception e) {
      throw new IllegalStateException("offsets of " + group + " on " + topic + " not reset", e);
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
    var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<TopicPartition, Long> end = new HashMap<>();
    admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
    return end;
  }

  private static Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", LocalStack.kafkaBootstrapServers()));
  }

  /** Every key's applied seqs in the order they were applied (duplicates, gaps and reorderings show). */
  public Map<String, List<Integer>> applied(String consumer) {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    query("select event_key, seq from test_applied where consumer = ? order by event_key, position", consumer,
        rs -> byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)));
    return byKey;
  }

  /** The worker threads that applied events of this consumer. */
  public List<String> workersThatApplied(String consumer) {
    List<String> workers = new ArrayList<>();
    query("select distinct worker from test_applied where consumer = ? order by worker", consumer,
        rs -> workers.add(rs.getString(1)));
    return workers;
  }

  public long appliedCount(String consumer) {
    return count("select count(*) from test_applied where consumer = ?", consumer);
  }

  public long inboxCount(String consumer) {
    return count("select count(*) from inbox_event where consumer = ?", consumer);
  }

  /** events and seq_sum of test_total, or zeros. */
  public long[] total(String consumer) {
    long[] total = new long[2];
    query("select events, seq_sum from test_total where consumer = ?", consumer, rs -> {
      total[0] = rs.getLong(1);
      total[1] = rs.getLong(2);
    });
    return total;
  }

  public void awaitApplied(String consumer, long events) {
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> appliedCount(consumer) >= events);
  }

  /** Expected content of {@link #applied}: 1..perKey for every key. */
  public static Map<String, List<Integer>> complete(String[] keys, int perKey) {
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    for (String key : java.util.Arrays.stream(keys).sorted().toList()) {
      List<Integer> seqs = new ArrayList<>();
      for (int s = 1; s <= perKey; s++) {
        seqs.add(s);
      }
      expected.put(key, seqs);
    }
    return expected;
  }

  public double counter(String name, String consumer) {
    Counter c = registry.find(name).tag("consumer", consumer).counter();
    return c == null ? 0 : c.count();
  }

  public double gauge(String name, String... tags) {
    var g = registry.find(name).tags(tags).gauge();
    return g == null ? Double.NaN : g.value();
  }

  public void execute(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public long count(String sql, Object... args) {
    long[] n = new long[1];
    query(sql, args, rs -> n[0] = rs.getLong(1));
    return n[0];
  }

  public interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  public void query(String sql, Object arg, Row row) {
    query(sql, new Object[] {arg}, row);
  }

  public void query(String sql, Object[] args, Row row) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
