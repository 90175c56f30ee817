package id.kinerja.realization.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of realisasi capture, under {@code kinerja.realization}. */
@ConfigMapping(prefix = "kinerja.realization")
public interface RealizationConfig {

  Bukti bukti();

  Batch batch();

  PlanCache planCache();

  Idempotency idempotency();

  Pengingat pengingat();

  interface Bukti {
    /** Largest evidence file accepted, in bytes (10 MiB). The HTTP body limit must be a little higher. */
    @WithDefault("10485760")
    long maxBytes();
  }

  interface Batch {
    /** Most cells (indicator plus budget items) in one batch request. */
    @WithDefault("5000")
    int maxItems();
  }

  interface PlanCache {
    /**
     * How long a cached plan copy or jadwal is trusted. Changes consumed by this instance invalidate it at once;
     * the time bounds staleness when another instance of the service consumed the change.
     */
    @WithDefault("30s")
    Duration ttl();

    /**
     * Plan copies (and jadwal) held at most. A plan copy is some 50 KB on the heap; 250 hold every kecamatan-year a
     * kabupaten works on, while at national scale (7,300 kecamatan) even 1,000 held 70 MB and were hit rarely.
     */
    @WithDefault("250")
    int maxEntries();
  }

  interface Idempotency {
    /** Stored responses older than this are deleted; a retry after that is treated as a new request. */
    @WithDefault("P7D")
    Duration retention();
  }

  /** Deadline reminders by e-mail (issue #17, docs/realization.md "Pengingat"). */
  interface Pengingat {
    /** Days before the last day of entry that have a reminder (H-7, H-3, H-1). */
    @WithDefault("7,3,1")
    List<Integer> hariSebelumTutup();

    /** Whether the day after the close has a reminder (H+1) for what is still missing. */
    @WithDefault("true")
    boolean setelahTutup();

    /** How often the scan runs (a Quarkus scheduler period such as 5m); "off" stops it (the tests run it directly). */
    @WithDefault("5m")
    String scanInterval();

    /** The sender (From) of the reminders. */
    @WithDefault("Kinerja Kecamatan <pengingat@kinerja.local>")
    String pengirim();

    /** Most reminders one run sends; the rest wait for the next run. */
    @WithDefault("500")
    int maxPerRun();

    /** Reminders taken for sending per transaction. */
    @WithDefault("50")
    int batchSize();

    /** Wait before the first retry of a failed send; it doubles with each failure up to {@link #backoffMax()}. */
    @WithDefault("1m")
    Duration backoff();

    @WithDefault("1h")
    Duration backoffMax();

    /**
     * How long a reminder taken for sending is left to its sender; a sender that died leaves it to be sent again after
     * this time (at least once).
     */
    @WithDefault("5m")
    Duration lease();
  }
}
