package id.kinerja.deploy.bench;

import java.math.BigDecimal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Freshness: for a sample of accepted submissions, polls the reporting service's provisional kecamatan report until the
 * submitted value of the cell is shown, and records acceptance → visible (ms). At most {@code pollers} samples are
 * followed at a time (a sample offered while all are busy is skipped and counted), so the polling stays a small part
 * of the load; the poll interval bounds the resolution.
 */
final class Freshness {

  private final Http http;
  private final String reportingUrl;
  private final int tahun;
  private final Function<String, String> tokenOfKecamatan;
  private final long pollMillis;
  private final Semaphore free;
  private final ExecutorService pool;
  private final ConcurrentHistogram visibleMillis = new ConcurrentHistogram(3_600_000L, 3);
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong timedOut = new AtomicLong();
  private final AtomicLong polls = new AtomicLong();
  private final Follower.LongList values = new Follower.LongList();
  private final ObjectMapper json = new ObjectMapper();

  Freshness(Http http, String reportingUrl, int tahun, Function<String, String> tokenOfKecamatan, int pollers,
      long pollMillis) {
    this.http = http;
    this.reportingUrl = reportingUrl;
    this.tahun = tahun;
    this.tokenOfKecamatan = tokenOfKecamatan;
    this.pollMillis = pollMillis;
    this.free = new Semaphore(pollers);
    this.pool = Executors.newFixedThreadPool(pollers, r -> {
      Thread t = new Thread(r, "freshness");
      t.setDaemon(true);
      return t;
    });
  }

  /** Offers an accepted submission (acceptance = {@code acceptedNanos}, System.nanoTime at the 2xx). */
  void offer(long acceptedNanos, String kecamatan, int triwulan, String indikatorKode, BigDecimal nilai) {
    if (!free.tryAcquire()) {
      skipped.incrementAndGet();
      return;
    }
    pool.execute(() -> {
      try {
        follow(acceptedNanos, kecamatan, triwulan, indikatorKode, nilai);
      } finally {
        free.release();
      }
    });
  }

  private void follow(long accepted, String kecamatan, int triwulan, String kode, BigDecimal nilai) {
    String url = reportingUrl + "/api/laporan/kecamatan/" + kecamatan + "/" + tahun + "?tampilan=PROVISIONAL";
    long deadline = accepted + TimeUnit.SECONDS.toNanos(300);
    String token = tokenOfKecamatan.apply(kecamatan);
    while (System.nanoTime() < deadline) {
      Http.Answer a = http.get(url, token);
      polls.incrementAndGet();
      long now = System.nanoTime();
      if (a.status() == 200 && shows(json, a.body(), kode, triwulan, nilai)) {
        long ms = Math.max(1, (now - accepted) / 1_000_000);
        visibleMillis.recordValue(ms);
        values.add(ms);
        return;
      }
      try {
        Thread.sleep(pollMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    timedOut.incrementAndGet();
  }

  /** Whether a kecamatan report (JSON) shows {@code nilai} as the realisasi of the indicator in the triwulan. */
  static boolean shows(ObjectMapper json, String body, String kode, int triwulan, BigDecimal nilai) {
    try {
      return shows(json.readTree(body), kode, triwulan, nilai);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The same, for a report already parsed. */
  static boolean shows(JsonNode report, String kode, int triwulan, BigDecimal nilai) {
    for (JsonNode ind : report.path("indikator")) {
      if (kode.equals(ind.path("kode").asText())) {
        for (JsonNode tw : ind.path("triwulan")) {
          if (tw.path("triwulan").asInt() == triwulan) {
            JsonNode raw = tw.path("realisasi").path("raw");
            return nilai != null && raw.isNumber() && raw.decimalValue().compareTo(nilai) == 0;
          }
        }
      }
    }
    return false;
  }

  /** Waits for the samples still being followed. */
  void drain() {
    pool.shutdown();
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Histogram histogram() {
    return visibleMillis;
  }

  /** Exact percentiles of the samples; those that timed out count as larger than every seen one. */
  Percentiles.Summary summary() {
    return Percentiles.of(values.toArray(), (int) timedOut.get());
  }

  long skipped() {
    return skipped.get();
  }

  long timedOut() {
    return timedOut.get();
  }

  long polls() {
    return polls.get();
  }
}
