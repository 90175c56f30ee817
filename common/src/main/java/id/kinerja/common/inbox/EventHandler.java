package id.kinerja.common.inbox;

import java.util.List;
import java.util.Set;

import id.kinerja.common.events.EventEnvelope;

/** What a consuming service does with the events of its subscription. */
public interface EventHandler {

  /** Event types this handler applies; others on the same topics are skipped. */
  Set<String> handledTypes();

  /**
   * Applies events never applied before, in offset order, inside the consumer's database transaction (the
   * same one that records their ids). Throwing rolls all of it back.
   */
  void apply(List<EventEnvelope> events);
}
