package id.kinerja.reporting.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction. Projections are written and read in bulk (a batch of
 * events touches many rows), which is cheaper without entity state; no calculation happens in SQL. Besides the
 * connection: the one-statement queries and updates of the stores, and the setters and getters of nullable columns.
 */
@ApplicationScoped
public class Jdbc {

  @Inject
  EntityManager em;

  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Reads the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  public <T> T call(Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::run);
  }

  public void run(Work<?> work) {
    em.unwrap(Session.class).doWork(work::run);
  }

  // ---- one statement ------------------------------------------------------------------------------------------

  /** Every row the query gives with these parameters ({@link #bind}), in its order. */
  public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
    return call(c -> list(c, sql, row, parameters));
  }

  /** {@link #list(String, Row, Object...)} on the caller's connection. */
  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, parameters);
      return readAll(ps, row);
    }
  }

  /** The first row the query gives with these parameters, or empty. */
  public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
    return call(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, parameters);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(row.read(rs)) : Optional.<T>empty();
        }
      }
    });
  }

  /** The one row a query that always gives one (an aggregate such as {@code max}) gives with these parameters. */
  public <T> T one(String sql, Row<T> row, Object... parameters) {
    return call(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, parameters);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return row.read(rs);
        }
      }
    });
  }

  /** Runs an insert, update or delete with these parameters; the number of rows it changed. */
  public int update(String sql, Object... parameters) {
    return call(c -> update(c, sql, parameters));
  }

  /** {@link #update(String, Object...)} on the caller's connection. */
  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, parameters);
      return ps.executeUpdate();
    }
  }

  /** Executes the query and reads every row it gives. */
  static <T> List<T> readAll(PreparedStatement ps, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row.read(rs));
      }
    }
    return out;
  }

  /**
   * Sets the parameters 1..n: an Instant as a timestamp, everything else (String, Integer, Long, BigDecimal, Boolean)
   * through the driver's setter of its type, null as a NULL of no stated type (the column's type applies, as for a
   * null timestamp).
   */
  static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof Instant t) {
        ps.setTimestamp(i + 1, Timestamp.from(t));
      } else {
        ps.setObject(i + 1, parameters[i]);
      }
    }
  }

  // ---- nullable columns ---------------------------------------------------------------------------------------

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  static void setTime(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(v));
    }
  }

  static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  static Long getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  static Instant getTime(ResultSet rs, int i) throws SQLException {
    Timestamp t = rs.getTimestamp(i);
    return t == null ? null : t.toInstant();
  }
}
