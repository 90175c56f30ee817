package id.kinerja.common.inbox;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import id.kinerja.common.events.EventEnvelope;

/**
 * What a consuming service does with the events of its subscription.
 * <p>
 * <b>Called concurrently.</b> A consumer with several workers ({@code kinerja.events.consumer.workers} &gt; 1) calls
 * {@link #apply} from several threads at once, each call in its own transaction, with the events of the partitions
 * that worker holds. What is guaranteed: the events of one key (kecamatan code, or kabupaten code for kabupaten-wide
 * events) are on one partition and are applied by one call at a time, in offset order, each exactly once in effect;
 * when the consumer reads several topics with the same number of partitions, that holds for the key's events of all
 * of them together (partition n of every topic goes to the same worker). What is not: two keys' events — two
 * kecamatan of one kabupaten, or a kabupaten-wide event (on the kabupaten code's partition) and a kecamatan event of
 * that kabupaten — may be applied at the same moment in two transactions that do not see each other's writes. So a
 * handler must
 * <ul>
 * <li>keep no mutable state outside the transaction unless it is thread-safe (caches: concurrent maps, volatile
 * snapshots, work done after commit);</li>
 * <li>make every write that several keys share exact under concurrent transactions: a row two keys both change
 * (an aggregate over the kecamatan of a kabupaten, a counter) is changed by a single atomic statement
 * ({@code update … set n = n + ?}) or read and written under a row lock ({@code select … for update}), not read
 * in one statement and written from the value read;</li>
 * <li>not compute one key's stored result from another key's data that a concurrent transaction may be changing
 * (e.g. a kecamatan's figures from the kabupaten's predicate scale while a new scale is applied and every kecamatan
 * of the kabupaten recomputed), unless both lock the same row before reading (the kabupaten row: {@code for update}
 * by the kabupaten-wide event, {@code for share} by the kecamatan batch; under READ COMMITTED the statements after
 * the lock see what the other transaction committed);</li>
 * <li>take such locks in one order (e.g. sorted by code) — a deadlock or serialisation failure is not an error:
 * the batch is rolled back and retried like any transient failure, but costs time.</li>
 * </ul>
 * With one worker (the default) calls never overlap.
 */
public interface EventHandler {

  /** Event types this handler applies; others on the same topics are skipped. */
  Set<String> handledTypes();

  /**
   * The record keys this handler may want, asked once per poll before anything of it is parsed: records with other
   * keys are passed over like events of other types (offset committed, no inbox row). For a handler that acts for few
   * kabupaten only (webhooks), so that the rest of the stream costs it no parsing, schema check or inbox write. Every
   * key by default.
   */
  default Predicate<String> keysWanted() {
    return key -> true;
  }

  /**
   * Applies events never applied before, in offset order, inside the consumer's database transaction (the
   * same one that records their ids). Throwing rolls all of it back. May be called by several workers at once
   * (see above).
   */
  void apply(List<EventEnvelope> events);
}
