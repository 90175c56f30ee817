package id.kinerja.reporting.service;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.common.tx.AfterCommit;
import id.kinerja.reporting.domain.webhook.WebhookJenis;

/**
 * Turns an event into deliveries: one row per active webhook of the event's kabupaten that receives its kind, written
 * in the transaction that records the event (the webhook consumer's inbox, or the recalculation that fires
 * {@link AngkaBerubah}) and sent later by {@link WebhookSender}. Nothing here calls out of the process, so a receiver
 * that is slow or down never slows or fails what caused the event. A source already delivered to a webhook (a
 * redelivered event) adds nothing.
 */
@ApplicationScoped
public class WebhookDeliveries {

  @Inject
  WebhookStore store;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  WebhookSender sender;

  @Inject
  TransactionSynchronizationRegistry transactions;

  /**
   * Writes the deliveries of one event (in the caller's transaction).
   *
   * @param sumber what caused it, unique per event ("event:&lt;envelope id&gt;", "angka:&lt;announcement id&gt;")
   * @param terjadi when the event happened (UTC; written with the kabupaten's offset)
   * @param data   what the receiver is told about it (never addresses)
   * @return the number of deliveries written
   */
  public int enqueue(String kabupatenKode, String kecamatanKode, WebhookJenis jenis, String sumber, Instant terjadi,
      JsonNode data) {
    return enqueue(kabupatenKode, kecamatanKode, jenis, sumber, terjadi, () -> data);
  }

  /** As above, with the data built only when some webhook receives the event (most kabupaten have none). */
  int enqueue(String kabupatenKode, String kecamatanKode, WebhookJenis jenis, String sumber, Instant terjadi,
      Supplier<JsonNode> dataOf) {
    List<UUID> webhooks = store.subscribers(kabupatenKode, jenis);
    if (webhooks.isEmpty()) {
      return 0;
    }
    JsonNode data = dataOf.get();
    int written = 0;
    Instant now = Instant.now();
    for (UUID webhookId : webhooks) {
      UUID id = UUID.randomUUID();
      if (store.insertPengiriman(id, webhookId, sumber, jenis, body(id, jenis, kabupatenKode, kecamatanKode, terjadi, data),
          now)) {
        written++;
      }
    }
    if (written > 0) {
      AfterCommit.run(transactions, sender::wake);
    }
    return written;
  }

  /** figures.recalculated: a kecamatan-year's figures changed in a way a reader can see (fired in that transaction). */
  void on(@Observes AngkaBerubah e) {
    enqueue(e.kabupatenKode(), e.kecamatanKode(), WebhookJenis.FIGURES_RECALCULATED, "angka:" + e.id(), e.pada(), () -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("tahun", e.tahun());
      data.put("pengumumanId", e.id());
      data.put("isi", e.isi());
      return CanonicalJson.tree(data);
    });
  }

  /** The body as sent and signed: canonical JSON (sorted keys), the same bytes in every retry and replay. */
  String body(UUID id, WebhookJenis jenis, String kabupatenKode, String kecamatanKode, Instant terjadi, JsonNode data) {
    ZonaWaktu zona = zones.zonaWaktu(kabupatenKode).orElseGet(() -> ZonaWaktu.ofProvinsi(kabupatenKode));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("id", id.toString());
    b.put("jenis", jenis.nama());
    b.put("kabupatenKode", kabupatenKode);
    b.put("kecamatanKode", kecamatanKode);
    b.put("terjadi", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(terjadi.atZone(zona.zone())));
    b.put("data", data);
    return CanonicalJson.write(b);
  }
}
