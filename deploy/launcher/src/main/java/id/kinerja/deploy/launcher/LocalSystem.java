package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.EmbeddedPostgresServer;
import id.kinerja.deploy.localstack.LocalStack;

/**
 * The three services running as child processes against one PostgreSQL (a database each) and one Kafka broker.
 * Used by the launcher (fixed ports) and by the whole-system tests (free ports).
 */
public final class LocalSystem implements AutoCloseable {

  /**
   * Where the infrastructure is: a JDBC base URL ({@code jdbc:postgresql://host:port/}), credentials, Kafka, and the
   * SMTP server realization-service mails its reminders through (null: the mailer's own default, localhost:25).
   */
  public record Infra(String jdbcBaseUrl, String user, String password, String kafkaBootstrap, LocalStack.Smtp smtp) {

    public Infra(String jdbcBaseUrl, String user, String password, String kafkaBootstrap) {
      this(jdbcBaseUrl, user, password, kafkaBootstrap, null);
    }
  }

  /** HTTP ports of the services. */
  public record Ports(int planning, int realization, int reporting) {
    public static final Ports DEFAULT = new Ports(8081, 8082, 8083);
  }

  public static final List<String> SERVICES = List.of("planning-service", "realization-service", "reporting-service");

  private final List<ServiceProcess> services;
  private final Path projectRoot;
  private final Infra infra;
  private final Path runDir;
  private final String serviceHeap;
  private final Map<String, String> common;

  private LocalSystem(List<ServiceProcess> services, Path projectRoot, Infra infra, Path runDir, String serviceHeap,
      Map<String, String> common) {
    this.services = new java.util.concurrent.CopyOnWriteArrayList<>(services);
    this.projectRoot = projectRoot;
    this.infra = infra;
    this.runDir = runDir;
    this.serviceHeap = serviceHeap;
    this.common = Map.copyOf(common);
  }

  public static LocalSystem start(Path projectRoot, Infra infra, Ports ports, Path runDir, String serviceHeap) {
    return start(projectRoot, infra, ports, runDir, serviceHeap, Map.of());
  }

  /**
   * Starts the three services with extra configuration for all of them (e.g. a shorter
   * {@code kafka.session.timeout.ms}), kept for every {@link #restart}.
   */
  public static LocalSystem start(Path projectRoot, Infra infra, Ports ports, Path runDir, String serviceHeap,
      Map<String, String> common) {
    try {
      Files.createDirectories(runDir);
      Path publicKey = runDir.resolve("dev-publicKey.pem");
      Files.writeString(publicKey, DevTokens.publicKeyPem());
      int[] port = { ports.planning(), ports.realization(), ports.reporting() };
      List<ServiceProcess> started = new ArrayList<>();
      for (int i = 0; i < SERVICES.size(); i++) {
        String service = SERVICES.get(i);
        EmbeddedPostgresServer.createDatabase(infra.jdbcBaseUrl(), infra.user(), infra.password(), database(service));
        started.add(ServiceProcess.start(projectRoot, service, port[i], config(service, infra, runDir, common),
            runDir.resolve("logs"), serviceHeap));
      }
      LocalSystem system = new LocalSystem(started, projectRoot, infra, runDir, serviceHeap, common);
      try {
        for (ServiceProcess s : started) {
          s.awaitReady(Duration.ofMinutes(3));
        }
      } catch (RuntimeException e) {
        system.close();
        throw e;
      }
      return system;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Browser origins the local stack admits: http://localhost and http://127.0.0.1 on any port. Character classes, not
   * backslashes: the configuration's list syntax takes a backslash as an escape and drops it.
   */
  public static final String LOCAL_ORIGINS = "/https?://(localhost|127[.]0[.]0[.]1)(:[0-9]+)?/";

  /** The database of a service: its name up to the first dash. */
  public static String database(String service) {
    return service.substring(0, service.indexOf('-'));
  }

  private static Map<String, String> config(String service, Infra infra, Path runDir, Map<String, String> overrides) {
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", infra.jdbcBaseUrl() + database(service));
    config.put("quarkus.datasource.username", infra.user());
    config.put("quarkus.datasource.password", infra.password());
    config.put("kafka.bootstrap.servers", infra.kafkaBootstrap());
    config.put("mp.jwt.verify.publickey.location", runDir.resolve("dev-publicKey.pem").toAbsolutePath().toString());
    config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
    // The services refuse the development issuer and key unless told that this is a local run (never in production).
    config.put("kinerja.security.allow-development-credentials", "true");
    // A portal under development on this machine (any port) may call the local stack from a browser.
    config.put("quarkus.http.cors.origins", LOCAL_ORIGINS);
    if (service.equals("realization-service") && infra.smtp() != null) {
      // Deadline reminders (issue #17) go over SMTP to the local server; only realization-service mails.
      config.put("quarkus.mailer.host", infra.smtp().host());
      config.put("quarkus.mailer.port", Integer.toString(infra.smtp().port()));
    }
    config.putAll(overrides);
    return config;
  }

  /**
   * Stops a service (gracefully, or by SIGKILL when {@code crash}) and starts it again on the same port with extra
   * configuration (e.g. {@code kinerja.events.outbox.relay-enabled=false}); waits until it is ready.
   */
  public ServiceProcess restart(String service, boolean crash, Map<String, String> overrides) {
    int index = SERVICES.indexOf(service);
    ServiceProcess old = services.get(index);
    if (crash) {
      old.kill();
    } else {
      old.close();
    }
    Map<String, String> settings = new HashMap<>(common);
    settings.putAll(overrides);
    ServiceProcess fresh = ServiceProcess.start(projectRoot, service, old.port(), config(service, infra, runDir, settings),
        runDir.resolve("logs"), serviceHeap);
    services.set(index, fresh);
    fresh.awaitReady(Duration.ofMinutes(3));
    return fresh;
  }

  /** JDBC URL of a service's database. */
  public String jdbcUrl(String service) {
    return infra.jdbcBaseUrl() + database(service);
  }

  public Infra infra() {
    return infra;
  }

  public ServiceProcess planning() {
    return services.get(0);
  }

  public ServiceProcess realization() {
    return services.get(1);
  }

  public ServiceProcess reporting() {
    return services.get(2);
  }

  public List<ServiceProcess> services() {
    return services;
  }

  @Override
  public void close() {
    // Stop in parallel: each waits for its own graceful shutdown.
    List<Thread> stops = services.stream().map(s -> new Thread(s::close)).toList();
    stops.forEach(Thread::start);
    for (Thread t : stops) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
