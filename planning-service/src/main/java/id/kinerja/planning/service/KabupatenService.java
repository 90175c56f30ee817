package id.kinerja.planning.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.events.PlanningEvents;
import id.kinerja.planning.rest.KabupatenRequest;

@ApplicationScoped
public class KabupatenService {

  @Inject
  PlanningEvents events;

  Clock clock = Clock.systemUTC();

  public Optional<Kabupaten> find(String kode) {
    return Kabupaten.findByIdOptional(kode);
  }

  /**
   * Creates or changes the kabupaten's settings. A change needs the current version ({@code ifMatch}); the new
   * state is announced in the same transaction.
   */
  @Transactional
  public Kabupaten save(String kode, KabupatenRequest request, Long ifMatch, String user) {
    Kabupaten k = Kabupaten.findById(kode);
    if (k == null) {
      k = new Kabupaten();
      k.kode = kode;
      k.konfigurasiVersi = 0;
    } else if (ifMatch == null) {
      throw ProblemException.preconditionRequired();
    } else if (ifMatch != k.konfigurasiVersi) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + k.konfigurasiVersi + "\"");
    }
    k.nama = request.nama().trim();
    k.negativeFormulaDefault = request.negativeFormulaDefault();
    k.overallMode = request.overallMode();
    k.capaianScoreCap = request.capaianScoreCap();
    k.floorNegativeAtZero = Boolean.TRUE.equals(request.floorNegativeAtZero());
    k.konfigurasiVersi++;
    k.updatedAt = Instant.now(clock);
    k.updatedBy = user;
    k.persist();
    events.kabupatenConfigured(k);
    return k;
  }
}
