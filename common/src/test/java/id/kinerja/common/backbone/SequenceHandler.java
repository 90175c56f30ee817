package id.kinerja.common.backbone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.inbox.EventHandler;

/**
 * The test handler: appends every event it applies to {@code test_applied} (so order and multiplicity can be read
 * back) and adds it to the consumer's {@code test_total} with one atomic statement, as a handler run by several workers
 * must. An event with {@code explode} fails every time. A {@link Trap} stops the worker that applies a chosen event
 * inside its transaction until the test releases it.
 */
public final class SequenceHandler implements EventHandler {

  public static final String TYPE = "test.sequence.appended";

  /** Stops the first application of (key, seq) inside its transaction, after its inbox rows and its own rows. */
  public static final class Trap {
    final String key;
    final int seq;
    final AtomicBoolean fired = new AtomicBoolean();
    final CountDownLatch caught = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile String thread;
    volatile int backendPid;

    public Trap(String key, int seq) {
      this.key = key;
      this.seq = seq;
    }

    /** Waits until a worker is stopped in the trap. */
    public void awaitCaught() throws InterruptedException {
      if (!caught.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("no worker reached the trap " + key + "#" + seq);
      }
    }

    public void release() {
      release.countDown();
    }

    /** Name of the worker thread caught. */
    public String thread() {
      return thread;
    }

    /** The database backend of the caught worker's transaction. */
    public int backendPid() {
      return backendPid;
    }
  }

  private final String consumer;
  private final DataSource dataSource;
  private volatile Trap trap;
  /** Keys being applied right now, by thread: a key applied by two threads at once is counted in overlaps. */
  private final Map<String, String> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger overlaps = new AtomicInteger();
  private volatile long dwellMillis;

  public SequenceHandler(String consumer, DataSource dataSource) {
    this.consumer = consumer;
    this.dataSource = dataSource;
  }

  public SequenceHandler trap(Trap t) {
    this.trap = t;
    return this;
  }

  /** Each call lasts at least this long (widens the window in which two calls could overlap). */
  public SequenceHandler dwell(long millis) {
    this.dwellMillis = millis;
    return this;
  }

  /** How many times a key was being applied by another call when a call started applying it. */
  public int overlaps() {
    return overlaps.get();
  }

  @Override
  public Set<String> handledTypes() {
    return Set.of(TYPE);
  }

  @Override
  public void apply(List<EventEnvelope> events) {
    String thread = Thread.currentThread().getName();
    Set<String> mine = new HashSet<>();
    for (EventEnvelope e : events) {
      String other = inFlight.putIfAbsent(e.key(), thread);
      if (other == null) {
        mine.add(e.key());
      } else if (!other.equals(thread)) {
        overlaps.incrementAndGet();
      }
    }
    try {
      applyAll(events);
      if (dwellMillis > 0) {
        Thread.sleep(dwellMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      mine.forEach(inFlight::remove);
    }
  }

  private void applyAll(List<EventEnvelope> events) {
    try (Connection c = dataSource.getConnection()) {
      long seqSum = 0;
      try (PreparedStatement ps = c.prepareStatement(
          "insert into test_applied (consumer, event_key, seq, worker) values (?, ?, ?, ?)")) {
        for (EventEnvelope e : events) {
          String key = e.payload().get("key").asText();
          int seq = e.payload().get("seq").asInt();
          if (e.payload().path("explode").asBoolean(false)) {
            throw new IllegalStateException("event " + key + "#" + seq + " cannot be applied");
          }
          ps.setString(1, consumer);
          ps.setString(2, key);
          ps.setInt(3, seq);
          ps.setString(4, Thread.currentThread().getName());
          ps.executeUpdate();
          seqSum += seq;
          Trap t = trap;
          if (t != null && t.key.equals(key) && t.seq == seq && t.fired.compareAndSet(false, true)) {
            t.thread = Thread.currentThread().getName();
            t.backendPid = backendPid(c);
            t.caught.countDown();
            awaitRelease(t);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("insert into test_total (consumer, events, seq_sum) values (?, ?, ?)"
          + " on conflict (consumer) do update set events = test_total.events + excluded.events,"
          + " seq_sum = test_total.seq_sum + excluded.seq_sum")) {
        ps.setString(1, consumer);
        ps.setLong(2, events.size());
        ps.setLong(3, seqSum);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test handler: " + e.getMessage(), e);
    }
  }

  private static int backendPid(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void awaitRelease(Trap t) {
    try {
      if (!t.release.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("trap never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted in the trap", e);
    }
  }
}
