package id.kinerja.deploy.testing;

import java.util.HashMap;
import java.util.Map;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.contract.ContractValidationFilter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service under test its own database on the shared embedded PostgreSQL, the shared Kafka broker, and
 * the development public key for bearer tokens; and checks every answer the tests receive against the service's OpenAPI
 * document ({@link ContractValidationFilter}). Use with
 * {@code @WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

  private String database = "kinerja";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    // Every answer the service's tests receive through REST Assured is held to the service's OpenAPI document.
    ContractValidationFilter.install();
    LocalStack.Database db = LocalStack.database(database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
    config.put("quarkus.datasource.username", db.user());
    config.put("quarkus.datasource.password", db.password());
    config.put("kafka.bootstrap.servers", LocalStack.kafkaBootstrapServers());
    config.put("mp.jwt.verify.publickey.location", DevTokens.PUBLIC_KEY_RESOURCE);
    config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
    if (mails()) {
      // A service that mails (realization's reminders) sends over SMTP to the embedded server, never the mock mailer.
      LocalStack.Smtp smtp = LocalStack.smtp();
      config.put("quarkus.mailer.host", smtp.host());
      config.put("quarkus.mailer.port", Integer.toString(smtp.port()));
      config.put("quarkus.mailer.mock", "false");
    }
    return config;
  }

  /** Whether the service under test has Quarkus Mailer (the other services would only warn about the settings). */
  private static boolean mails() {
    try {
      Class.forName("io.quarkus.mailer.Mailer", false, Thread.currentThread().getContextClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Override
  public void stop() {
    // Shared by every test class of this JVM; stopped by a shutdown hook.
  }
}
