package id.kinerja.reporting.rest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import id.kinerja.reporting.config.LangsungConfig;
import id.kinerja.reporting.service.Pengumuman;
import id.kinerja.reporting.service.RebuildService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live streams of this instance (docs/reporting.md "Live figures (SSE)"): one poller reads the announcements other
 * transactions committed to the log (on any instance) and hands each to the subscribers it concerns; each subscriber
 * has a bounded buffer that its HTTP response drains, so a slow client never holds up the poller or another client —
 * it is disconnected when its buffer is full, and resumes with Last-Event-ID. Also sends the heartbeats and deletes
 * announcements older than the retention, and once a rebuild has caught up has what it changed announced.
 */
@ApplicationScoped
public class LangsungHub {

  private static final Logger LOG = Logger.getLogger(LangsungHub.class);
  /** Rows read per query, by the poller and by a replay. */
  static final int PAGE = 500;
  /** The most announcements a resumed stream replays; a client further behind is told to reload ("reset"). */
  static final int REPLAY_MAX = 10_000;
  /** How often the instance looks whether a rebuild has caught up. */
  private static final java.time.Duration REBUILD_CHECK = java.time.Duration.ofSeconds(2);

  @Inject
  Pengumuman log;

  @Inject
  LangsungConfig config;

  @Inject
  RebuildService rebuilds;

  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService timer;
  /** The highest announcement id the poller has handed out (read by the poller thread only). */
  private long cursor;

