package id.kinerja.common.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the event backbone, under {@code kinerja.events}. */
@ConfigMapping(prefix = "kinerja.events")
public interface EventsConfig {

  /** Written into every envelope as its source, e.g. {@code planning-service}. */
  String source();

  /** Create missing topics at start-up (local runs and tests); in production topics are declared (Strimzi KafkaTopic). */
  @WithDefault("true")
  boolean createTopics();

  /**
   * Partitions of a topic this service creates (at least the consumer's {@code workers}). Keys are kecamatan codes, so
   * this bounds consumer parallelism. An existing topic keeps its partitions: adding some moves keys to other partitions.
   */
  @WithDefault("12")
  int partitions();

  Outbox outbox();

  Consumer consumer();

  interface Outbox {
    /** Run the relay in this process. Off only in tests that drive it by hand. */
    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("500")
    int batchSize();

    /** How long an idle relay sleeps when no commit wakes it. */
    @WithDefault("200ms")
    Duration pollInterval();

    /**
     * How long one attempt waits for the broker's acknowledgements before it gives up, leaves its rows unmarked and
     * tries again later.
     */
    @WithDefault("30s")
    Duration ackWait();

    /** Published rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();
  }

  interface Consumer {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("500")
    int maxPollRecords();

    /** Attempts at one event that fails for a non-transient reason before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Upper bound of the back-off while the database is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /**
     * Workers of each consumer of this service: each is a Kafka consumer of the consumer's group on its own thread, and
     * a partition is read by one worker at a time, so a key's events stay in order. The handler is then called by
     * several threads at once ({@code id.kinerja.common.inbox.EventHandler}); 1 keeps a single thread.
     */
    @WithDefault("1")
    int workers();

    /**
     * How often each consumer's committed lag and dead letters are measured at the broker
     * ({@code kinerja_consumer_lag_events}, {@code kinerja_dead_letters}, the health check {@code event-consumers}).
     */
    @WithDefault("5s")
    Duration lagInterval();
  }
}
