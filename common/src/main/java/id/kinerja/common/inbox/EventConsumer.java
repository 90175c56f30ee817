package id.kinerja.common.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;

/**
 * An idempotent consumer: for each poll, the ids of the events are recorded and the events applied in one
 * database transaction; offsets are committed only after it commits. A redelivered event finds its id
 * recorded and changes nothing. While the database is unreachable the batch is retried from the same offsets;
 * an event that cannot be parsed, breaks its schema or keeps failing goes to the dead-letter topic with the
 * reason, and the partition moves on.
 */
public final class EventConsumer {

  private static final Logger LOG = Logger.getLogger(EventConsumer.class);

  private final String name;
  private final Collection<String> topics;
  private final EventHandler handler;
  private final InboxStore store;
  private final EventConsumers.Settings settings;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final Counter applied;
  private final Counter duplicates;
  private final Counter deadLettered;
  private final MeterRegistry registry;
  private final AtomicReference<Instant> lastApplied = new AtomicReference<>();
  private final Map<String, Integer> attempts = new HashMap<>();

  private volatile boolean running;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private Thread thread;
  private KafkaClientMetrics metrics;

  EventConsumer(String name, Collection<String> topics, EventHandler handler, InboxStore store,
      EventConsumers.Settings settings, KafkaProducer<String, byte[]> deadLetters, MeterRegistry registry) {
    this.name = name;
    this.topics = List.copyOf(topics);
    this.handler = handler;
    this.store = store;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.registry = registry;
    this.applied = registry.counter("kinerja.consumer.applied", "consumer", name);
    this.duplicates = registry.counter("kinerja.consumer.duplicates", "consumer", name);
    this.deadLettered = registry.counter("kinerja.consumer.dead.lettered", "consumer", name);
  }

  public String name() {
    return name;
  }

  public boolean isRunning() {
    return running;
  }

  /** When the last new event was applied, or null. */
  public Instant lastApplied() {
    return lastApplied.get();
  }

  synchronized void start() {
    if (running) {
      return;
    }
    String group = name + "-g" + store.generation(name);
    consumer = settings.clients().consumer(group, settings.maxPollRecords());
    metrics = new KafkaClientMetrics(consumer);
    metrics.bindTo(registry);
    consumer.subscribe(topics);
    running = true;
    thread = new Thread(this::loop, "consumer-" + name);
    thread.setDaemon(true);
    thread.start();
    LOG.infof("Consumer %s started as group %s on %s", name, group, topics);
  }

  synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops, runs {@code reset} (e.g. truncating projections) in the same transaction that forgets the processed
   * ids and moves to a new consumer group, then starts again from the first offset of every partition.
   */
  public synchronized void rebuild(Runnable reset) {
    stop();
    store.resetForRebuild(name, reset);
    start();
  }

