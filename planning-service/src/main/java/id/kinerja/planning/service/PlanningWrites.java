package id.kinerja.planning.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Inject;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.events.PlanningEvents;

/**
 * What the planning services that write share: the per-kabupaten lock, the stored documents, the announcements and
 * the clock that stamps each new version.
 */
abstract class PlanningWrites {

  @Inject
  PlanningLock lock;

  @Inject
  StoredPlans stored;

  @Inject
  PlanningEvents events;

  Clock clock = Clock.systemUTC();

  /** The time a change is stamped with. */
  Instant now() {
    return Instant.now(clock);
  }

  /** Takes the kabupaten's lock and returns the kabupaten; 404 when there is none. */
  Kabupaten lockedKabupaten(String kabupatenKode) {
    lock.kabupaten(kabupatenKode);
    Kabupaten kabupaten = Kabupaten.findById(kabupatenKode);
    if (kabupaten == null) {
      throw ProblemException.notFound(CommonMessages.THING_KABUPATEN, "kode", kabupatenKode);
    }
    return kabupaten;
  }
}
