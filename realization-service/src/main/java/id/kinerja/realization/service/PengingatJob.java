package id.kinerja.realization.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.service.PengingatStore.Kiriman;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the deadline reminders (issue #17) on the scheduler's thread, never on a request's: every
 * {@code kinerja.realization.pengingat.scan-interval} it decides and claims what is due in every kabupaten that has
 * recipients, then mails what is pending over SMTP. A failing SMTP server leaves the reminders pending for a later
 * try; a submission never waits for mail. Several instances may run it at once: the claims and the leases decide who
 * sends what.
 */
@ApplicationScoped
public class PengingatJob {

  private static final Logger LOG = Logger.getLogger(PengingatJob.class);

  /** What one run did: reminders newly recorded, mailed, and sends that failed. */
  public record Hasil(int dicatat, int terkirim, int gagal) {
  }

  @Inject
  PengingatService service;

  @Inject
  Mailer mailer;

  @Inject
  RealizationConfig config;

  @Inject
  Clock clock;

  @Scheduled(identity = "pengingat", every = "${kinerja.realization.pengingat.scan-interval:5m}", delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void terjadwal() {
    Hasil h = jalankan();
    if (h.dicatat() + h.terkirim() + h.gagal() > 0) {
      LOG.infof("Reminders: %d recorded, %d mailed, %d failed (retried later)", h.dicatat(), h.terkirim(), h.gagal());
    }
  }

  /** One run: decide and claim in each kabupaten (a transaction each), then send. */
  public Hasil jalankan() {
    int dicatat = 0;
    for (String kabupaten : service.kabupaten()) {
      try {
        dicatat += service.putuskan(kabupaten, clock.instant());
      } catch (RuntimeException e) {
        // One kabupaten's failure (a bad copy, a database hiccup) leaves the others' reminders going.
        LOG.warnf(e, "Reminders of kabupaten %s could not be decided; tried again at the next run", kabupaten);
      }
    }
    Hasil sent = kirim();
    return new Hasil(dicatat, sent.terkirim(), sent.gagal());
  }

  /**
   * Sends pending reminders whose time has come, at most {@code max-per-run}, outside any transaction. Stops after a
   * batch in which every send failed (the SMTP server is away: the rest wait for the next run), and at the first send
   * the server left unanswered for {@code quarkus.mailer.timeout} (or that was interrupted): a server that takes
   * connections and never answers would otherwise hold the run for that long per reminder. The reminders of the batch
   * not yet tried then go back untouched, due at once.
   */
  public Hasil kirim() {
    RealizationConfig.Pengingat settings = config.pengingat();
    int terkirim = 0;
    int gagal = 0;
    while (terkirim + gagal < settings.maxPerRun()) {
      List<Kiriman> batch = service.ambil(clock.instant());
      if (batch.isEmpty()) {
        break;
      }
      int failedHere = 0;
      for (int i = 0; i < batch.size(); i++) {
        Kiriman k = batch.get(i);
        try {
          mailer.send(Mail.withText(k.surel(), k.subjek(), k.isi()).setFrom(settings.pengirim()));
        } catch (RuntimeException e) {
          boolean diam = tanpaJawaban(e);
          String galat = diam ? "the SMTP server did not answer within quarkus.mailer.timeout" : galat(e);
          Instant next = service.gagal(k, clock.instant(), galat);
          LOG.warnf("Reminder %d to %s could not be mailed (attempt %d), next try at %s: %s", k.id(), k.surel(),
              k.percobaan(), next, galat);
          failedHere++;
          if (diam) {
            List<Kiriman> untried = batch.subList(i + 1, batch.size());
            service.lepas(untried, clock.instant());
            return new Hasil(0, terkirim, gagal + failedHere);
          }
          continue;
        }
        // A crash right here sends this reminder again after its lease: at least once (docs/realization.md).
        service.terkirim(k.id(), clock.instant());
        terkirim++;
      }
      gagal += failedHere;
      if (failedHere == batch.size()) {
        break;
      }
    }
    return new Hasil(0, terkirim, gagal);
  }

  /** A send that timed out waiting for the server, or whose thread was interrupted (shutdown, a caller's timeout). */
  static boolean tanpaJawaban(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof io.smallrye.mutiny.TimeoutException || t instanceof TimeoutException) {
        return true;
      }
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  private static String galat(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
