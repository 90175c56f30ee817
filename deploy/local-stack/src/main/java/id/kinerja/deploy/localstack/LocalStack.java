package id.kinerja.deploy.localstack;

import java.util.Optional;

/**
 * The infrastructure the tests of this JVM share: an embedded PostgreSQL and an in-JVM Kafka broker, each
 * started on first use on a free port, or the external ones named by the environment:
 * <ul>
 * <li>{@code KINERJA_JDBC_URL} (a base URL such as {@code jdbc:postgresql://host:5432/}), {@code KINERJA_DB_USER},
 * {@code KINERJA_DB_PASSWORD};</li>
 * <li>{@code KINERJA_KAFKA_BOOTSTRAP}.</li>
 * </ul>
 * Nothing already running on the machine is used unless named there.
 */
public final class LocalStack {

  /** Where a service's database lives: JDBC URL, user, password. */
  public record Database(String jdbcUrl, String user, String password) {
  }

  private static EmbeddedPostgresServer postgres;
  private static EmbeddedKafka kafka;

  private LocalStack() {
  }

  public static synchronized Database database(String name) {
    Optional<String> external = env("KINERJA_JDBC_URL");
    String base;
    String user;
    String password;
    if (external.isPresent()) {
      base = external.get().endsWith("/") ? external.get() : external.get() + "/";
      user = env("KINERJA_DB_USER").orElse("postgres");
      password = env("KINERJA_DB_PASSWORD").orElse("");
    } else {
      if (postgres == null) {
        postgres = EmbeddedPostgresServer.start(0, null);
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
      }
      base = postgres.baseUrl();
      user = EmbeddedPostgresServer.USER;
      password = EmbeddedPostgresServer.PASSWORD;
    }
    EmbeddedPostgresServer.createDatabase(base, user, password, name);
    return new Database(base + name, user, password);
  }

  public static synchronized String kafkaBootstrapServers() {
    Optional<String> external = env("KINERJA_KAFKA_BOOTSTRAP");
    if (external.isPresent()) {
      return external.get();
    }
    if (kafka == null) {
      // No close on exit: the broker lives in this JVM and dies with it; closing it in a shutdown hook races
      // with the kit's own removal of its log directories.
      kafka = EmbeddedKafka.start();
    }
    return kafka.bootstrapServers();
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
