package id.kinerja.realization.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of realisasi capture, under {@code kinerja.realization}. */
@ConfigMapping(prefix = "kinerja.realization")
public interface RealizationConfig {

  Bukti bukti();

  Batch batch();

  PlanCache planCache();

  Idempotency idempotency();

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
}