  void start(@Observes StartupEvent e) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "kinerja-langsung");
      t.setDaemon(true);
      return t;
    });
    timer.execute(() -> cursor = safely(() -> log.posisi().terakhir(), 0L));
    timer.scheduleWithFixedDelay(this::poll, config.poll().toMillis(), config.poll().toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleAtFixedRate(this::heartbeat, config.heartbeat().toMillis(), config.heartbeat().toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleAtFixedRate(this::cleanUp, 0, config.pembersihan().toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::afterRebuild, REBUILD_CHECK.toMillis(), REBUILD_CHECK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent e) {
    if (timer != null) {
      timer.shutdownNow();
    }
    subscribers.forEach(Subscriber::close);
  }

  /** Hands every announcement committed since the last poll to the subscribers it concerns. */
  void poll() {
    try {
      List<Pengumuman.Logged> rows;
      do {
        rows = log.after(cursor, null, null, PAGE);
        for (Pengumuman.Logged row : rows) {
          subscribers.forEach(s -> s.offer(row));
          cursor = row.id();
        }
      } while (rows.size() == PAGE);
    } catch (RuntimeException e) {
      // The database is away: the next poll tries again from the same cursor.
      LOG.debugf("live figures: poll failed: %s", e.getMessage());
    }
  }

  private void heartbeat() {
    subscribers.forEach(Subscriber::heartbeat);
  }

  /** Once a rebuild has caught up, what differs from the last announcements is announced (by one instance). */
  private void afterRebuild() {
    safely(() -> rebuilds.announceAfterRebuild(), 0);
  }

  private void cleanUp() {
    safely(() -> log.deleteBefore(Instant.now().minus(config.retensi())), 0);
  }

  private static <T> T safely(java.util.function.Supplier<T> work, T otherwise) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.warnf("live figures: %s", e.getMessage());
      return otherwise;
    }
  }

  /**
   * One stream: the announcements after {@code resumeFrom} first (null: none, the stream starts now; a number the log
   * no longer holds or never gave, or more than {@link #REPLAY_MAX} behind: the event "reset"), then the event "siap"
   * naming the position the client is complete up to, then live announcements until the client leaves or
   * {@code tunggu} seconds have passed (0: the stream ends after "siap"). Called on the request's worker thread after
   * the access checks: the log is read here, so a database that is away answers a problem, not an empty stream.
   */
  Multi<OutboundSseEvent> open(Sse sse, String kabupatenKode, String kecamatanKode, Long resumeFrom, Integer tunggu,
      BiFunction<Long, Long, String> resetData) {
    // Subscribed before the log is read: what commits meanwhile is either replayed or queued (and skipped when both).
    Subscriber s = tunggu != null && tunggu == 0 ? null : subscribe(sse, kabupatenKode, kecamatanKode);
    List<OutboundSseEvent> first = new ArrayList<>();
    long upTo;
    try {
      Pengumuman.Posisi p = log.posisi();
      upTo = p.terakhir();
      boolean reset = resumeFrom != null && (resumeFrom < p.terhapusSampai() || resumeFrom > p.terakhir());
      if (resumeFrom != null && !reset) {
        long after = resumeFrom;
        List<Pengumuman.Logged> rows;
        do {
          rows = log.after(after, kabupatenKode, kecamatanKode, PAGE);
          for (Pengumuman.Logged row : rows) {
            first.add(event(sse, row.id(), "angka", row.isi()));
            after = row.id();
          }
        } while (rows.size() == PAGE && first.size() < REPLAY_MAX);
        if (rows.size() == PAGE) {
          reset = true; // too far behind to be worth replaying: reload the reports
          first.clear();
        } else {
          // Every id up to the position read before the replay was committed then, so the replay included it.
          upTo = Math.max(after, p.terakhir());
        }
      }
      if (reset) {
        first.add(event(sse, upTo, "reset", resetData.apply(resumeFrom, upTo)));
      }
      first.add(event(sse, upTo, "siap", "{\"posisi\":" + upTo + "}"));
    } catch (RuntimeException e) {
      if (s != null) {
        subscribers.remove(s);
      }
      throw e;
    }
    Multi<OutboundSseEvent> replay = Multi.createFrom().iterable(first);
    if (s == null) {
      return replay;
    }
    long from = upTo;
    Multi<OutboundSseEvent> live = Multi.createFrom().emitter(em -> s.attach(em, from, tunggu), config.buffer());
    return Multi.createBy().concatenating().streams(replay, live);
  }

  private Subscriber subscribe(Sse sse, String kabupatenKode, String kecamatanKode) {
    Subscriber s = new Subscriber(sse, kabupatenKode, kecamatanKode, config.buffer());
    subscribers.add(s);
    return s;
  }

  /** The announcement as an SSE event: id, name, the JSON. */
  static OutboundSseEvent event(Sse sse, long id, String name, String json) {
    return sse.newEventBuilder().id(Long.toString(id)).name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(String.class, json).build();
  }

  /**
   * One open stream: what it shows, and where its events go — queued (bounded) until the replay has been written,
   * then emitted into a bounded buffer that the HTTP response drains; a client that lets it fill up is disconnected.
   */
  final class Subscriber {

    private record Item(long id, OutboundSseEvent event) {
    }

    private final Sse sse;
    private final String kabupatenKode;
    private final String kecamatanKode;
    private final int max;
    private final ArrayDeque<Item> pending = new ArrayDeque<>();
    private MultiEmitter<? super OutboundSseEvent> emitter;
    private long lastSent;
    private boolean closed;

    Subscriber(Sse sse, String kabupatenKode, String kecamatanKode, int max) {
      this.sse = sse;
      this.kabupatenKode = kabupatenKode;
      this.kecamatanKode = kecamatanKode;
      this.max = max;
    }

    boolean concerns(Pengumuman.Logged row) {
      return row.kabupatenKode().equals(kabupatenKode)
          && (kecamatanKode == null || row.kecamatanKode().equals(kecamatanKode));
    }

    void offer(Pengumuman.Logged row) {
      if (concerns(row)) {
        deliver(new Item(row.id(), event(sse, row.id(), "angka", row.isi())));
      }
    }

    synchronized void heartbeat() {
      if (emitter != null) {
        deliver(new Item(0, sse.newEventBuilder().comment("langsung").build()));
      }
    }

    private synchronized void deliver(Item item) {
      if (closed) {
        return;
      }
      if (emitter == null) {
        if (pending.size() >= max) {
          LOG.infof("live figures: a client of %s fell %d announcements behind and is disconnected", kabupatenKode,
              max);
          closed = true;
          subscribers.remove(this);
          return;
        }
        pending.add(item);
        return;
      }
      if (item.id() != 0 && item.id() <= lastSent) {
        return; // the replay sent it already
      }
      if (item.id() != 0) {
        lastSent = item.id();
      }
      // A full buffer fails the stream (the client is disconnected and resumes); the poller never waits.
      emitter.emit(item.event());
    }

    /** The replay was written up to {@code upTo}: from now on announcements go to the client. */
    synchronized void attach(MultiEmitter<? super OutboundSseEvent> em, long upTo, Integer tunggu) {
      emitter = em;
      lastSent = upTo;
      em.onTermination(() -> {
        synchronized (this) {
          closed = true;
        }
        subscribers.remove(this);
      });
      if (closed) {
        em.complete();
        return;
      }
      while (!pending.isEmpty()) {
        deliver(pending.poll());
      }
      if (tunggu != null) {
        timer.schedule(em::complete, tunggu, TimeUnit.SECONDS);
      }
    }

    void close() {
      MultiEmitter<? super OutboundSseEvent> em;
      synchronized (this) {
        closed = true;
        em = emitter;
      }
      subscribers.remove(this);
      if (em != null) {
        em.complete();
      }
    }
  }
}
