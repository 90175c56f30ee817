package id.kinerja.reporting.events;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.EventConsumer;
import id.kinerja.common.inbox.EventConsumers;
import id.kinerja.common.inbox.EventHandler;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.reporting.domain.webhook.WebhookJenis;
import id.kinerja.reporting.service.KabupatenZoneCache;
import id.kinerja.reporting.service.WebhookDeliveries;
import id.kinerja.reporting.service.WebhookStore;
import io.quarkus.runtime.StartupEvent;

/**
 * The webhook deliveries of kinerja.realisasi.v1 (issue #17): each realisasi transition (indicator v1 and v2, budget
 * line) of a kabupaten becomes a realisasi.submitted / verified / returned / approved delivery to that kabupaten's
 * webhooks, each deadline reminder (realisasi.pengingat.sent) a deadline.reminder one. A consumer of its own
 * ({@value #CONSUMER}), so that a rebuild of the projections, which replays the topics under a new group of
 * reporting-projections, sends nothing again. The deliveries are written in this consumer's transaction, with the
 * event's inbox record: a redelivered event adds none. Would be safe with several workers (it runs one): it only
 * inserts rows, one per (webhook, event), and an event's key is applied by one worker.
 */
@ApplicationScoped
public class WebhookHandler implements EventHandler {

  public static final String CONSUMER = "reporting-webhooks";
  static final String PENGINGAT_SENT = "realisasi.pengingat.sent";

  private static final List<String> INDIKATOR_FIELDS = List.of("tahun", "triwulan", "indikatorKode", "versi", "revisi",
      "transition", "status", "keadaan", "nilai", "pembilang", "penyebut", "teks", "terlambat", "alasan", "alasanKode",
      "peran");
  private static final List<String> ANGGARAN_FIELDS = List.of("tahun", "triwulan", "anggaranKode", "versi", "revisi",
      "transition", "status", "nilai", "melebihiPagu", "terlambat", "alasan", "alasanKode", "peran");
  private static final List<String> PENGINGAT_FIELDS = List.of("tahun", "triwulan", "jenis", "hariKeTutup",
      "selBelumDiisi", "menungguVerifikasi", "penerimaJumlah");

  @Inject
  EventConsumers consumers;

  @Inject
  WebhookDeliveries deliveries;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  WebhookStore store;

  void start(@Observes @Priority(20) StartupEvent ev) {
    // One worker, not the projections' four: it parses only the events of kabupaten with a webhook and only inserts
    // rows, and each further worker would hold a Kafka consumer's buffers and a thread for nothing.
    consumers.start(CONSUMER, List.of(Topics.REALISASI), this, 1);
  }

  public EventConsumer consumer() {
    return consumers.get(CONSUMER).orElseThrow();
  }

  @Override
  public Set<String> handledTypes() {
    return Set.of(ProjectionHandler.INDIKATOR_CHANGED, ProjectionHandler.ANGGARAN_CHANGED, PENGINGAT_SENT);
  }

  /**
   * Only the events of kabupaten that have an active webhook, read once per poll: the rest of the stream (at a
   * national deadline nearly all of it) is passed over unparsed and leaves no inbox row. A webhook saved while a poll
   * is handled receives the events of the polls after it.
   */
  @Override
  public Predicate<String> keysWanted() {
    Set<String> kabupaten = store.kabupatenWithActiveWebhooks();
    // Keys are kecamatan codes (35.02.14) or, for kabupaten-wide events, kabupaten codes (35.02): the first 5 chars.
    return key -> key == null || key.length() < 5 || kabupaten.contains(key.substring(0, 5));
  }

  @Override
  public void apply(List<EventEnvelope> events) {
    for (EventEnvelope e : events) {
      JsonNode p = e.payload();
      String kabupaten = p.path("kabupatenKode").asText();
      String kecamatan = p.path("kecamatanKode").isTextual() ? p.path("kecamatanKode").asText() : null;
      switch (e.type()) {
        case ProjectionHandler.INDIKATOR_CHANGED -> realisasi(e, kabupaten, kecamatan, "INDIKATOR", INDIKATOR_FIELDS);
        case ProjectionHandler.ANGGARAN_CHANGED -> realisasi(e, kabupaten, kecamatan, "ANGGARAN", ANGGARAN_FIELDS);
        case PENGINGAT_SENT -> {
          ObjectNode data = copy(p, PENGINGAT_FIELDS);
          ZonaWaktu zona = zones.zonaWaktu(kabupaten).orElseGet(() -> ZonaWaktu.ofProvinsi(kabupaten));
          data.put("ditutup", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(java.time.OffsetDateTime.parse(p.path("ditutup").asText()).toInstant()
              .atZone(zona.zone())));
          deliveries.enqueue(kabupaten, kecamatan, WebhookJenis.DEADLINE_REMINDER, "event:" + e.id(), e.occurredAt(), data);
        }
        default -> {
          // not handled: handledTypes() keeps other types away
        }
      }
    }
  }

  private void realisasi(EventEnvelope e, String kabupaten, String kecamatan, String objek, List<String> fields) {
    Optional<WebhookJenis> jenis = WebhookJenis.ofRealisasiStatus(e.payload().path("status").asText());
    if (jenis.isEmpty()) {
      return; // a correction opened (DRAFT): no kind of the portal announces it
    }
    ObjectNode data = copy(e.payload(), fields);
    data.put("objek", objek);
    deliveries.enqueue(kabupaten, kecamatan, jenis.get(), "event:" + e.id(), e.occurredAt(), data);
  }

  /** The named fields of the payload that it has, as they are (numbers keep their decimals). */
  private static ObjectNode copy(JsonNode payload, List<String> fields) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (String f : fields) {
      if (payload.has(f)) {
        data.set(f, payload.get(f));
      }
    }
    return data;
  }
}
