package id.kinerja.reporting.service;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.kinerja.reporting.config.WebhookSettings;
import id.kinerja.reporting.domain.webhook.PengirimanStatus;
import id.kinerja.reporting.domain.webhook.WebhookBackoff;
import id.kinerja.reporting.domain.webhook.WebhookSignature;
import id.kinerja.reporting.domain.webhook.WebhookUrlRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends due webhook deliveries, outside any transaction: a poller thread claims as many due deliveries as it has free
 * senders ({@code kinerja.webhook.pengirim}), each is POSTed on its own thread, and its attempt is recorded in a short
 * transaction of its own. A claim lasts the attempt's timeouts and a margin; a sender that dies leaves its claims to
 * run out, and another instance (or this one, restarted) sends them again: at least once, with the same id. The URL is
 * checked again before each attempt (a host may resolve elsewhere now), redirects are not followed, and no proxy is
 * used.
 */
@ApplicationScoped
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  /** The part of an answer's body that is kept. */
  static final int JAWABAN_MAX = 1024;
  private static final int RINCIAN_MAX = 500;
  private static final Duration KLAIM_MARGIN = Duration.ofSeconds(30);

  @Inject
  WebhookSettings settings;

  @Inject
  WebhookStore store;

  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread poller;
  private ExecutorService senders;
  private Semaphore free;
  private HttpClient http;
  private volatile WebhookUrlRules.Resolver resolver = WebhookUrlRules.Resolver.SYSTEM;

  void start(@Observes StartupEvent ev) {
    if (!settings.pengirimAktif()) {
      return;
    }
    http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY).version(HttpClient.Version.HTTP_1_1).build();
    int n = Math.max(1, settings.pengirim());
    free = new Semaphore(n);
    senders = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "webhook-sender");
      t.setDaemon(true);
      return t;
    });
    running = true;
    poller = new Thread(this::loop, "webhook-poller");
    poller.setDaemon(true);
    poller.start();
  }

  void stop(@Observes ShutdownEvent ev) {
    running = false;
    wake();
    if (senders != null) {
      senders.shutdownNow();
    }
  }

  /** How host names are resolved for the URL rule (the JDK's resolver, with its cache). */
  public WebhookUrlRules.Resolver resolver() {
    return resolver;
  }

  /** Tests replace it to show a host that resolves elsewhere after registration (DNS rebinding). */
  public void resolver(WebhookUrlRules.Resolver r) {
    resolver = r;
  }

  /** A delivery was committed (or replayed): look for due ones now rather than at the next poll. */
  public void wake() {
    wakeUp.release();
  }

  private void loop() {
    while (running) {
      try {
        int slots = free.availablePermits();
        if (slots > 0) {
          Duration claim = settings.connectTimeout().plus(settings.readTimeout()).plus(KLAIM_MARGIN);
          List<WebhookStore.Klaim> due = store.claim(slots, Instant.now().plus(claim));
          for (WebhookStore.Klaim k : due) {
            free.acquireUninterruptibly();
            senders.execute(() -> {
              try {
                send(k);
              } finally {
                free.release();
                wake();
              }
            });
          }
          if (due.size() == slots) {
            continue; // there may be more due at once
          }
        }
        wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database may be away: try again at the next poll; claims run out on their own.
        LOG.warnf("Webhook sender: claiming due deliveries failed (%s); retrying", e.toString());
        try {
          Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** One attempt: check the URL, POST the signed body, record the answer. */
  void send(WebhookStore.Klaim k) {
    Instant mulai = Instant.now();
    long t0 = System.nanoTime();
    Integer statusKode = null;
    String jawaban = null;
    String galat = null;
    String rincian = null;
    Optional<WebhookUrlRules.Refusal> refusal = WebhookUrlRules.check(k.url(), settings.izinkanLokal(), true, resolver);
    if (refusal.isPresent()) {
      galat = "alamat-ditolak";
      rincian = rincian(refusal.get());
    } else {
      long timestamp = Instant.now().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(URI.create(k.url())).timeout(settings.readTimeout())
          .header("Content-Type", "application/json")
          .header("User-Agent", "Kinerja-Kecamatan-Webhook/1")
          .header("Kinerja-Webhook-Id", k.id().toString())
          .header("Kinerja-Webhook-Jenis", k.jenis().nama())
          .header("Kinerja-Webhook-Timestamp", Long.toString(timestamp))
          .header("Kinerja-Webhook-Signature", WebhookSignature.sign(k.rahasia(), timestamp, k.isi()))
          .POST(HttpRequest.BodyPublishers.ofString(k.isi(), StandardCharsets.UTF_8)).build();
      CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new Head(JAWABAN_MAX));
      try {
        // The whole answer (headers and the kept part of the body) within the connect and read timeouts.
        HttpResponse<byte[]> r = answer.get(settings.connectTimeout().plus(settings.readTimeout()).toMillis(),
            TimeUnit.MILLISECONDS);
        statusKode = r.statusCode();
        jawaban = text(r.body());
        if (statusKode < 200 || statusKode > 299) {
          galat = "status";
        }
      } catch (TimeoutException e) {
        answer.cancel(true);
        galat = "timeout";
        rincian = settings.readTimeout().toMillis() + " ms";
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof HttpConnectTimeoutException) {
          galat = "timeout";
          rincian = "connect " + settings.connectTimeout().toMillis() + " ms";
        } else if (cause instanceof HttpTimeoutException) {
          galat = "timeout";
          rincian = settings.readTimeout().toMillis() + " ms";
        } else {
          galat = "koneksi";
          rincian = cause instanceof ConnectException ? "connection refused" : cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer.cancel(true);
        return; // shutting down: the claim runs out and the delivery is sent again
      }
    }
    long durasi = (System.nanoTime() - t0) / 1_000_000;
    int nomor = k.percobaan() + 1;
    boolean ok = galat == null;
    PengirimanStatus status;
    Instant jatuhTempo = Instant.now();
    Instant selesai = null;
    if (ok) {
      status = PengirimanStatus.TERKIRIM;
      selesai = jatuhTempo;
    } else if (nomor >= settings.maksPercobaan()) {
      status = PengirimanStatus.GAGAL;
      selesai = jatuhTempo;
    } else {
      status = PengirimanStatus.MENUNGGU;
      jatuhTempo = jatuhTempo.plus(WebhookBackoff.tunda(nomor, settings.backoffAwal(), settings.backoffMaks(),
          ThreadLocalRandom.current().nextLong()));
    }
    WebhookStore.PercobaanRow attempt = new WebhookStore.PercobaanRow(k.id(), k.seri(), nomor, mulai, durasi, statusKode,
        jawaban, galat, rincian == null ? null : cut(rincian, RINCIAN_MAX));
    PengirimanStatus recorded = status;
    Instant due = jatuhTempo;
    Instant done = selesai;
    try {
      QuarkusTransaction.requiringNew().run(() -> store.record(k, attempt, recorded, due, done));
    } catch (RuntimeException e) {
      // Not recorded: the claim runs out and the delivery is tried again (at least once).
      LOG.warnf("Webhook delivery %s: recording attempt %d failed (%s)", k.id(), nomor, e.toString());
    }
    if (!ok) {
      LOG.debugf("Webhook delivery %s attempt %d failed: %s %s", k.id(), nomor, galat, rincian);
    }
  }

  /** "must-be-public-address host=… alamat=169.254.169.254 jenis=link-local": the rule and its arguments. */
  static String rincian(WebhookUrlRules.Refusal r) {
    StringBuilder sb = new StringBuilder(r.key().rule());
    Object[] a = r.args();
    for (int i = 0; i + 1 < a.length; i += 2) {
      sb.append(' ').append(a[i]).append('=').append(a[i + 1]);
    }
    return sb.toString();
  }

  private static String text(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    // Decoding may end inside a multi-byte character: the replacement character is dropped, not shown.
    String s = new String(body, StandardCharsets.UTF_8);
    return s.replace("\uFFFD", "").replaceAll("[\\p{Cntrl}&&[^\\t\\r\\n]]", "");
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Keeps the first {@code max} bytes of an answer's body and stops reading there. */
  static final class Head implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Head(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        int n = Math.min(b.remaining(), max - kept.size());
        byte[] chunk = new byte[n];
        b.get(chunk);
        kept.write(chunk, 0, n);
      }
      if (kept.size() >= max) {
        result.complete(kept.toByteArray());
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(kept.toByteArray());
    }
  }
}
