package id.kinerja.common.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventsConfig;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.trace.Tracing;
import id.kinerja.common.tx.AfterCommit;

/**
 * Transactional outbox: an event is written as a row in the caller's own database transaction, so it exists
 * if and only if the state change it announces was committed. {@link OutboxRelay} publishes the rows.
 */
@ApplicationScoped
public class Outbox {

  /** An event to write: the payload is any object Jackson can serialise. */
  public record Message(String topic, String key, String type, int version, Object payload) {
  }

  private static final String INSERT = "insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at,"
      + " traceparent) values (?, ?, ?, ?, ?, ?, ?)";

  @Inject
  EntityManager em;

  @Inject
  TransactionSynchronizationRegistry transactions;

  @Inject
  OutboxRelay relay;

  @Inject
  EventsConfig config;

  Clock clock = Clock.systemUTC();

  public EventEnvelope publish(String topic, String key, String type, int version, Object payload) {
    return publishAll(List.of(new Message(topic, key, type, version, payload))).get(0);
  }

  /** Writes all messages with one JDBC batch; must run inside the transaction that made the change. */
  public List<EventEnvelope> publishAll(List<Message> messages) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Outbox needs the caller's active transaction");
    }
    List<EventEnvelope> envelopes = messages.stream()
        .map(m -> new EventEnvelope(UUID.randomUUID(), m.type(), m.version(), m.key(), clock.instant(), config.source(),
            CanonicalJson.tree(m.payload())))
        .toList();
    // The trace of the request (or consumer batch) making the change: the relay continues it (Tracing).
    String traceparent = Tracing.traceparent();
    em.unwrap(Session.class).doWork(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
        for (int i = 0; i < envelopes.size(); i++) {
          EventEnvelope e = envelopes.get(i);
          ps.setObject(1, e.id());
          ps.setString(2, messages.get(i).topic());
          ps.setString(3, e.key());
          ps.setString(4, e.type());
          ps.setString(5, e.toJson());
          ps.setTimestamp(6, Timestamp.from(e.occurredAt()));
          ps.setString(7, traceparent);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
    AfterCommit.run(transactions, () -> relay.committed(envelopes.size()));
    return envelopes;
  }
}