  private void loop() {
    long loopFailures = 0;
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) {
          continue;
        }
        try {
          handle(records);
          loopFailures = 0;
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          // e.g. the dead-letter topic or the offset commit is unreachable: nothing is lost, the batch comes again.
          loopFailures++;
          rewind(firstOffsets(records));
          Duration d = backoff(loopFailures);
          LOG.warnf("Consumer %s: %s; the batch of %d records is read again in %d ms", name, rootMessage(e), records.count(),
              d.toMillis());
          pause(d);
        }
      }
    } catch (WakeupException e) {
      if (running) {
        LOG.error("Unexpected wake-up of consumer " + name, e);
      }
    } catch (RuntimeException e) {
      LOG.error("Consumer " + name + " stopped", e);
      running = false;
    } finally {
      metrics.close();
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void handle(ConsumerRecords<String, byte[]> records) {
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
    records.forEach(all::add);
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : all) {
      commit.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : all) {
      EventEnvelope event;
      try {
        event = EventEnvelope.parse(r.value());
      } catch (IllegalArgumentException e) {
        deadLetter(r, "unparseable: " + e.getMessage());
        continue;
      }
      if (!handler.handledTypes().contains(event.type())) {
        continue;
      }
      List<String> problems = EventSchemas.validate(event);
      if (!problems.isEmpty()) {
        deadLetter(r, "schema: " + String.join("; ", problems));
        continue;
      }
      candidates.add(new Candidate(r, event));
    }
    if (!applyWithRetry(candidates)) {
      rewind(firstOffsets(records));
      return;
    }
    try {
      consumer.commitSync(commit);
    } catch (org.apache.kafka.clients.consumer.CommitFailedException e) {
      // The group rebalanced: another member gets these records again and finds their ids recorded.
      LOG.infof("Consumer %s: offset commit lost to a rebalance; redelivery is harmless", name);
    }
  }

  private static Map<TopicPartition, Long> firstOffsets(ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, Long> first = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
    }
    return first;
  }

  /** Returns false when the loop was stopped before the batch could be applied. */
  private boolean applyWithRetry(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return true;
    }
    long failures = 0;
    while (running) {
      try {
        applyBatch(candidates);
        return true;
      } catch (RuntimeException e) {
        if (Transient.isTransient(e)) {
          // The transaction rolled back (or, if the commit's answer was lost, its ids are recorded and skipped next
          // time): the same events are tried again, however long it takes.
          failures++;
          Duration d = backoff(failures);
          LOG.warnf("Consumer %s: transient failure (%s); retrying the batch of %d events in %d ms", name,
              rootMessage(e), candidates.size(), d.toMillis());
          pause(d);
          continue;
        }
        if (candidates.size() == 1) {
          Candidate c = candidates.get(0);
          int n = attempts.merge(c.event().id().toString(), 1, Integer::sum);
          if (n >= settings.maxAttempts()) {
            attempts.remove(c.event().id().toString());
            deadLetter(c.record(), "failed " + n + " times: " + rootMessage(e));
            return true;
          }
          Duration d = backoff(n);
          LOG.warnf("Consumer %s: event %s (%s-%d@%d) failed, attempt %d of %d (%s); retrying in %d ms", name,
              c.event().id(), c.record().topic(), c.record().partition(), c.record().offset(), n, settings.maxAttempts(),
              rootMessage(e), d.toMillis());
          pause(d);
          continue;
        }
        // One bad event must not hold back the others: apply them one by one.
        for (Candidate c : candidates) {
          if (!applyWithRetry(List.of(c))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private void applyBatch(List<Candidate> candidates) {
    int fresh = store.applyNew(name, candidates.stream().map(Candidate::event).toList(), handler);
    if (fresh > 0) {
      lastApplied.set(Instant.now());
    }
    applied.increment(fresh);
    duplicates.increment(candidates.size() - fresh);
  }

  private void rewind(Map<TopicPartition, Long> firstOffsets) {
    if (!running) {
      return;
    }
    firstOffsets.forEach(consumer::seek);
  }

  private Duration backoff(long failures) {
    long ms = Math.min(settings.maxBackoff().toMillis(), 100L << Math.min(failures, 10));
    return Duration.ofMillis(ms);
  }

  private void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void deadLetter(ConsumerRecord<String, byte[]> r, String why) {
    String reason = why.replaceAll("\\s+", " "); // one line in the log, the header and the operator's list
    LOG.warnf("Consumer %s dead-letters %s-%d@%d: %s", name, r.topic(), r.partition(), r.offset(), reason);
    ProducerRecord<String, byte[]> dlt = new ProducerRecord<>(settings.deadLetterTopic(name), r.key(), r.value());
    dlt.headers().add("dlt-reason", utf8(reason.length() > 4000 ? reason.substring(0, 4000) : reason));
    dlt.headers().add("dlt-original-topic", utf8(r.topic()));
    dlt.headers().add("dlt-original-partition", utf8(Integer.toString(r.partition())));
    dlt.headers().add("dlt-original-offset", utf8(Long.toString(r.offset())));
    dlt.headers().add("dlt-consumer", utf8(name));
    dlt.headers().add("dlt-at", utf8(Instant.now().toString()));
    try {
      deadLetters.send(dlt).get();
    } catch (Exception e) {
      // Without the dead letter the record would be lost: stop here and retry the batch.
      throw new IllegalStateException("Cannot write dead letter for " + r.topic() + "@" + r.offset(), e);
    }
    deadLettered.increment();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String rootMessage(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    // One log line and one header value: PostgreSQL messages carry line breaks ("Position: 13").
    return (c.getClass().getSimpleName() + ": " + c.getMessage()).replaceAll("\\s+", " ");
  }

  private record Candidate(ConsumerRecord<String, byte[]> record, EventEnvelope event) {
  }
}
