package id.kinerja.reporting.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;

/**
 * Transaction-scoped advisory locks that keep the figures exact when several consumer workers apply events at once
 * (see {@code EventHandler}): a kabupaten-wide change (settings, a predicate scale) holds its kabupaten exclusively
 * while it is applied and every kecamatan-year of the kabupaten recomputed; a kecamatan-year is recomputed holding its
 * kabupaten shared, so it reads either the settings before the change (and the change, recomputing it afterwards,
 * reads its realisasi) or after it; the kabupaten aggregate of a year is rebuilt holding that kabupaten-year, so under
 * READ COMMITTED the summaries it reads include every kecamatan another worker committed before it. Advisory locks
 * need no row to exist (a kabupaten may be unknown yet) and end with the transaction. Each kind is taken sorted by
 * code; a deadlock left between kinds is rolled back and retried by the consumer like any transient failure.
 */
@ApplicationScoped
public class KabupatenLocks {

  /** First key of the two-integer advisory locks (a key space of its own: the outbox relay uses one bigint key). */
  static final int KABUPATEN = 0x4b414201;
  static final int AGGREGATE = 0x4b414202;
  static final int PENGUMUMAN = 0x4b414203;

  @Inject
  Jdbc jdbc;

  /** Holds these kabupaten exclusively until the transaction ends: their settings or scales change now. */
  public void exclusive(Collection<String> kabupatenKode) {
    lock("select pg_advisory_xact_lock(?, ?)", KABUPATEN, sorted(kabupatenKode));
  }

  /** Holds these kabupaten shared until the transaction ends: kecamatan-years of them are recomputed now. */
  public void shared(Collection<String> kabupatenKode) {
    lock("select pg_advisory_xact_lock_shared(?, ?)", KABUPATEN, sorted(kabupatenKode));
  }

  /** Holds the aggregate of one kabupaten-year until the transaction ends: it is rebuilt now. */
  public void aggregate(String kabupatenKode, int tahun) {
    lock("select pg_advisory_xact_lock(?, ?)", AGGREGATE, java.util.List.of(kabupatenKode + "|" + tahun));
  }

  /**
   * Holds the announcement log until the transaction ends: announcement ids are taken under it, so they commit in id
   * order (a reader that has seen id n has seen every committed id below it). Taken last, at the end of a batch, so
   * it is held only while the batch commits.
   */
  public void announcements() {
    lock("select pg_advisory_xact_lock(?, ?)", PENGUMUMAN, java.util.List.of("pengumuman"));
  }

  private static Collection<String> sorted(Collection<String> kode) {
    return new TreeSet<>(kode);
  }

  private void lock(String sql, int space, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    jdbc.run(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (String k : keys) {
          ps.setInt(1, space);
          ps.setInt(2, k.hashCode()); // a collision only makes two kabupaten wait for each other
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
          }
        }
      }
      return null;
    });
  }
}
