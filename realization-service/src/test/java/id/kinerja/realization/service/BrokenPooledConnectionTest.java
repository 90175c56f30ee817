package id.kinerja.realization.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a PostgreSQL restart leaves in the pool: connections whose server side is gone. They are checked before being
 * handed out once idle for over a second (quarkus.datasource.jdbc.foreground-validation-interval), so the requests
 * after the restart get working connections instead of failing (503) one dead connection at a time — as a client of
 * the fault suite did when a base backup was taken after PostgreSQL had been crashed and restarted.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class BrokenPooledConnectionTest {

  private static final int HELD = 4;

  @Inject
  DataSource dataSource;

  @Test
  void connectionsTheServerDroppedAreReplacedBeforeUse() throws Exception {
    // Four pooled connections, their server processes ended from a fifth (what a restart does to all of them).
    List<Connection> held = new ArrayList<>();
    List<Integer> pids = new ArrayList<>();
    try (Connection killer = dataSource.getConnection()) {
      for (int i = 0; i < HELD; i++) {
        Connection c = dataSource.getConnection();
        held.add(c);
        pids.add(backendPid(c));
      }
      for (Connection c : held) {
        c.close();
      }
      try (Statement s = killer.createStatement()) {
        for (int pid : pids) {
          try (ResultSet rs = s.executeQuery("select pg_terminate_backend(" + pid + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("backend %d terminated", pid).isTrue();
          }
        }
      }
    }
    Thread.sleep(1_500);

    // As many at once as were dropped (and one more): each one handed out works.
    held.clear();
    try {
      for (int i = 0; i <= HELD; i++) {
        Connection c = dataSource.getConnection();
        held.add(c);
        assertThat(backendPid(c)).as("connection %d of %d works and is none of the dropped ones", i + 1, HELD + 1)
            .isNotIn(pids);
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  private static int backendPid(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
