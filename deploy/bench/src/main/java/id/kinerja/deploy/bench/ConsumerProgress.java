package id.kinerja.deploy.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Watches the reporting consumer from outside, once a second: its lag ({@code GET /api/admin/proyeksi}: records of both
 * topics not yet applied), the events it has applied ({@code kinerja_consumer_applied_total} on /q/metrics) and the
 * distinct kecamatan-years it has recalculated. For the last, reporting has no metric (yet); the first available of
 * <ol>
 * <li>the counter {@value #RECALCULATED_METRIC} on /q/metrics, should reporting expose it;</li>
 * <li>reporting's {@code fig_recalc} table: each sample reads every kecamatan-year's {@code recalculated_at} of the
 * benchmark's year and counts those that changed since the previous sample (a kecamatan-year recalculated twice within
 * one sample interval counts once: distinct kecamatan-years per interval). {@code recalculated_at} is written only when
 * a figure changed, which every new realisasi value does;</li>
 * </ol>
 * is used, and which one is said. Rates are taken over the intervals in which the consumer had a backlog (lag of at
 * least {@value #BACKLOG_RECORDS} records at both ends), i.e. while it was catching up, not while it idled.
 */
final class ConsumerProgress implements AutoCloseable {

  static final String APPLIED_METRIC = "kinerja_consumer_applied_total";
  static final String RECALCULATED_METRIC = "kinerja_recalculated_kecamatan_tahun_total";
  static final long BACKLOG_RECORDS = 100;

  /** One reading; a null is a figure that could not be read. */
  record Sample(long nanos, Long lag, Double appliedEvents, Long recalculated) {
  }

  /** Throughput over the backlog intervals of a window. */
  record Rate(double busySeconds, Double eventsPerSecond, Double kecamatanTahunPerSecond) {
    static final Rate NONE = new Rate(0, null, null);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final int tahun;
  private final String adminToken;
  private final Http http = new Http(2);
  private final String source;
  private final List<Sample> samples = new ArrayList<>();
  private final Map<String, Long> recalculatedAt = new HashMap<>();
  private long recalculatedTotal;
  private volatile boolean running = true;
  private final Thread thread;
  private final long intervalMillis;

  ConsumerProgress(Stack stack, int tahun, String adminToken, long intervalMillis) {
    this.stack = stack;
    this.tahun = tahun;
    this.adminToken = adminToken;
    this.intervalMillis = intervalMillis;
    String metrics = metrics();
    if (metrics != null && metricSum(metrics, RECALCULATED_METRIC) != null) {
      source = "metric " + RECALCULATED_METRIC;
    } else if (readRecalculated() != null) {
      source = "fig_recalc.recalculated_at sampled every " + intervalMillis + " ms";
    } else {
      source = null;
    }
    sample();
    thread = new Thread(this::loop, "consumer-progress");
    thread.setDaemon(true);
    thread.start();
  }

  /** Where the kecamatan-year figure comes from; null when none is observable (then only events/s are given). */
  String source() {
    return source;
  }

  /** Reporting's lag now (records not yet applied), or null when it cannot be read. */
  Long lagNow() {
    Http.Answer a = http.get(stack.reportingUrl + "/api/admin/proyeksi", adminToken);
    if (a.status() != 200) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(a.body());
      return n.path("lag").isNumber() ? n.path("lag").asLong() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Throughput of the consumer while it had a backlog between two moments (System.nanoTime). */
  synchronized Rate rate(long fromNanos, long toNanos) {
    return busyRate(List.copyOf(samples), fromNanos, toNanos);
  }

  /**
   * Events and kecamatan-years per second over the sample intervals inside [from, to] whose both ends show a backlog
   * of at least {@link #BACKLOG_RECORDS} records.
   */
  static Rate busyRate(List<Sample> samples, long fromNanos, long toNanos) {
    double seconds = 0;
    double events = 0;
    long recalculated = 0;
    boolean eventsKnown = true;
    boolean recalculatedKnown = true;
    for (int i = 1; i < samples.size(); i++) {
      Sample a = samples.get(i - 1);
      Sample b = samples.get(i);
      if (a.nanos() < fromNanos || b.nanos() > toNanos || !backlog(a) || !backlog(b)) {
        continue;
      }
      seconds += (b.nanos() - a.nanos()) / 1e9;
      if (a.appliedEvents() != null && b.appliedEvents() != null) {
        events += b.appliedEvents() - a.appliedEvents();
      } else {
        eventsKnown = false;
      }
      if (a.recalculated() != null && b.recalculated() != null) {
        recalculated += b.recalculated() - a.recalculated();
      } else {
        recalculatedKnown = false;
      }
    }
    if (seconds <= 0) {
      return Rate.NONE;
    }
    return new Rate(seconds, eventsKnown ? events / seconds : null, recalculatedKnown ? recalculated / seconds : null);
  }

  private static boolean backlog(Sample s) {
    return s.lag() != null && s.lag() >= BACKLOG_RECORDS;
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        return;
      }
      try {
        sample();
      } catch (RuntimeException e) {
        // a missed reading leaves a gap; the intervals around it still count
      }
    }
  }

  private void sample() {
    Long lag = lagNow();
    String metrics = metrics();
    Double applied = metrics == null ? null : metricSum(metrics, APPLIED_METRIC);
    Long recalculated = null;
    if (source != null && source.startsWith("metric")) {
      Double m = metrics == null ? null : metricSum(metrics, RECALCULATED_METRIC);
      recalculated = m == null ? null : m.longValue();
    } else if (source != null) {
      recalculated = readRecalculated();
    }
    synchronized (this) {
      samples.add(new Sample(System.nanoTime(), lag, applied, recalculated));
    }
  }

  /** Cumulative count of kecamatan-years seen recalculated, from fig_recalc; null when the table cannot be read. */
  private synchronized Long readRecalculated() {
    try {
      Map<String, Long> now = stack.query("reporting", "select kecamatan_kode, recalculated_at from fig_recalc where tahun = "
          + tahun, rs -> {
            Map<String, Long> m = new HashMap<>();
            while (rs.next()) {
              java.sql.Timestamp t = rs.getTimestamp(2);
              m.put(rs.getString(1), t.getTime() * 1_000_000L + t.getNanos() % 1_000_000);
            }
            return m;
          });
      now.forEach((k, v) -> {
        Long before = recalculatedAt.put(k, v);
        if (!v.equals(before)) {
          recalculatedTotal++;
        }
      });
      return recalculatedTotal;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String metrics() {
    Http.Answer a = http.send("GET", stack.reportingUrl + "/q/metrics", null, null, Map.of("Accept", "text/plain"));
    return a.status() == 200 ? a.body() : null;
  }

  /** Sum of every series of a metric in Prometheus text; null when the metric is absent. */
  static Double metricSum(String text, String name) {
    Double sum = null;
    for (String line : text.split("\n")) {
      if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
        // An exemplar (" # {trace_id=…} value timestamp", OpenMetrics with tracing on) is not the sample's value.
        String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        String value = sample.substring(sample.lastIndexOf(' ') + 1).trim();
        try {
          sum = (sum == null ? 0 : sum) + Double.parseDouble(value);
        } catch (NumberFormatException e) {
          // not a sample line
        }
      }
    }
    return sum;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
