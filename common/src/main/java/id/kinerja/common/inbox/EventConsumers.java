package id.kinerja.common.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;

import id.kinerja.common.events.EventsConfig;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import id.kinerja.common.trace.Tracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

/** Starts and stops the service's consumers and shares one dead-letter producer between them. */
@ApplicationScoped
public class EventConsumers {

  private static final Logger LOG = Logger.getLogger(EventConsumers.class);
  /** A start-up without the broker should not wait long for a figure it can do without. */
  private static final Duration PARTITION_COUNT_WAIT = Duration.ofSeconds(5);

  record Settings(KafkaClients clients, int maxPollRecords, int maxAttempts, Duration maxBackoff, Tracing tracing) {
    String deadLetterTopic(String consumer) {
      return Topics.deadLetter(consumer);
    }
  }

  @Inject
  KafkaClients clients;

  @Inject
  InboxStore store;

  @Inject
  EventsConfig config;

  @Inject
  MeterRegistry registry;

  @Inject
  ConsumerLag lag;

  @Inject
  Tracing tracing;

  private final Map<String, EventConsumer> consumers = new ConcurrentHashMap<>();
  private KafkaProducer<String, byte[]> deadLetters;

  /**
   * Starts a consumer (unless consumers are switched off) with {@code kinerja.events.consumer.workers} workers and
   * returns it. With more than one, {@code handler} is called by several threads at once (see {@link EventHandler}).
   */
  public EventConsumer start(String name, Collection<String> topics, EventHandler handler) {
    return start(name, topics, handler, config.consumer().workers());
  }

  /**
   * Starts a consumer with the given number of workers, whatever the configuration says: a service whose handler is
   * not safe to call concurrently passes 1.
   */
  public synchronized EventConsumer start(String name, Collection<String> topics, EventHandler handler, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("consumer " + name + " needs at least one worker, not " + workers);
    }
    if (deadLetters == null) {
      deadLetters = clients.producer("dead-letters");
    }
    EventConsumer existing = consumers.get(name);
    if (existing != null) {
      if (config.consumer().enabled()) {
        existing.start();
      }
      return existing;
    }
    clients.ensureTopics(new ArrayList<>(topics), true, workers);
    clients.ensureTopics(List.of(Topics.deadLetter(name)), true);
    int effective = workers > 1 ? usableWorkers(name, topics, workers) : workers;
    EventConsumer c = new EventConsumer(name, topics, handler, store,
        new Settings(clients, config.consumer().maxPollRecords(), config.consumer().maxAttempts(),
            config.consumer().maxBackoff(), tracing),
        effective, deadLetters, registry);
    consumers.put(name, c);
    if (config.consumer().enabled()) {
      c.start();
    }
    lag.watch(c);
    return c;
  }

  /**
   * Partitions are assigned by ranges per topic, so a worker beyond the partitions of the largest topic would never be
   * given one. A topic that exists with fewer partitions than workers is not changed (adding partitions moves keys,
   * see {@link KafkaClients#ensureTopics(List, boolean, int)}): only as many workers as it has partitions read it.
   * Topics of different sizes lose the co-partitioning (a key's partition number differs between them).
   */
  private int usableWorkers(String name, Collection<String> topics, int workers) {
    Map<String, Integer> counts = clients.partitionCounts(topics, PARTITION_COUNT_WAIT);
    if (!counts.keySet().containsAll(topics)) {
      LOG.infof("Consumer %s: partitions of %s unknown; starting %d workers", name, topics, workers);
      return workers;
    }
    int widest = 0;
    for (String t : topics) {
      int n = counts.get(t);
      widest = Math.max(widest, n);
      if (n < workers) {
        LOG.warnf("Consumer %s: topic %s has %d partitions, fewer than the %d workers: at most %d of them read it."
            + " Raise its partitions only with its producers stopped and every consumer caught up (a key's new events"
            + " would go to another partition than its old ones), or configure fewer workers", name, t, n, workers, n);
      }
    }
    if (counts.values().stream().distinct().count() > 1) {
      LOG.warnf("Consumer %s: its topics have different numbers of partitions %s: one key's events on different topics"
          + " may be applied by two workers at once", name, counts);
    }
    if (widest < workers) {
      LOG.warnf("Consumer %s: %d workers configured, %d started (no topic has more partitions)", name, workers, widest);
      return widest;
    }
    return workers;
  }

  public Optional<EventConsumer> get(String name) {
    return Optional.ofNullable(consumers.get(name));
  }

  /** Stops a consumer: the service stays up and reads nothing until {@link #resume(String)}. */
  public void pause(String name) {
    get(name).ifPresent(EventConsumer::stop);
  }

  public void resume(String name) {
    get(name).ifPresent(EventConsumer::start);
  }

  synchronized void onStop(@Observes ShutdownEvent ev) {
    consumers.values().forEach(EventConsumer::stop);
    if (deadLetters != null) {
      deadLetters.close(Duration.ofSeconds(5));
    }
  }
}
