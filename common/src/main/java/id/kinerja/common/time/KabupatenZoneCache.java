package id.kinerja.common.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import id.kinerja.common.tx.AfterCommit;

/**
 * The zone of each kabupaten ({@link KabupatenZones}), from a table of the service: planning's own kabupaten, the
 * others' copy of them (planning.kabupaten.configured); a kabupaten the table does not hold has none (its answers are
 * then written in WIB). Each service makes it a bean by naming its query. Every answer about a kabupaten asks for its zone (to write its times with their offset), so the zones of all
 * kabupaten are held in memory — a few hundred entries, read with one query — and read again after a change this
 * instance committed, or at the latest after {@code kinerja.kabupaten-zones.ttl} (a change another instance made).
 */
public abstract class KabupatenZoneCache implements KabupatenZones {

  private static final Logger LOG = Logger.getLogger(KabupatenZoneCache.class);

  private record Snapshot(Map<String, ZonaWaktu> zones, long loadedAt) {
  }

  @Inject
  DataSource dataSource;

  @Inject
  TransactionSynchronizationRegistry transactions;

  @ConfigProperty(name = "kinerja.kabupaten-zones.ttl", defaultValue = "PT1M")
  Duration ttl;

  private volatile Snapshot snapshot;
  private final AtomicLong epoch = new AtomicLong();

  /** The service's query of (kabupaten code, zone name) pairs. */
  protected abstract String query();

  @Override
  public Optional<ZonaWaktu> zonaWaktu(String kabupatenKode) {
    return Optional.ofNullable(current().zones().get(kabupatenKode));
  }

  /** A kabupaten's zone may have changed: read the zones again once the current transaction commits. */
  public void changed() {
    if (transactions.getTransactionKey() == null) {
      invalidate();
      return;
    }
    AfterCommit.run(transactions, this::invalidate);
  }

  protected void invalidate() {
    epoch.incrementAndGet();
    snapshot = null;
  }

  private Snapshot current() {
    long now = System.nanoTime();
    Snapshot s = snapshot;
    if (s != null && now - s.loadedAt() < ttl.toNanos()) {
      return s;
    }
    long before = epoch.get();
    Map<String, ZonaWaktu> zones;
    try {
      zones = load();
    } catch (SQLException | RuntimeException e) {
      // The answer is being written: its times keep the last zones known (or WIB) rather than failing it.
      LOG.warnf("kabupaten zones could not be read: %s", e.getMessage());
      return s != null ? s : new Snapshot(Map.of(), now);
    }
    Snapshot loaded = new Snapshot(zones, now);
    if (epoch.get() == before) {
      snapshot = loaded; // a load that raced with a change is used once, not kept
    }
    return loaded;
  }

  private Map<String, ZonaWaktu> load() throws SQLException {
    Map<String, ZonaWaktu> zones = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(query());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        zones.put(rs.getString(1), ZonaWaktu.valueOf(rs.getString(2)));
      }
    }
    return Map.copyOf(zones);
  }
}
