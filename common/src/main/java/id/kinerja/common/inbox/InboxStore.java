package id.kinerja.common.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import id.kinerja.common.events.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The consumer's side of exactly-once-in-effect: processed event ids, kept in the service's own database. */
@ApplicationScoped
public class InboxStore {

  @Inject
  EntityManager em;

  /**
   * In one new transaction: records the ids, lets the handler apply the events whose id was not yet recorded,
   * commits. Returns how many were new.
   */
  int applyNew(String consumer, List<EventEnvelope> events, EventHandler handler) {
    return QuarkusTransaction.requiringNew().call(() -> {
      Set<UUID> fresh = record(consumer, events);
      List<EventEnvelope> toApply = events.stream().filter(e -> fresh.remove(e.id())).toList();
      if (!toApply.isEmpty()) {
        handler.apply(toApply);
      }
      return toApply.size();
    });
  }

  private Set<UUID> record(String consumer, List<EventEnvelope> events) {
    return em.unwrap(Session.class).doReturningWork(c -> {
      Set<UUID> inserted = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "insert into inbox_event (consumer, event_id, event_type, occurred_at)"
              + " select ?, u.id, u.type, u.at from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as u(id, type, at)"
              + " on conflict do nothing returning event_id")) {
        ps.setString(1, consumer);
        ps.setArray(2, c.createArrayOf("uuid", events.stream().map(EventEnvelope::id).toArray()));
        ps.setArray(3, c.createArrayOf("text", events.stream().map(EventEnvelope::type).toArray()));
        ps.setArray(4, c.createArrayOf("timestamptz",
            events.stream().map(e -> java.sql.Timestamp.from(e.occurredAt())).toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            inserted.add(rs.getObject(1, UUID.class));
          }
        }
      }
      return inserted;
    });
  }

  /** The consumer group generation: a rebuild moves to a new group that starts at the first offset. */
  int generation(String consumer) {
    return QuarkusTransaction.requiringNew().call(() -> {
      Object g = em.createNativeQuery("select generation from consumer_generation where consumer = ?1")
          .setParameter(1, consumer).getResultStream().findFirst().orElse(null);
      return g == null ? 1 : ((Number) g).intValue();
    });
  }

  void resetForRebuild(String consumer, Runnable reset) {
    QuarkusTransaction.requiringNew().run(() -> {
      reset.run();
      em.createNativeQuery("delete from inbox_event where consumer = ?1").setParameter(1, consumer).executeUpdate();
      em.createNativeQuery("insert into consumer_generation (consumer, generation) values (?1, 2)"
          + " on conflict (consumer) do update set generation = consumer_generation.generation + 1")
          .setParameter(1, consumer).executeUpdate();
    });
  }

  /** Whether this consumer has applied the event (for tests and diagnostics). */
  public boolean isProcessed(String consumer, UUID eventId) {
    return QuarkusTransaction.requiringNew().call(() -> !em
        .createNativeQuery("select 1 from inbox_event where consumer = ?1 and event_id = ?2")
        .setParameter(1, consumer).setParameter(2, eventId).getResultList().isEmpty());
  }
}
