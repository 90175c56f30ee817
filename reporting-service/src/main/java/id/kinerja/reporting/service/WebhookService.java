package id.kinerja.reporting.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.tx.AfterCommit;
import id.kinerja.reporting.config.WebhookSettings;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.webhook.PengirimanStatus;
import id.kinerja.reporting.domain.webhook.WebhookJenis;
import id.kinerja.reporting.domain.webhook.WebhookSignature;
import id.kinerja.reporting.domain.webhook.WebhookUrlRules;
import id.kinerja.reporting.service.view.WebhookViews;

/** The portal's webhooks of one kabupaten: registration, its deliveries and their replay (docs/reporting.md). */
@ApplicationScoped
public class WebhookService {

  /** Attempts shown per delivery: the most recent ones. */
  static final int PERCOBAAN_SHOWN = 100;

  @Inject
  WebhookStore store;

  @Inject
  WebhookSettings settings;

  @Inject
  WebhookSender sender;

  @Inject
  TransactionSynchronizationRegistry transactions;

  @Transactional
  public WebhookViews.Webhook daftar(String kabupatenKode, WebhookViews.Daftar r, String oleh) {
    checkUrl(r.url());
    Instant now = Instant.now();
    WebhookStore.WebhookRow w = new WebhookStore.WebhookRow(UUID.randomUUID(), kabupatenKode, r.url(), r.rahasia(),
        distinct(r.jenis()), r.aktif(), now, oleh, now, oleh);
    store.insert(w);
    return view(w);
  }

  @Transactional
  public WebhookViews.Webhook ubah(String kabupatenKode, UUID id, WebhookViews.Ubah r, String oleh) {
    checkUrl(r.url());
    if (!store.update(id, kabupatenKode, r.url(), r.rahasia(), distinct(r.jenis()), r.aktif(), Instant.now(), oleh)) {
      throw notFound(id);
    }
    if (r.aktif()) {
      // Deliveries that waited while it was inactive are due again.
      AfterCommit.run(transactions, sender::wake);
    }
    return view(store.find(id, kabupatenKode).orElseThrow(() -> notFound(id)));
  }

  @Transactional
  public void hapus(String kabupatenKode, UUID id) {
    if (!store.delete(id, kabupatenKode)) {
      throw notFound(id);
    }
  }

  public WebhookViews.Webhook get(String kabupatenKode, UUID id) {
    return view(store.find(id, kabupatenKode).orElseThrow(() -> notFound(id)));
  }

  public WebhookViews.WebhookPage list(String kabupatenKode, int page, int size) {
    return new WebhookViews.WebhookPage(store.list(kabupatenKode, page, size).stream().map(WebhookService::view).toList(),
        page, size, store.count(kabupatenKode));
  }

  public WebhookViews.PengirimanPage pengiriman(String kabupatenKode, UUID webhookId, PengirimanStatus status, int page,
      int size) {
    store.find(webhookId, kabupatenKode).orElseThrow(() -> notFound(webhookId));
    List<WebhookStore.PengirimanRow> rows = store.pengiriman(webhookId, status, page, size);
    Map<UUID, List<WebhookStore.PercobaanRow>> attempts = store.percobaan(rows.stream().map(WebhookStore.PengirimanRow::id)
        .toList(), PERCOBAAN_SHOWN);
    List<WebhookViews.Pengiriman> items = new ArrayList<>();
    for (WebhookStore.PengirimanRow p : rows) {
      items.add(view(p, attempts.getOrDefault(p.id(), List.of())));
    }
    return new WebhookViews.PengirimanPage(items, page, size, store.countPengiriman(webhookId, status));
  }

  /** Starts a new series of attempts of a delivered or failed delivery, with the same id (the receiver deduplicates). */
  @Transactional
  public WebhookViews.Pengiriman kirimUlang(String kabupatenKode, UUID webhookId, UUID pengirimanId) {
    WebhookStore.WebhookRow w = store.find(webhookId, kabupatenKode).orElseThrow(() -> notFound(webhookId));
    WebhookStore.PengirimanRow p = store.findPengiriman(pengirimanId, webhookId)
        .orElseThrow(() -> ProblemException.notFound(ReportingMessages.THING_PENGIRIMAN, "id", pengirimanId.toString()));
    if (!w.aktif()) {
      throw ProblemException.conflict("webhookId", ReportingMessages.WEBHOOK_TIDAK_AKTIF);
    }
    if (p.status() == PengirimanStatus.MENUNGGU || !store.replay(pengirimanId, webhookId, Instant.now())) {
      throw ProblemException.conflict("pengirimanId", ReportingMessages.WEBHOOK_PENGIRIMAN_MENUNGGU);
    }
    AfterCommit.run(transactions, sender::wake);
    WebhookStore.PengirimanRow replayed = store.findPengiriman(pengirimanId, webhookId).orElseThrow();
    return view(replayed, store.percobaan(List.of(pengirimanId), PERCOBAAN_SHOWN).getOrDefault(pengirimanId, List.of()));
  }

  private void checkUrl(String url) {
    WebhookUrlRules.check(url, settings.izinkanLokal(), false, sender.resolver()).ifPresent(r -> {
      throw ProblemException.invalid("url", r.key(), r.args());
    });
  }

  private static List<WebhookJenis> distinct(List<WebhookJenis> jenis) {
    return List.copyOf(new LinkedHashSet<>(jenis));
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound(ReportingMessages.THING_WEBHOOK, "id", id.toString());
  }

  static WebhookViews.Webhook view(WebhookStore.WebhookRow w) {
    return new WebhookViews.Webhook(w.id(), w.kabupatenKode(), w.url(), WebhookSignature.sidik(w.rahasia()), w.jenis(),
        w.aktif(), w.dibuat(), w.dibuatOleh(), w.diubah(), w.diubahOleh());
  }

  static WebhookViews.Pengiriman view(WebhookStore.PengirimanRow p, List<WebhookStore.PercobaanRow> attempts) {
    List<WebhookViews.Percobaan> percobaan = attempts.stream().map(a -> new WebhookViews.Percobaan(a.seri(), a.nomor(),
        a.mulai(), a.durasiMs(), a.statusKode(), a.jawaban(), a.galat(), keterangan(a))).toList();
    return new WebhookViews.Pengiriman(p.id(), p.webhookId(), p.jenis(), p.sumber(), p.status(), p.seri(), p.percobaan(),
        p.status() == PengirimanStatus.MENUNGGU ? p.jatuhTempo() : null, p.dibuat(), p.selesai(), percobaan);
  }

  private static Message keterangan(WebhookStore.PercobaanRow a) {
    if (a.galat() == null) {
      return null;
    }
    String rincian = a.galatRincian() == null ? "" : a.galatRincian();
    return switch (a.galat()) {
      case "timeout" -> Message.of(ReportingMessages.WEBHOOK_GALAT_TIMEOUT, "rincian", rincian);
      case "koneksi" -> Message.of(ReportingMessages.WEBHOOK_GALAT_KONEKSI, "rincian", rincian);
      case "alamat-ditolak" -> Message.of(ReportingMessages.WEBHOOK_GALAT_ALAMAT, "rincian", rincian);
      default -> Message.of(ReportingMessages.WEBHOOK_GALAT_STATUS, "kode", a.statusKode() == null ? 0 : a.statusKode().intValue());
    };
  }
}
