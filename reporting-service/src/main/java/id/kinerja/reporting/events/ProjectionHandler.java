package id.kinerja.reporting.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.EventConsumers;
import id.kinerja.common.inbox.EventHandler;
import id.kinerja.reporting.domain.KabupatenCopy;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the reporting projections from kinerja.planning.v1 and kinerja.realisasi.v1. Every event carries full
 * state with a version; an older version than the one held is ignored.
 */
@ApplicationScoped
public class ProjectionHandler implements EventHandler {

  public static final String CONSUMER = "reporting-projections";
  static final String KABUPATEN_CONFIGURED = "planning.kabupaten.configured";

  /** Payload of planning.kabupaten.configured v1. */
  record KabupatenConfigured(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi) {
  }

  @Inject
  EventConsumers consumers;

  void start(@Observes @Priority(10) StartupEvent ev) {
    consumers.start(CONSUMER, List.of(Topics.PLANNING, Topics.REALISASI), this);
  }

  @Override
  public Set<String> handledTypes() {
    return Set.of(KABUPATEN_CONFIGURED);
  }

  @Override
  public void apply(List<EventEnvelope> events) {
    for (EventEnvelope e : events) {
      if (KABUPATEN_CONFIGURED.equals(e.type())) {
        kabupatenConfigured(e.payloadAs(KabupatenConfigured.class));
      }
    }
  }

  private void kabupatenConfigured(KabupatenConfigured p) {
    KabupatenCopy k = KabupatenCopy.findById(p.kode());
    if (k == null) {
      k = new KabupatenCopy();
      k.kode = p.kode();
    } else if (k.konfigurasiVersi >= p.konfigurasiVersi()) {
      return;
    }
    k.nama = p.nama();
    k.negativeFormulaDefault = p.negativeFormulaDefault();
    k.overallMode = p.overallMode();
    k.capaianScoreCap = p.capaianScoreCap();
    k.floorNegativeAtZero = p.floorNegativeAtZero();
    k.konfigurasiVersi = p.konfigurasiVersi();
    k.persist();
  }
}
