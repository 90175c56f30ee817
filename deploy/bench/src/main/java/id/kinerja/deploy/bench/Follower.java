package id.kinerja.deploy.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.deploy.launcher.LocalRun;

/**
 * Freshness of the open-loop steps, with the definition of {@link Freshness} (from the client receiving the 2xx of a
 * submission to the first read of reporting's provisional kecamatan report that shows the submitted value), but no
 * followed submission is ever skipped: each waits in a queue ordered by when its next read is due, and {@code pollers}
 * threads take the earliest due one, read, and put it back with its next due time until the value shows. The number
 * of reads in flight stays at most {@code pollers}, however many submissions are being followed (a failing step has
 * hundreds), so the polling cannot crowd out the consumer it measures (reporting has 32 database connections; 84
 * concurrent polls starved the consumer in a first try). How late reads were against their due time is reported: it
 * says whether the pollers kept up.
 * <p>
 * To keep each read light, reads are conditional: the follower keeps the last report it received of each kecamatan
 * with its ETag, and sends that ETag ({@code If-None-Match}). Reporting answers 304 without building the report while
 * nothing it shows has changed; a 304 says the report now is the kept one, so the read shows the value exactly when
 * the kept report does — the definition is unchanged, and a report is transferred only when that kecamatan's figures
 * changed (followed submissions of one kecamatan share it). A submission is read every
 * {@code pollMillis} (25 ms) until it is 0.5 s old, then every twentieth of its age (50 ms at the 1 s target), at most
 * every 2 s: a figure is an upper bound by at most one such interval plus one read, plus the reads' lateness, which is
 * reported (it grows in a failing step, when hundreds of submissions wait for reporting at once).
 */
final class Follower implements AutoCloseable {

  /** What the followed submissions showed. */
  record Result(long[] visibleMillis, int notSeen, long followed, long skipped, long polls, long notModified,
      Histogram lateMicros) {
    Percentiles.Summary summary() {
      return Percentiles.of(visibleMillis, notSeen);
    }
  }

  private static final long AGE_PER_INTERVAL = 20;
  private static final long MAX_INTERVAL_MILLIS = 2_000;

  private final String reportingUrl;
  private final int tahun;
  private final Function<String, String> tokenOfKecamatan;
  private final long pollMillis;
  private final boolean conditional;
  private final int maxFollowed;
  private final Http http;
  private final DelayQueue<Sample> due = new DelayQueue<>();
  private final List<Thread> pollers = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();
  /** The last report received per kecamatan, with its ETag. */
  private final Map<String, Seen> seen = new java.util.concurrent.ConcurrentHashMap<>();
  private final LongList visible = new LongList();
  private final ConcurrentHistogram late = new ConcurrentHistogram(3_600_000_000L, 3);
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong followed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private volatile boolean stopped;

  Follower(String reportingUrl, int tahun, Function<String, String> tokenOfKecamatan, int pollers, long pollMillis,
      boolean conditional, int maxFollowed) {
    this.reportingUrl = reportingUrl;
    this.tahun = tahun;
    this.tokenOfKecamatan = tokenOfKecamatan;
    this.pollMillis = pollMillis;
    this.conditional = conditional;
    this.maxFollowed = maxFollowed;
    this.http = new Http(pollers);
    for (int i = 0; i < pollers; i++) {
      Thread t = new Thread(this::poll, "follower-" + i);
      t.setDaemon(true);
      t.start();
      this.pollers.add(t);
    }
  }

  /** Follows a submission accepted at {@code acceptedNanos} (System.nanoTime at the 2xx). */
  void follow(long acceptedNanos, String kecamatan, int triwulan, String indikatorKode, BigDecimal nilai) {
    if (active.incrementAndGet() > maxFollowed) {
      // A safety bound far above what a step follows (about --freshness-samples); counted, never silent.
      active.decrementAndGet();
      skipped.incrementAndGet();
      return;
    }
    followed.incrementAndGet();
    due.add(new Sample(acceptedNanos, kecamatan, triwulan, indikatorKode, nilai));
  }

  /**
   * Waits until every followed submission has shown its value or {@code waitMillis} have passed; those still unseen
   * then are given up and count as not seen (larger than every seen one in the percentiles).
   */
  Result finish(long waitMillis) {
    long deadline = System.nanoTime() + waitMillis * 1_000_000L;
    while (active.get() > 0 && System.nanoTime() < deadline) {
      LocalRun.sleep(20);
    }
    stopped = true;
    return new Result(visible.toArray(), Math.max(0, active.get()), followed.get(), skipped.get(), polls.get(),
        notModified.get(), late.copy());
  }

  @Override
  public void close() {
    stopped = true;
    pollers.forEach(Thread::interrupt);
  }

  private void poll() {
    while (!stopped) {
      Sample s;
      try {
        s = due.take();
      } catch (InterruptedException e) {
        return;
      }
      if (stopped) {
        return;
      }
      late.recordValue(Math.max(0, (System.nanoTime() - s.dueNanos) / 1_000));
      Seen kept = conditional ? seen.get(s.kecamatan) : null;
      Map<String, String> headers = new HashMap<>();
      if (kept != null) {
        headers.put("If-None-Match", kept.etag());
      }
      Http.Answer a = http.send("GET", s.url, null, s.token, headers);
      long now = System.nanoTime();
      polls.incrementAndGet();
      JsonNode report = null;
      if (a.status() == 304 && kept != null) {
        notModified.incrementAndGet();
        report = kept.report();
      } else if (a.status() == 200) {
        try {
          report = json.readTree(a.body());
        } catch (java.io.IOException e) {
          report = null;
        }
        String etag = a.header("ETag");
        if (report != null && etag != null) {
          seen.put(s.kecamatan, new Seen(etag, report));
        }
      }
      if (report != null && Freshness.shows(report, s.kode, s.triwulan, s.nilai)) {
        visible.add(Math.max(1, (now - s.accepted) / 1_000_000));
        active.decrementAndGet();
        continue;
      }
      long age = (now - s.accepted) / 1_000_000;
      long interval = Math.min(MAX_INTERVAL_MILLIS, Math.max(pollMillis, age / AGE_PER_INTERVAL));
      s.dueNanos = now + interval * 1_000_000L;
      due.add(s);
    }
  }

  /** A report as received, and its ETag. */
  private record Seen(String etag, JsonNode report) {
  }

  /** One followed submission and when its next read is due. */
  private final class Sample implements Delayed {
    private final long accepted;
    private final String kecamatan;
    private final int triwulan;
    private final String kode;
    private final BigDecimal nilai;
    private final String url;
    private final String token;
    private volatile long dueNanos;

    Sample(long accepted, String kecamatan, int triwulan, String kode, BigDecimal nilai) {
      this.accepted = accepted;
      this.kecamatan = kecamatan;
      this.triwulan = triwulan;
      this.kode = kode;
      this.nilai = nilai;
      this.url = reportingUrl + "/api/laporan/kecamatan/" + kecamatan + "/" + tahun + "?tampilan=PROVISIONAL";
      this.token = tokenOfKecamatan.apply(kecamatan);
      this.dueNanos = accepted;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(dueNanos, ((Sample) other).dueNanos);
    }
  }

  /** A growable list of longs, safe for concurrent adds. */
  static final class LongList {
    private long[] values = new long[256];
    private int size;

    synchronized void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    synchronized long[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
