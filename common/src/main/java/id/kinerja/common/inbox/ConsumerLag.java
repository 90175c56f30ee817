package id.kinerja.common.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import id.kinerja.common.events.EventsConfig;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;

/**
 * What an operator needs to see of each consumer without a command-line tool, measured at the broker every
 * {@code kinerja.events.consumer.lag-interval} (5 s): its lag per topic — the end offset of each partition minus the
 * offset its group committed (a partition it never committed counts in full) — and the dead letters on its
 * dead-letter topic. Exported as {@code kinerja_consumer_lag_events{consumer,topic}} and
 * {@code kinerja_dead_letters{consumer}}, and shown by the health check {@link ConsumersHealth}.
 * <p>
 * The Kafka client's own {@code records-lag} is measured at the worker's polls: it reads 0 or nothing at all while the
 * worker is stuck in a batch, paused or retrying, which is exactly when the backlog grows. The committed lag moves
 * with what was really applied (offsets are committed after the transaction), whichever worker or instance did it.
 * One admin client per service asks three cheap questions per round (committed offsets of each group, end offsets,
 * the dead-letter topics' first and end offsets). While the broker does not answer, the figures keep their last value
 * and {@link #measuredAt()} tells how old they are.
 */
@ApplicationScoped
public class ConsumerLag {

  private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
  private static final Duration BROKER_WAIT = Duration.ofSeconds(5);

  /** One consumer's figures at the last measurement. */
  public record Figures(String consumer, String group, boolean running, Map<String, Long> lagPerTopic,
      long deadLetters) {

    public long lag() {
      return lagPerTopic.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  @Inject
  KafkaClients clients;

  @Inject
  EventsConfig config;

  @Inject
  MeterRegistry registry;

  private final Map<String, EventConsumer> watched = new ConcurrentHashMap<>();
  /** Gauge values, held here: the registry keeps only a weak reference. */
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final Map<String, Figures> figures = new ConcurrentHashMap<>();
  private volatile long measuredAtMillis;
  private ScheduledExecutorService timer;
  private Admin admin;

  /** Starts measuring the consumer (the first call starts the timer). */
  synchronized void watch(EventConsumer consumer) {
    watched.put(consumer.name(), consumer);
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "consumer-lag");
        t.setDaemon(true);
        return t;
      });
      long every = Math.max(100, config.consumer().lagInterval().toMillis());
      timer.scheduleWithFixedDelay(this::measureQuietly, 0, every, TimeUnit.MILLISECONDS);
    }
  }

  /** The figures of every watched consumer at the last measurement, by consumer name. */
  public Map<String, Figures> figures() {
    return Map.copyOf(figures);
  }

  /** When the figures were last measured (epoch milliseconds), 0 before the first measurement. */
  public long measuredAt() {
    return measuredAtMillis;
  }

  private void measureQuietly() {
    try {
      measure();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // The broker is away or slow: the figures keep their last value; the next round asks again with a new client.
      LOG.debugf("Consumer lag not measured: %s", e.toString());
      closeAdmin();
    }
  }

  /** One round: every watched consumer's lag per topic and its dead letters. */
  synchronized void measure() throws Exception {
    if (watched.isEmpty()) {
      return;
    }
    Admin a = admin();
    long wait = BROKER_WAIT.toMillis();
    Set<String> topics = new java.util.TreeSet<>();
    watched.values().forEach(c -> {
      topics.addAll(c.topics());
      topics.add(Topics.deadLetter(c.name()));
    });
    Set<String> existing = a.listTopics().names().get(wait, TimeUnit.MILLISECONDS);
    List<String> present = topics.stream().filter(existing::contains).toList();
    List<TopicPartition> partitions = new ArrayList<>();
    a.describeTopics(present).allTopicNames().get(wait, TimeUnit.MILLISECONDS)
        .forEach((t, d) -> d.partitions().forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
    Map<TopicPartition, Long> ends = offsets(a, partitions, OffsetSpec.latest());
    List<TopicPartition> dlt = partitions.stream().filter(tp -> tp.topic().startsWith(Topics.deadLetter(""))).toList();
    Map<TopicPartition, Long> starts = offsets(a, dlt, OffsetSpec.earliest());

    for (EventConsumer c : watched.values()) {
      String group = c.group();
      if (group == null) {
        continue; // never started (consumers switched off): no group to measure
      }
      Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(wait, TimeUnit.MILLISECONDS);
      Map<String, Long> lag = new LinkedHashMap<>();
      for (String topic : c.topics()) {
        long behind = 0;
        for (TopicPartition tp : partitions) {
          if (tp.topic().equals(topic)) {
            OffsetAndMetadata o = committed.get(tp);
            behind += Math.max(0, ends.get(tp) - (o == null ? 0 : o.offset()));
          }
        }
        lag.put(topic, behind);
        value("kinerja.consumer.lag.events", Tags.of("consumer", c.name(), "topic", topic)).set(behind);
      }
      String dltTopic = Topics.deadLetter(c.name());
      long dead = 0;
      for (TopicPartition tp : dlt) {
        if (tp.topic().equals(dltTopic)) {
          dead += Math.max(0, ends.get(tp) - starts.getOrDefault(tp, 0L));
        }
      }
      value("kinerja.dead.letters", Tags.of("consumer", c.name())).set(dead);
      figures.put(c.name(), new Figures(c.name(), group, c.isRunning(), lag, dead));
    }
    measuredAtMillis = System.currentTimeMillis();
  }

  private static Map<TopicPartition, Long> offsets(Admin a, List<TopicPartition> partitions, OffsetSpec spec)
      throws Exception {
    if (partitions.isEmpty()) {
      return Map.of();
    }
    Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
    partitions.forEach(tp -> ask.put(tp, spec));
    Map<TopicPartition, ListOffsetsResultInfo> info = a.listOffsets(ask).all()
        .get(BROKER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> out = new HashMap<>();
    info.forEach((tp, i) -> out.put(tp, i.offset()));
    return out;
  }

  private AtomicLong value(String name, Tags tags) {
    String key = name + tags;
    return values.computeIfAbsent(key, k -> registry.gauge(name, tags, new AtomicLong()));
  }

  private Admin admin() {
    if (admin == null) {
      Map<String, Object> settings = clients.adminSettings();
      settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) BROKER_WAIT.toMillis());
      settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) BROKER_WAIT.toMillis());
      settings.put(AdminClientConfig.CLIENT_ID_CONFIG, config.source() + "-consumer-lag");
      admin = Admin.create(settings);
    }
    return admin;
  }

  private synchronized void closeAdmin() {
    if (admin != null) {
      try {
        admin.close(Duration.ofSeconds(1));
      } catch (RuntimeException e) {
        LOG.debugf("Closing the lag's admin client: %s", e.toString());
      }
      admin = null;
    }
  }

  synchronized void onStop(@Observes ShutdownEvent ev) {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    closeAdmin();
  }
}
