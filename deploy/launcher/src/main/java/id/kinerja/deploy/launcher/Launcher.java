package id.kinerja.deploy.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import id.kinerja.deploy.localstack.EmbeddedMail;
import id.kinerja.deploy.localstack.EmbeddedPostgresServer;
import id.kinerja.deploy.localstack.LocalStack;

/**
 * Runs the whole system locally: PostgreSQL 17 (embedded) on 15432, Kafka on 19092, planning-service on 8081,
 * realization-service on 8082, reporting-service on 8083; loads the demo kecamatan; prints the URLs and demo
 * tokens; stops everything on Ctrl-C. External infrastructure: {@code --jdbc-url jdbc:postgresql://host:5432/
 * --db-user u --db-password p --kafka host:9092} (or KINERJA_JDBC_URL, KINERJA_DB_USER, KINERJA_DB_PASSWORD,
 * KINERJA_KAFKA_BOOTSTRAP). The deadline reminders are mailed to an embedded SMTP server (19025), read back over IMAP
 * (19143) or as .eml files in {@code deploy/launcher/run/mail}; {@code --smtp-host h --smtp-port p} (or KINERJA_SMTP_HOST,
 * KINERJA_SMTP_PORT) names a real one instead. {@code --no-demo} starts empty.
 */
public final class Launcher {

  static final int POSTGRES_PORT = 15432;
  static final int KAFKA_PORT = 19092;
  static final int KAFKA_CONTROLLER_PORT = 19093;
  static final int SMTP_PORT = 19025;
  static final int IMAP_PORT = 19143;

  private Launcher() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = LocalRun.options(args);
    Path root = Path.of(opts.getOrDefault("project-root", System.getProperty("kinerja.project.root", "."))).toAbsolutePath().normalize();
    Path run = root.resolve("deploy/launcher/run");
    LocalRun.deleteRecursively(run);
    Files.createDirectories(run);

    List<AutoCloseable> toClose = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("\nStopping …");
      LocalRun.closeAll(toClose);
      System.out.println("Stopped.");
      stopped.countDown();
    }, "launcher-stop"));

    String jdbc = opts.getOrDefault("jdbc-url", env("KINERJA_JDBC_URL"));
    String user;
    String password;
    if (jdbc == null) {
      log("Starting PostgreSQL 17 on port " + POSTGRES_PORT + " …");
      EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(POSTGRES_PORT, null);
      toClose.add(pg);
      jdbc = pg.baseUrl();
      user = EmbeddedPostgresServer.USER;
      password = EmbeddedPostgresServer.PASSWORD;
    } else {
      jdbc = jdbc.endsWith("/") ? jdbc : jdbc + "/";
      user = opts.getOrDefault("db-user", envOr("KINERJA_DB_USER", "postgres"));
      password = opts.getOrDefault("db-password", envOr("KINERJA_DB_PASSWORD", ""));
      log("Using PostgreSQL at " + jdbc);
    }
    String kafka = opts.getOrDefault("kafka", env("KINERJA_KAFKA_BOOTSTRAP"));
    if (kafka == null) {
      log("Starting Kafka on port " + KAFKA_PORT + " …");
      KafkaProcess k = KafkaProcess.start(KAFKA_PORT, KAFKA_CONTROLLER_PORT, run.resolve("kafka"), run.resolve("logs"));
      toClose.add(k);
      kafka = k.bootstrapServers();
    } else {
      log("Using Kafka at " + kafka);
    }

    String smtpHost = opts.getOrDefault("smtp-host", env("KINERJA_SMTP_HOST"));
    LocalStack.Smtp smtp;
    EmbeddedMail mail = null;
    if (smtpHost == null) {
      log("Starting the mail server (SMTP " + SMTP_PORT + ", IMAP " + IMAP_PORT + ") …");
      mail = EmbeddedMail.start(SMTP_PORT, IMAP_PORT);
      toClose.add(mail);
      mail.writeTo(run.resolve("mail"));
      smtp = new LocalStack.Smtp(EmbeddedMail.HOST, SMTP_PORT);
    } else {
      smtp = new LocalStack.Smtp(smtpHost, Integer.parseInt(opts.getOrDefault("smtp-port", envOr("KINERJA_SMTP_PORT", "25"))));
      log("Using the SMTP server at " + smtp.host() + ":" + smtp.port());
    }

    log("Starting the three services (logs in " + run.resolve("logs") + ") …");
    LocalSystem system = LocalSystem.start(root, new LocalSystem.Infra(jdbc, user, password, kafka, smtp),
        LocalSystem.Ports.DEFAULT, run, opts.getOrDefault("service-heap", "256m"));
    toClose.add(system);

    DemoData demo = new DemoData(system, root);
    if (!opts.containsKey("no-demo")) {
      log("Loading the demo kecamatan (Mlarak, Kabupaten Ponorogo, 2024) …");
      String skm = demo.load();
      log("Demo loaded: the reporting service shows SKM 2024 capaian " + skm + " % (the report printed 119).");
    }
    Path tokens = demo.writeTokens(run.resolve("tokens.env"));

    System.out.println();
    System.out.println("Kinerja Kecamatan is running.");
    for (ServiceProcess s : system.services()) {
      System.out.printf("  %-20s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n", s.name(), s.baseUrl(),
          s.baseUrl(), s.baseUrl());
    }
    System.out.println("  PostgreSQL           " + jdbc + " (databases planning, realization, reporting; user " + user + ")");
    System.out.println("  Kafka                " + kafka);
    if (mail != null) {
      System.out.println("  Mail (reminders)     SMTP " + EmbeddedMail.HOST + ":" + SMTP_PORT + "; read them over IMAP "
          + EmbeddedMail.HOST + ":" + IMAP_PORT + " (user = the recipient's address, any password) or as .eml files in "
          + root.relativize(run.resolve("mail")));
    } else {
      System.out.println("  Mail (reminders)     SMTP " + smtp.host() + ":" + smtp.port());
    }
    System.out.println("  Demo tokens          source " + root.relativize(tokens) + "   (or ./deploy/token.sh ROLE)");
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? null : v;
  }

  private static String envOr(String name, String fallback) {
    String v = env(name);
    return v == null ? fallback : v;
  }

  static void log(String message) {
    System.out.println("[launcher] " + message);
  }
}
