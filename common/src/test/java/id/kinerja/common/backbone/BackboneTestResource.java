package id.kinerja.common.backbone;

import java.util.Map;

import id.kinerja.deploy.localstack.LocalStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The backbone's test application gets its own database on the shared embedded PostgreSQL and the shared in-JVM broker
 * (or the external ones named by KINERJA_JDBC_URL / KINERJA_KAFKA_BOOTSTRAP). Unlike the services' test resource it
 * installs no OpenAPI contract filter: the backbone serves no API.
 */
public class BackboneTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    LocalStack.Database db = LocalStack.database("backbone");
    return Map.of(
        "quarkus.datasource.jdbc.url", db.jdbcUrl(),
        "quarkus.datasource.username", db.user(),
        "quarkus.datasource.password", db.password(),
        "kafka.bootstrap.servers", LocalStack.kafkaBootstrapServers());
  }

  @Override
  public void stop() {
    // Shared by every test class of this JVM; stopped by a shutdown hook.
  }
}
