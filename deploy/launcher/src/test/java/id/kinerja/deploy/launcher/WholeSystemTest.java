package id.kinerja.deploy.launcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.LocalStack;
import io.restassured.http.ContentType;

/**
 * The three services as real processes on one PostgreSQL and one Kafka broker: what one service's outbox
 * publishes, the others consume.
 */
class WholeSystemTest {

  private static LocalSystem system;
  private static LocalStack.Database anyDb;

  @BeforeAll
  static void start() {
    Path root = Path.of(System.getProperty("kinerja.project.root", "../..")).toAbsolutePath().normalize();
    anyDb = LocalStack.database("postgres");
    String base = anyDb.jdbcUrl().substring(0, anyDb.jdbcUrl().lastIndexOf('/') + 1);
    system = LocalSystem.start(root, new LocalSystem.Infra(base, anyDb.user(), anyDb.password(),
        LocalStack.kafkaBootstrapServers()), new LocalSystem.Ports(freePort(), freePort(), freePort()),
        root.resolve("deploy/launcher/target/system-test"), "192m");
  }

  @AfterAll
  static void stop() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  void kabupatenSettingsReachTheOtherServices() {
    String kode = "35.02";
    given().baseUri(system.planning().baseUrl()).auth().oauth2(DevTokens.kabupaten("planner.ponorogo", "planner", kode))
        .contentType(ContentType.JSON)
        .body("""
            {"nama": "Ponorogo", "negativeFormulaDefault": "T_OVER_R", "overallMode": "IKU"}""")
        .put("/api/kabupaten/" + kode).then().statusCode(200);

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(query("realization", "select negative_formula_default from kabupaten_copy where kode = '" + kode + "'"))
          .isEqualTo("T_OVER_R");
      assertThat(query("reporting", "select negative_formula_default from kabupaten_copy where kode = '" + kode + "'"))
          .isEqualTo("T_OVER_R");
    });
  }

  private static String query(String database, String sql) throws SQLException {
    String url = anyDb.jdbcUrl().substring(0, anyDb.jdbcUrl().lastIndexOf('/') + 1) + database;
    try (Connection c = DriverManager.getConnection(url, anyDb.user(), anyDb.password());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
