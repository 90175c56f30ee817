package id.kinerja.common.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import id.kinerja.common.events.EventsConfig;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.trace.Tracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka in id order, then marks them published, in one database transaction per
 * batch. A crash after the send and before the commit publishes the batch again on restart: consumers
 * drop the copy by event id. One relay works at a time per database (a transaction-scoped advisory lock),
 * so a kecamatan's events keep their order even with several service instances.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long LOCK_KEY = 0x6b696e65726a61L; // "kinerja"
  private static final String SELECT = "select id, topic, event_key, event_type, envelope, created_at, traceparent"
      + " from outbox_event where published_at is null order by id limit ?";
  private static final String MARK = "update outbox_event set published_at = now() where id = any (?)";
  /**
   * Transaction timeout of one attempt beyond its wait for acknowledgements ({@code kinerja.events.outbox.ack-wait}):
   * above a send blocked on missing metadata (the producer's max.block.ms, 60 s at most here), so that the
   * transaction and its advisory lock never end under a relay still sending.
   */
  static final int ATTEMPT_TIMEOUT_BEYOND_ACK_WAIT_SECONDS = 120;

  @Inject
  EntityManager em;

  @Inject
  KafkaClients kafka;

  @Inject
  EventsConfig config;

  @Inject
  MeterRegistry registry;

  @Inject
  Tracing tracing;

  private final Semaphore signal = new Semaphore(0);
  private final AtomicLong backlog = new AtomicLong();
  private static final long COUNT_INTERVAL_NANOS = 1_000_000_000L;
  /** System.nanoTime at which the unpublished rows are counted next (0: at once); relay thread only. */
  private long nextCount;
  private volatile boolean running;
  private Thread worker;
  private KafkaProducer<String, byte[]> producer;
  private Counter published;
  private Timer lag;
  private Instant lastCleanup = Instant.EPOCH;

  void onStart(@Observes StartupEvent ev) {
    published = registry.counter("kinerja.outbox.published");
    lag = registry.timer("kinerja.outbox.publish.lag");
    registry.gauge("kinerja.outbox.backlog", backlog);
    if (config.outbox().relayEnabled()) {
      start();
    }
  }

  void onStop(@Observes ShutdownEvent ev) {
    stop();
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    worker = new Thread(this::loop, "outbox-relay");
    worker.setDaemon(true);
    worker.start();
  }

  /** Stops publishing; rows keep accumulating and are published after {@link #start()}. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    signal.release();
    try {
      worker.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
      producer = null;
    }
  }

  public boolean isRunning() {
    return running;
  }

  /**
   * Called after a commit that wrote outbox rows: they count in the backlog at once (even while the relay is stuck
   * on an unreachable broker), and the relay does not wait for its poll interval.
   */
  void committed(int rows) {
    backlog.addAndGet(rows);
    signal.release();
  }

  /** Unpublished rows: as counted by the relay at its last attempt, plus the rows this instance committed since. */
  public long backlog() {
    return backlog.get();
  }

  private void loop() {
    long failures = 0;
    while (running) {
      try {
        int sent = publishBatch();
        failures = 0;
        if (sent < config.outbox().batchSize()) {
          signal.drainPermits();
          signal.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          cleanupIfDue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        failures++;
        long backoff = Math.min(5_000, 100L << Math.min(failures, 6));
        LOG.warnf("Outbox relay failed (attempt %d), retrying in %d ms: %s", failures, backoff, e.toString());
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Publishes up to one batch; returns how many rows were published. */
  int publishBatch() {
    int sent = QuarkusTransaction.requiringNew()
        .timeout(ATTEMPT_TIMEOUT_BEYOND_ACK_WAIT_SECONDS + (int) config.outbox().ackWait().toSeconds())
        .call(() -> em.unwrap(Session.class).doReturningWork(this::publishBatch));
    // Only after the commit: a reader that sees the figure drop must also see the rows marked. The rows just marked
    // leave the figure; the next count (at most a second away) corrects what other instances published. Not counted
    // again here: a count reads every unpublished row, and during a backlog of 10^5 rows two counts per batch cost
    // more than the batch.
    if (sent > 0) {
      backlog.updateAndGet(b -> Math.max(0, b - sent));
    }
    return sent;
  }

  private int publishBatch(Connection c) throws SQLException {
    if (!tryLock(c)) {
      return 0;
    }
    // Counted before sending: while the broker is unreachable the send below fails slowly, and the backlog metric
    // must show the rows waiting meanwhile.
    countBacklogIfDue(c);
    List<Long> ids = new ArrayList<>();
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    List<Instant> created = new ArrayList<>();
    List<String> traceparents = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setInt(1, config.outbox().batchSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
          ProducerRecord<String, byte[]> record = new ProducerRecord<>(rs.getString(2), rs.getString(3),
              rs.getString(5).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          record.headers().add("kinerja-event-type", rs.getString(4).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          records.add(record);
          created.add(rs.getTimestamp(6).toInstant());
          traceparents.add(rs.getString(7));
        }
      }
    }
    if (!ids.isEmpty()) {
      send(records, traceparents);
      try (PreparedStatement ps = c.prepareStatement(MARK)) {
        Array array = c.createArrayOf("bigint", ids.toArray());
        ps.setArray(1, array);
        ps.executeUpdate();
      }
      Instant now = Instant.now();
      created.forEach(t -> lag.record(Duration.between(t, now)));
      published.increment(ids.size());
    }
    return ids.size();
  }

  /**
   * Sends in id order and waits (at most {@code kinerja.events.outbox.ack-wait}) for every acknowledgement; a send
   * that fails at once ends the attempt. On any failure nothing is marked and the producer is discarded with what it
   * still buffers, so that the copies of a failed attempt do not reach the topic later on their own (topics keep every
   * record forever): the next attempt sends the rows again.
   */
  private void send(List<ProducerRecord<String, byte[]>> records, List<String> traceparents) {
    Map<SendKey, Span> spans = startSpans(records, traceparents);
    try {
      if (producer == null) {
        producer = kafka.producer("outbox-relay");
      }
      List<Future<RecordMetadata>> acks = new ArrayList<>();
      for (ProducerRecord<String, byte[]> record : records) {
        Future<RecordMetadata> ack = producer.send(record);
        if (ack.isDone()) {
          // Failed at once: without the topic's metadata (broker unreachable) each send blocks max.block.ms and
          // returns a failed future; going on would hold the transaction for that long per row.
          ack.get();
        }
        acks.add(ack);
      }
      long deadline = System.nanoTime() + config.outbox().ackWait().toNanos();
      for (Future<RecordMetadata> ack : acks) {
        ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discardProducer();
      endSpans(spans, "interrupted");
      throw new IllegalStateException("Interrupted while publishing outbox events", e);
    } catch (Exception e) {
      discardProducer();
      Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
      endSpans(spans, String.valueOf(cause));
      throw new IllegalStateException("Kafka did not acknowledge " + records.size() + " outbox events (" + cause
          + "); nothing marked, they are sent again", e);
    }
    endSpans(spans, null);
  }

  /** The rows of one request (one traceparent) on one topic share a send span. */
  private record SendKey(String topic, String traceparent) {
  }

  /**
   * Starts one PRODUCER span per topic and traceparent of the batch (a child of the request that wrote the rows) and
   * puts its context into those records' {@code traceparent} header, so that the consumers continue the trace.
   */
  private Map<SendKey, Span> startSpans(List<ProducerRecord<String, byte[]>> records, List<String> traceparents) {
    Map<SendKey, Integer> rows = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      rows.merge(new SendKey(records.get(i).topic(), traceparents.get(i)), 1, Integer::sum);
    }
    Map<SendKey, Span> spans = new LinkedHashMap<>();
    rows.forEach((k, n) -> spans.put(k, tracing.send(k.topic(), k.traceparent(), n)));
    for (int i = 0; i < records.size(); i++) {
      Tracing.inject(spans.get(new SendKey(records.get(i).topic(), traceparents.get(i))), records.get(i).headers());
    }
    return spans;
  }

  private static void endSpans(Map<SendKey, Span> spans, String failure) {
    for (Span span : spans.values()) {
      if (failure != null) {
        span.setStatus(StatusCode.ERROR, failure);
      }
      span.end();
    }
  }

  private void discardProducer() {
    if (producer != null) {
      try {
        producer.close(Duration.ZERO);
      } catch (RuntimeException e) {
        LOG.debugf("Closing the outbox producer: %s", e);
      }
      producer = null;
    }
  }

  /**
   * Counts the unpublished rows, at most once a second, and never more than 1/20 of the relay's time: a count reads
   * every unpublished row (0.6 s at 800,000 rows, measured during a national load), and counting every second then
   * kept the relay from publishing. Between counts the figure follows the rows added and published.
   */
  private void countBacklogIfDue(Connection c) throws SQLException {
    long now = System.nanoTime();
    if (nextCount != 0 && now - nextCount < 0) {
      return;
    }
    countBacklog(c);
    long done = System.nanoTime();
    nextCount = done + Math.max(COUNT_INTERVAL_NANOS, 20 * (done - now));
  }

  private void countBacklog(Connection c) throws SQLException {
    try (Statement serial = c.createStatement()) {
      // Background bookkeeping: no parallel workers taking the cores from the requests (reset at commit).
      serial.execute("set local max_parallel_workers_per_gather = 0");
    }
    try (PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where published_at is null");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      backlog.set(rs.getLong(1));
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
      ps.setLong(1, LOCK_KEY);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private void cleanupIfDue() {
    Instant now = Instant.now();
    if (Duration.between(lastCleanup, now).toMinutes() < 10) {
      return;
    }
    lastCleanup = now;
    Timestamp before = Timestamp.from(now.minus(config.outbox().retention()));
    int deleted = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(c -> {
      try (PreparedStatement ps = c.prepareStatement("delete from outbox_event where published_at < ?")) {
        ps.setTimestamp(1, before);
        return ps.executeUpdate();
      }
    }));
    if (deleted > 0) {
      LOG.debugf("Deleted %d published outbox rows", deleted);
    }
  }
}
