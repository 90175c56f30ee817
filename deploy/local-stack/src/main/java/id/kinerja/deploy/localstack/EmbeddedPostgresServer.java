package id.kinerja.deploy.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL 17 started from a jar, on a free or a given port; one database per service. */
public final class EmbeddedPostgresServer implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL. {@code port} 0 picks a free port; {@code dataDirectory} null uses a fresh temporary one.
   */
  public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
    try {
      // The library starts PostgreSQL with fsync and synchronous_commit off (fast, not durable); a 2xx of ours means
      // a durable commit, in tests and the local run as in production.
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setServerConfig("max_connections", "200")
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on");
      if (port > 0) {
        builder.setPort(port);
      }
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("""
          Embedded PostgreSQL could not start: %s
          Some hosts forbid the user namespaces it needs when run as root. Point the build at an existing
          PostgreSQL instead (a database per service is created there):
            export KINERJA_JDBC_URL=jdbc:postgresql://HOST:5432/   KINERJA_DB_USER=USER   KINERJA_DB_PASSWORD=PASSWORD
          """.formatted(e.getMessage()), e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** JDBC URL of a database on this server. */
  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl(USER, database);
  }

  /** Base URL without a database, e.g. {@code jdbc:postgresql://localhost:15432/}. */
  public String baseUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates the database if it does not exist (works on any PostgreSQL, embedded or not). */
  public static void createDatabase(String baseUrl, String user, String password, String database) {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name " + database);
    }
    try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + database + " at " + baseUrl + ": " + e.getMessage(), e);
    }
  }
}
