package id.kinerja.realization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.outbox.Outbox;
import id.kinerja.realization.events.RealisasiEvents;

/** Starts what one request writes ({@link Writes}), with what flushing it needs: the store, the outbox, the events. */
@ApplicationScoped
class Writer {

  @Inject
  RealisasiStore store;

  @Inject
  Outbox outbox;

  @Inject
  RealisasiEvents events;

  Writes start(Actor actor) {
    return new Writes(actor, store, outbox, events);
  }
}
