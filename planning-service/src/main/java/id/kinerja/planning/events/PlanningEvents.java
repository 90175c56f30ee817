package id.kinerja.planning.events;

import java.math.BigDecimal;

import java.util.List;

import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.planning.domain.Kabupaten;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Announces plan changes on {@link Topics#PLANNING}; schemas in docs/events/schemas. */
@ApplicationScoped
public class PlanningEvents {

  public static final String KABUPATEN_CONFIGURED = "planning.kabupaten.configured";

  /** Payload of planning.kabupaten.configured v1. */
  public record KabupatenConfigured(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi) {
  }

  @Inject
  Outbox outbox;

  @Inject
  KafkaClients kafka;

  /** The topic must exist before the relay's first send (brokers here do not auto-create topics). */
  void createTopic(@Observes @Priority(1) StartupEvent ev) {
    kafka.ensureTopics(List.of(Topics.PLANNING), true);
  }

  public void kabupatenConfigured(Kabupaten k) {
    outbox.publish(Topics.PLANNING, k.kode, KABUPATEN_CONFIGURED, 1, new KabupatenConfigured(k.kode, k.nama,
        k.negativeFormulaDefault.name(), k.overallMode.name(), k.capaianScoreCap, k.floorNegativeAtZero,
        k.konfigurasiVersi));
  }
}
