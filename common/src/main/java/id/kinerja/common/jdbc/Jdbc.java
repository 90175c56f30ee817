package id.kinerja.common.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

/**
 * Plain JDBC for the services' hand-written SQL, the one helper for it.
 *
 * <p>The persistence rule it serves: planning keeps its aggregates as Panache entities (a plan, a schedule, a scale is
 * edited one at a time through the API, and the entity state is the aggregate); realization and reporting write SQL
 * through this helper, where entities would stand in the way: upserts on partial unique indexes, advisory locks,
 * append-only history (revisions, the audit log), projections and figures written in bulk (hundreds of rows per
 * recalculation) and read back in single queries.
 *
 * <p>{@link #call} and {@link #run} work on the connection of the current transaction (Hibernate's
 * {@code Session.doReturningWork}/{@code doWork}): the connection the entities, the outbox and the inbox write on, so
 * that everything a transaction writes commits or rolls back together. The connection belongs to the transaction:
 * work must not close it.
 *
 * <p>Without a transaction they run the work through {@link #outsideTransaction}: on a pooled connection of its own,
 * in autocommit, given back as soon as the work is done. Reads that deliberately run without a transaction (a GET of
 * one cell, the ETag of a conditional GET, an idempotency key looked up after the request's transaction rolled back)
 * then hold a connection only while they read, instead of keeping one in a request-scoped session until the request
 * ends (which, when the request then opens a transaction, would hold two).
 *
 * <p>An {@link SQLException} of the work leaves as {@link #fail}'s unchecked exception, the SQLException as its cause:
 * the cause chain is what tells an outage (503) from a bug and a unique violation (a concurrent twin) from the rest.
 *
 * <p>The statement helpers ({@link #list}, {@link #each}, {@link #one}, {@link #update}, {@link #batch}) take the
 * statement's parameters as {@link Params}: a binder written for the statement, or {@link #params(Object...)} for
 * plain values in order. {@link #list(Connection, String, Params, Row)} and
 * {@link #update(Connection, String, Params)} run one statement on a connection the caller already works on (inside
 * {@link #call}). The static binders and getters (nullable values, timestamps, arrays) keep the code of a store to
 * its SQL and its column mapping.
 */
@ApplicationScoped
public class Jdbc {

  /** Work on a connection (which it must not close). */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Params {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Reads the current row of a result. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Takes in the current row of a result. */
  @FunctionalInterface
  public interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Binds the parameters of one row of a batch. */
  @FunctionalInterface
  public interface RowParams<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /** No parameters. */
  public static final Params NONE = ps -> {
  };

  @Inject
  EntityManager em;

  @Inject
  DataSource dataSource;

  @Inject
  TransactionSynchronizationRegistry transactions;

  /** Runs {@code work} on the connection of the current transaction, or {@link #outsideTransaction} when none. */
  public <T> T call(Work<T> work) {
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return outsideTransaction(work);
    }
    return em.unwrap(Session.class).doReturningWork(c -> {
      try {
        return work.run(c);
      } catch (SQLException e) {
        throw fail(e);
      }
    });
  }

  public void run(Work<?> work) {
    call(work);
  }

  /**
   * Runs {@code work} on a pooled connection of its own (autocommit), closed right after. Only for work that runs
   * without a transaction on purpose (see the class comment): inside a transaction the pool hands out the
   * transaction's own connection, and {@link #call} is the way to say so.
   */
  public <T> T outsideTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** Every row of a query. */
  public <T> List<T> list(String sql, Params params, Row<T> row) {
    return call(c -> list(c, sql, params, row));
  }

  /** Every row of a query, on the caller's connection (within {@link #call}). */
  public static <T> List<T> list(Connection c, String sql, Params params, Row<T> row) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      params.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row.read(rs));
        }
      }
    }
    return rows;
  }

  /** Hands every row of a query to {@code row} (to collect it into a map, say). */
  public void each(String sql, Params params, RowConsumer row) {
    run(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            row.accept(rs);
          }
        }
        return null;
      }
    });
  }

  /**
   * The first row of a query, if any: empty without a row, and when the row reads as null (an aggregate such as
   * {@code max} over no rows gives one row of null).
   */
  public <T> Optional<T> one(String sql, Params params, Row<T> row) {
    return call(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        params.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(row.read(rs)) : Optional.empty();
        }
      }
    });
  }

  /** An insert, update or delete; returns the number of rows it touched. */
  public int update(String sql, Params params) {
    return call(c -> update(c, sql, params));
  }

  /** An insert, update or delete on the caller's connection (within {@link #call}); the number of rows it touched. */
  public static int update(Connection c, String sql, Params params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      params.bind(ps);
      return ps.executeUpdate();
    }
  }

  /** One statement for many rows, as one JDBC batch; nothing when there are no rows. */
  public <T> void batch(String sql, Collection<T> rows, RowParams<T> bind) {
    if (rows.isEmpty()) {
      return;
    }
    run(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (T r : rows) {
          bind.bind(ps, r);
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  // ---------------------------------------------------------------- binders

  /**
   * Binds {@code values} to parameters 1..n in order: an Instant as a timestamp, everything else (String, Integer,
   * Long, BigDecimal, Boolean) through the driver's setter of its type, null as a NULL of no stated type (the
   * column's type applies).
   */
  public static Params params(Object... values) {
    return ps -> {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Instant t) {
          ps.setTimestamp(i + 1, Timestamp.from(t));
        } else {
          ps.setObject(i + 1, values[i]);
        }
      }
    };
  }

  public static void setString(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  public static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, v);
    }
  }

  public static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  public static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  public static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(v));
    }
  }

  /** An SQL array of {@code type} ("varchar", "bigint", "uuid") for {@code = any (?)}. */
  public static void setArray(PreparedStatement ps, int i, String type, Collection<?> values) throws SQLException {
    ps.setArray(i, ps.getConnection().createArrayOf(type, values.toArray()));
  }

  // ---------------------------------------------------------------- getters of nullable columns

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  public static Instant instant(ResultSet rs, int i) throws SQLException {
    Timestamp t = rs.getTimestamp(i);
    return t == null ? null : t.toInstant();
  }

  public static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  public static Long getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  /**
   * Unchecked wrapper: JDBC failures are unexpected and roll the transaction back; the cause chain keeps the
   * SQLState.
   */
  public static IllegalStateException fail(SQLException e) {
    return new IllegalStateException("database: " + e.getMessage(), e);
  }
}
