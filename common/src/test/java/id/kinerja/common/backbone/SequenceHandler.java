package id.kinerja.common.backbone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * must. A {@link Fault} makes the application of a chosen event fail a number of times, transiently (a serialisation
 * failure raised by PostgreSQL) or not. A {@link Trap} stops the worker that applies a chosen event inside its
 * transaction until the test releases it.
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
    volatile int batch;

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

    /** How many events the caught worker was given in the call that holds the trapped one. */
    public int batch() {
      return batch;
    }

    /** The database backend of the caught worker's transaction. */
    public int backendPid() {
      return backendPid;
    }
  }

  /**
   * The application of (key, seq) fails the next {@code times} times it is tried, then succeeds. A transient fault is
   * a real database error, PostgreSQL's serialization_failure (SQLSTATE 40001) raised in the handler's transaction; an
   * application error is an exception of the handler's own, as a bug or bad data would give, which no retry cures.
   */
  public static final class Fault {
    final String key;
    final int seq;
    final boolean transientFailure;
    private final AtomicInteger remaining;
    private final AtomicInteger raised = new AtomicInteger();

    private Fault(String key, int seq, int times, boolean transientFailure) {
      this.key = key;
      this.seq = seq;
      this.remaining = new AtomicInteger(times);
      this.transientFailure = transientFailure;
    }

    public static Fault serializationFailure(String key, int seq, int times) {
      return new Fault(key, seq, times, true);
    }

    public static Fault applicationError(String key, int seq, int times) {
      return new Fault(key, seq, times, false);
    }

    /** Fails every time until {@link #fix()}. */
    public static Fault applicationError(String key, int seq) {
      return new Fault(key, seq, Integer.MAX_VALUE, false);
    }

    /** The cause is repaired: the next attempt succeeds. */
    public void fix() {
      remaining.set(0);
    }

    /** How many times the fault made an application fail. */
    public int raised() {
      return raised.get();
    }

    boolean fires(String k, int s) {
      return key.equals(k) && seq == s && remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
  }

  private final String consumer;
  private final DataSource dataSource;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private volatile Trap trap;
  /** Keys being applied right now, by thread: a key applied by two threads at once is counted in overlaps. */
  private final Map<String, String> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger overlaps = new AtomicInteger();
  private volatile long dwellMillis;

  public SequenceHandler(String consumer, DataSource dataSource) {
    this.consumer = consumer;
    this.dataSource = dataSource;
  }

  public SequenceHandler fault(Fault f) {
    faults.add(f);
    return this;
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
          for (Fault f : faults) {
            if (f.fires(key, seq)) {
              raise(c, f, key, seq);
            }
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
            t.batch = events.size();
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

  private static void raise(Connection c, Fault f, String key, int seq) throws SQLException {
    int n = f.raised.incrementAndGet();
    if (f.transientFailure) {
      try (Statement st = c.createStatement()) {
        st.execute("do $$ begin raise exception 'test fault: serialization failure on " + key + "#" + seq
            + "' using errcode = 'serialization_failure'; end $$");
      }
    }
    throw new IllegalStateException("test fault: event " + key + "#" + seq + " cannot be applied (failure " + n + ")");
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
