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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.logging.LogContext;
import id.kinerja.common.trace.Tracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * An idempotent consumer: for each poll, the ids of the events are recorded and the events applied in one
 * database transaction; offsets are committed only after it commits. A redelivered event finds its id
 * recorded and changes nothing. While the database is unreachable the batch is retried from the same offsets;
 * an event that cannot be parsed, breaks its schema or keeps failing goes to the dead-letter topic with the
 * reason, and the partition moves on.
 * <p>
 * It runs as one or more <b>workers</b>: each is a Kafka consumer of the consumer's group on its own thread, and the
 * group gives each partition to one worker at a time. A key (kecamatan or kabupaten code) always lands on one
 * partition, so a key's events are applied in offset order by one worker at a time; events of different partitions
 * are applied concurrently, each batch in its own transaction. Partitions are assigned by ranges per topic
 * ({@link id.kinerja.common.events.KafkaClients#consumer(String, String, int)}): partition n of each topic goes to
 * the same worker, so a key's events on several topics are not applied concurrently either.
 * <p>
 * When partitions move (a worker starts, stops or is evicted), the worker giving them up has no batch in flight (it
 * applies between polls, and Kafka moves partitions only inside a poll): it commits the offsets of what it applied
 * and nothing beyond. A worker evicted while its batch is still running (stuck past {@code max.poll.interval.ms})
 * cannot commit offsets any more; the new owner reads the same records again, and its inbox insert waits for the
 * evicted worker's transaction, then applies only what that transaction did not.
 */
public final class EventConsumer {

  private static final Logger LOG = Logger.getLogger(EventConsumer.class);
  private static final Duration POLL = Duration.ofMillis(200);
  /** How long a stopping worker may take to finish its batch and commit before a blocking Kafka call is woken up. */
  private static final long STOP_GRACE_MS = 10_000;
  private static final long STOP_WAIT_MS = 30_000;

  private final String name;
  private final Collection<String> topics;
  private final EventHandler handler;
  private final InboxStore store;
  private final EventConsumers.Settings settings;
  private final int workerCount;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final Counter applied;
  private final Counter duplicates;
  private final Counter deadLettered;
  private final Counter failedAttempts;
  private final MeterRegistry registry;
  private final AtomicReference<Instant> lastApplied = new AtomicReference<>();
  /** Failed attempts per event id, shared by the workers: an event keeps its count when its partition moves. */
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  /** The current workers: an immutable list, replaced under this object's lock (read without it by the gauge). */
  private volatile List<Worker> workers = List.of();

  private volatile boolean running;
  private volatile String group;

  EventConsumer(String name, Collection<String> topics, EventHandler handler, InboxStore store,
      EventConsumers.Settings settings, int workers, KafkaProducer<String, byte[]> deadLetters, MeterRegistry registry) {
    if (workers < 1) {
      throw new IllegalArgumentException("consumer " + name + " needs at least one worker, not " + workers);
    }
    this.name = name;
    this.topics = List.copyOf(topics);
    this.handler = handler;
    this.store = store;
    this.settings = settings;
    this.workerCount = workers;
    this.deadLetters = deadLetters;
    this.registry = registry;
    this.applied = registry.counter("kinerja.consumer.applied", "consumer", name);
    this.duplicates = registry.counter("kinerja.consumer.duplicates", "consumer", name);
    this.deadLettered = registry.counter("kinerja.consumer.dead.lettered", "consumer", name);
    this.failedAttempts = registry.counter("kinerja.consumer.failed.attempts", "consumer", name);
    registry.gauge("kinerja.consumer.workers", Tags.of("consumer", name), this, EventConsumer::runningWorkers);
  }

  public String name() {
    return name;
  }

  /** The topics it reads. */
  public Collection<String> topics() {
    return topics;
  }

  /** Its current consumer group (a rebuild moves to the next), or null before it was first started. */
  public String group() {
    return group;
  }

  /** Whether the consumer is started (not paused) and at least one of its workers runs. */
  public boolean isRunning() {
    return running && runningWorkers() > 0;
  }

  /** How many workers this consumer starts. */
  public int workers() {
    return workerCount;
  }

  /** Workers whose thread is running (fewer than {@link #workers()} after one stopped on an unexpected failure). */
  public int runningWorkers() {
    return (int) workers.stream().filter(Worker::alive).count();
  }

  /** When the last new event was applied, or null. */
  public Instant lastApplied() {
    return lastApplied.get();
  }

  /** Starts the workers; when already started, replaces workers that stopped on an unexpected failure. */
  synchronized void start() {
    if (running) {
      List<Worker> current = new ArrayList<>(workers);
      for (int i = 0; i < current.size(); i++) {
        if (!current.get(i).alive()) {
          LOG.infof("Consumer %s: worker %d is started again", name, i);
          current.set(i, new Worker(i, group));
          current.get(i).start();
        }
      }
      workers = List.copyOf(current);
      return;
    }
    group = name + "-g" + store.generation(name);
    List<Worker> started = new ArrayList<>();
    for (int i = 0; i < workerCount; i++) {
      started.add(new Worker(i, group));
    }
    workers = List.copyOf(started);
    running = true;
    workers.forEach(Worker::start);
    LOG.infof("Consumer %s started as group %s on %s with %d worker(s)", name, group, topics, workerCount);
  }

  /** Stops every worker: each finishes the batch it is applying, commits its offsets and leaves the group. */
  synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    workers.forEach(Worker::requestStop);
    workers.forEach(Worker::awaitStopped);
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

  /** The worker with this index (tests and diagnostics). */
  Worker worker(int index) {
    return workers.get(index);
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

  private Duration backoff(long failures) {
    long ms = Math.min(settings.maxBackoff().toMillis(), 100L << Math.min(failures, 10));
    return Duration.ofMillis(ms);
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

  /**
   * One Kafka consumer of the group on its own thread. Its Kafka consumer is used by its thread only (the rebalance
   * callbacks run inside its poll).
   */
  final class Worker implements ConsumerRebalanceListener {

    private final int index;
    private final String group;
    private final String label;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaClientMetrics metrics;
    private final Thread thread;
    /** Offsets of records whose transaction committed but whose offset commit has not succeeded yet; own thread only. */
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile boolean active = true;

    Worker(int index, String group) {
      this.index = index;
      this.group = group;
      // With one worker, names and client ids stay as they were before workers existed (dashboards keep working).
      this.label = workerCount > 1 ? name + "-w" + index : name;
      this.consumer = settings.clients().consumer(group, workerCount > 1 ? group + "-w" + index : group,
          settings.maxPollRecords());
      this.metrics = new KafkaClientMetrics(consumer);
      metrics.bindTo(registry);
      this.thread = new Thread(this::loop, "consumer-" + label);
      thread.setDaemon(true);
    }

    int index() {
      return index;
    }

    /** The partitions this worker was last given (as of its last poll). */
    Set<TopicPartition> assignment() {
      return assignment;
    }

    String threadName() {
      return thread.getName();
    }

    boolean alive() {
      return thread.isAlive();
    }

    void start() {
      thread.start();
    }

    /** Asks the worker to stop after the batch in flight; returns at once. */
    void requestStop() {
      active = false;
    }

    /** Waits for the worker to stop, waking up a Kafka call that blocks it after a grace period. */
    void awaitStopped() {
      try {
        thread.join(STOP_GRACE_MS);
        if (thread.isAlive()) {
          consumer.wakeup();
          thread.join(STOP_WAIT_MS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assignment = Set.copyOf(consumer.assignment());
      if (!partitions.isEmpty()) {
        LOG.debugf("Consumer %s: assigned %s", label, partitions);
      }
    }

    /** Called inside this worker's poll, so no batch is in flight: commit what was applied on them, nothing more. */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
      for (TopicPartition tp : partitions) {
        OffsetAndMetadata o = uncommitted.remove(tp);
        if (o != null) {
          done.put(tp, o);
        }
      }
      if (!done.isEmpty()) {
        try {
          consumer.commitSync(done);
        } catch (RuntimeException e) {
          // The new owner reads these records again and finds their ids recorded.
          LOG.infof("Consumer %s: offsets of revoked partitions not committed (%s); redelivery is harmless", label,
              rootMessage(e));
        }
      }
      assignment = Set.copyOf(withoutAll(consumer.assignment(), partitions));
      LOG.debugf("Consumer %s: revoked %s", label, partitions);
    }

    /** The group went on without this worker (evicted): its offsets can no longer be committed. */
    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(uncommitted::remove);
      assignment = Set.copyOf(withoutAll(consumer.assignment(), partitions));
      LOG.infof("Consumer %s: lost %s to the group (evicted); their records are applied by the new owner", label,
          partitions);
    }

    private static Set<TopicPartition> withoutAll(Set<TopicPartition> all, Collection<TopicPartition> gone) {
      Set<TopicPartition> rest = new java.util.HashSet<>(all);
      gone.forEach(rest::remove);
      return rest;
    }

    private void loop() {
      long loopFailures = 0;
      // Every line this worker logs names its consumer; a batch's lines also its kecamatan (LogContext).
      org.jboss.logging.MDC.put(LogContext.CONSUMER, name);
      try {
        consumer.subscribe(topics, this);
        while (active) {
          ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
          if (records.isEmpty()) {
            retryCommit(); // a commit refused during a rebalance is tried again while idle
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
            LOG.warnf("Consumer %s: %s; the batch of %d records is read again in %d ms", label, rootMessage(e),
                records.count(), d.toMillis());
            pause(d);
          }
        }
      } catch (WakeupException e) {
        if (active) {
          LOG.error("Unexpected wake-up of consumer " + label, e);
        }
      } catch (RuntimeException e) {
        LOG.error("Consumer " + label + " stopped", e);
      } finally {
        active = false;
        try {
          commitUncommitted();
        } catch (RuntimeException e) {
          LOG.debugf("Consumer %s: last offset commit failed: %s", label, rootMessage(e));
        }
        try {
          consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
          LOG.debugf("Consumer %s: close: %s", label, rootMessage(e));
        }
        metrics.close();
        assignment = Set.of();
      }
    }

    /** The key every record of the batch in hand has (a kecamatan or kabupaten code), or null; own thread only. */
    private String batchKey;

    private void handle(ConsumerRecords<String, byte[]> records) {
      String key = null;
      boolean oneKey = true;
      for (ConsumerRecord<String, byte[]> r : records) {
        if (key == null) {
          key = r.key();
        } else if (!key.equals(r.key())) {
          oneKey = false;
        }
      }
      batchKey = oneKey ? key : null;
      inLogContext(batchKey, null);
      try {
        handleBatch(records);
      } finally {
        batchKey = null;
        inLogContext(null, null);
      }
    }

    /** The log context of what is being applied: the kabupaten/kecamatan of the key, the event id when one alone. */
    private void inLogContext(String key, String eventId) {
      LogContext.clearTenant();
      LogContext.tenant(key);
      if (eventId == null) {
        org.jboss.logging.MDC.remove(LogContext.EVENT);
      } else {
        org.jboss.logging.MDC.put(LogContext.EVENT, eventId);
      }
    }

    private void deadLetterInContext(ConsumerRecord<String, byte[]> r, String eventId, String why) {
      inLogContext(r.key(), eventId);
      try {
        deadLetter(r, why);
      } finally {
        inLogContext(batchKey, null);
      }
    }

    private void handleBatch(ConsumerRecords<String, byte[]> records) {
      List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
      records.forEach(all::add);
      Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
      for (ConsumerRecord<String, byte[]> r : all) {
        done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
      }
      List<Candidate> candidates = new ArrayList<>();
      Predicate<String> wanted = handler.keysWanted();
      for (ConsumerRecord<String, byte[]> r : all) {
        if (!wanted.test(r.key())) {
          continue;
        }
        JsonNode tree;
        EventEnvelope event;
        try {
          tree = EventEnvelope.tree(r.value()); // parsed once: checked and read from the same tree
          event = EventEnvelope.of(tree);
        } catch (IllegalArgumentException e) {
          deadLetterInContext(r, null, "unparseable: " + e.getMessage());
          continue;
        }
        if (!handler.handledTypes().contains(event.type())) {
          continue;
        }
        List<String> problems = EventSchemas.validate(tree);
        if (!problems.isEmpty()) {
          deadLetterInContext(r, event.id().toString(), "schema: " + String.join("; ", problems));
          continue;
        }
        candidates.add(new Candidate(r, event));
      }
      if (!applyWithRetry(candidates)) {
        rewind(firstOffsets(records));
        return;
      }
      uncommitted.putAll(done);
      commitUncommitted();
    }

    /** Commits the offsets of what was applied; a commit refused because of a rebalance is kept for later. */
    private void commitUncommitted() {
      if (uncommitted.isEmpty()) {
        return;
      }
      try {
        consumer.commitSync(uncommitted);
        uncommitted.clear();
      } catch (RebalanceInProgressException e) {
        // Committed when the rebalance revokes the partitions, or after it with the next batch.
        LOG.debugf("Consumer %s: offset commit waits for a rebalance", label);
      } catch (CommitFailedException e) {
        // Evicted from the group: another worker gets these records again and finds their ids recorded.
        uncommitted.clear();
        LOG.infof("Consumer %s: offset commit lost to a rebalance; redelivery is harmless", label);
      }
    }

    private void retryCommit() {
      try {
        commitUncommitted();
      } catch (WakeupException e) {
        throw e;
      } catch (RuntimeException e) {
        // e.g. the broker is unreachable: the offsets stay pending; redelivery would be harmless anyway.
        LOG.debugf("Consumer %s: offset commit failed (%s); tried again later", label, rootMessage(e));
      }
    }

    private static Map<TopicPartition, Long> firstOffsets(ConsumerRecords<String, byte[]> records) {
      Map<TopicPartition, Long> first = new LinkedHashMap<>();
      for (ConsumerRecord<String, byte[]> r : records) {
        first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
      }
      return first;
    }

    /** Returns false when the worker was stopped before the batch could be applied. */
    private boolean applyWithRetry(List<Candidate> candidates) {
      if (candidates.isEmpty()) {
        return true;
      }
      long failures = 0;
      while (active) {
        try {
          applyBatch(candidates);
          if (candidates.size() == 1) {
            attempts.remove(candidates.get(0).event().id().toString());
          }
          return true;
        } catch (RuntimeException e) {
          failedAttempts.increment(); // rolled back, whatever follows: a rate that operators and tests watch
          if (Transient.isTransient(e)) {
            // The transaction rolled back (or, if the commit's answer was lost, its ids are recorded and skipped next
            // time): the same events are tried again, however long it takes.
            failures++;
            Duration d = backoff(failures);
            LOG.warnf("Consumer %s: transient failure (%s); retrying the batch of %d events in %d ms", label,
                rootMessage(e), candidates.size(), d.toMillis());
            pause(d);
            continue;
          }
          if (candidates.size() == 1) {
            Candidate c = candidates.get(0);
            int n = attempts.merge(c.event().id().toString(), 1, Integer::sum);
            if (n >= settings.maxAttempts()) {
              attempts.remove(c.event().id().toString());
              deadLetterInContext(c.record(), c.event().id().toString(), "failed " + n + " times: " + rootMessage(e));
              return true;
            }
            Duration d = backoff(n);
            LOG.warnf("Consumer %s: event %s (%s-%d@%d) failed, attempt %d of %d (%s); retrying in %d ms", label,
                c.event().id(), c.record().topic(), c.record().partition(), c.record().offset(), n,
                settings.maxAttempts(), rootMessage(e), d.toMillis());
            pause(d);
            continue;
          }
          // One bad event must not hold back the others: apply them one by one.
          for (Candidate c : candidates) {
            inLogContext(c.record().key(), c.event().id().toString());
            try {
              if (!applyWithRetry(List.of(c))) {
                return false;
              }
            } finally {
              inLogContext(batchKey, null);
            }
          }
          return true;
        }
      }
      return false;
    }

    /**
     * One attempt at the batch in a CONSUMER span that continues the trace of its first record (and links the others'):
     * the transaction, the handler, and whatever the handler writes to the outbox or logs belong to it.
     */
    private void applyBatch(List<Candidate> candidates) {
      List<String> traceparents = new ArrayList<>(candidates.size());
      candidates.forEach(c -> traceparents.add(Tracing.traceparent(c.record().headers())));
      Span span = settings.tracing().process(name, group, traceparents, candidates.size());
      try (Scope scope = span.makeCurrent()) {
        applyBatchInSpan(candidates);
      } catch (RuntimeException e) {
        span.setStatus(StatusCode.ERROR, rootMessage(e));
        throw e;
      } finally {
        span.end();
      }
    }

    private void applyBatchInSpan(List<Candidate> candidates) {
      int fresh = store.applyNew(name, candidates.stream().map(Candidate::event).toList(), handler);
      if (fresh > 0) {
        Instant now = Instant.now();
        lastApplied.accumulateAndGet(now, (a, b) -> a == null || b.isAfter(a) ? b : a);
      }
      applied.increment(fresh);
      duplicates.increment(candidates.size() - fresh);
    }

    private void rewind(Map<TopicPartition, Long> firstOffsets) {
      if (!active) {
        return;
      }
      firstOffsets.forEach(consumer::seek);
    }

    private void pause(Duration d) {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        active = false;
      }
    }
  }
}
