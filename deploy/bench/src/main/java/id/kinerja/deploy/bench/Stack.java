package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import id.kinerja.deploy.launcher.KafkaProcess;
import id.kinerja.deploy.launcher.LocalRun;
import id.kinerja.deploy.launcher.LocalSystem;
import id.kinerja.deploy.launcher.ServiceProcess;
import id.kinerja.deploy.localstack.EmbeddedPostgresServer;

/**
 * The system under test: started here the way the launcher does it (embedded PostgreSQL, a Kafka broker process, the
 * three services as processes with the launcher's heap setting) on free ports, or an already running
 * ./deploy/run.sh stack (--attach).
 */
final class Stack implements AutoCloseable {

  final String planningUrl;
  final String realizationUrl;
  final String reportingUrl;
  final String jdbcBaseUrl;
  final String dbUser;
  final String dbPassword;
  /** Service name → process id, for RSS and JFR. */
  final Map<String, Long> pids;
  /** Services, Kafka, PostgreSQL and the benchmark itself, for the CPU account. */
  final Map<String, Long> cpuParts = new LinkedHashMap<>();
  private final List<AutoCloseable> toClose;

  private Stack(String planningUrl, String realizationUrl, String reportingUrl, String jdbcBaseUrl, String dbUser,
      String dbPassword, Map<String, Long> pids, List<AutoCloseable> toClose) {
    this.planningUrl = planningUrl;
    this.realizationUrl = realizationUrl;
    this.reportingUrl = reportingUrl;
    this.jdbcBaseUrl = jdbcBaseUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
    this.pids = pids;
    this.toClose = toClose;
  }

  static Stack start(Path root, Path runDir, String serviceHeap) {
    List<AutoCloseable> toClose = new ArrayList<>();
    try {
      LocalRun.deleteRecursively(runDir);
      Files.createDirectories(runDir);
      Bench.log("Starting PostgreSQL 17 (embedded, fsync on) …");
      EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(0, null);
      toClose.add(pg);
      Bench.log("Starting Kafka …");
      KafkaProcess kafka = KafkaProcess.start(LocalRun.freePort(), LocalRun.freePort(), runDir.resolve("kafka"),
          runDir.resolve("logs"));
      toClose.add(kafka);
      Path apps = snapshot(root, runDir.resolve("apps"));
      Bench.log("Starting the three services (heap " + serviceHeap + ", logs in " + runDir.resolve("logs") + ") …");
      LocalSystem system = LocalSystem.start(apps, new LocalSystem.Infra(pg.baseUrl(), EmbeddedPostgresServer.USER,
          EmbeddedPostgresServer.PASSWORD, kafka.bootstrapServers()),
          new LocalSystem.Ports(LocalRun.freePort(), LocalRun.freePort(), LocalRun.freePort()), runDir, serviceHeap);
      toClose.add(system);
      Map<String, Long> pids = new LinkedHashMap<>();
      for (ServiceProcess s : system.services()) {
        pids.put(s.name(), s.pid());
      }
      Stack stack = new Stack(system.planning().baseUrl(), system.realization().baseUrl(), system.reporting().baseUrl(),
          pg.baseUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, pids, toClose);
      stack.accountCpu(pg.port(), Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers()
          .lastIndexOf(':') + 1)));
      return stack;
    } catch (IOException | RuntimeException e) {
      LocalRun.closeAll(toClose);
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /**
   * Copies each service's built quarkus-app into the run directory and runs it from there, so that a rebuild in the
   * working tree during the run cannot change (or remove) what is being measured.
   */
  private static Path snapshot(Path root, Path apps) throws IOException {
    for (String service : LocalSystem.SERVICES) {
      Path from = root.resolve(service).resolve("target/quarkus-app");
      if (!Files.isRegularFile(from.resolve("quarkus-run.jar"))) {
        throw new IllegalStateException(from.resolve("quarkus-run.jar") + " is missing: build first (./mvnw install -DskipTests)");
      }
      Path to = apps.resolve(service).resolve("target/quarkus-app");
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.toList()) {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
    return apps;
  }

  /** A stack started by ./deploy/run.sh (fixed ports unless given); process ids are found by their listening port. */
  static Stack attach(Map<String, String> opts) {
    String host = opts.getOrDefault("host", "localhost");
    int[] ports = { Integer.parseInt(opts.getOrDefault("planning-port", "8081")),
        Integer.parseInt(opts.getOrDefault("realization-port", "8082")),
        Integer.parseInt(opts.getOrDefault("reporting-port", "8083")) };
    Map<String, Long> pids = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      long pid = pidListeningOn(ports[i]);
      if (pid > 0) {
        pids.put(LocalSystem.SERVICES.get(i), pid);
      }
    }
    String jdbc = opts.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:15432/");
    Stack stack = new Stack("http://" + host + ":" + ports[0], "http://" + host + ":" + ports[1], "http://" + host + ":" + ports[2],
        jdbc.endsWith("/") ? jdbc : jdbc + "/", opts.getOrDefault("db-user", "postgres"),
        opts.getOrDefault("db-password", "postgres"), pids, List.of());
    stack.accountCpu(Integer.parseInt(opts.getOrDefault("postgres-port", "15432")),
        Integer.parseInt(opts.getOrDefault("kafka-port", "19092")));
    return stack;
  }

  private void accountCpu(int postgresPort, int kafkaPort) {
    cpuParts.putAll(pids);
    long kafka = pidListeningOn(kafkaPort);
    if (kafka > 0) {
      cpuParts.put("kafka", kafka);
    }
    long postgres = pidListeningOn(postgresPort);
    if (postgres > 0) {
      cpuParts.put("postgresql", postgres);
    }
    cpuParts.put("benchmark client", ProcessHandle.current().pid());
  }

  /** The durability settings a service's session gets (fsync, synchronous_commit, wal_sync_method). */
  String durability() {
    try (Connection c = DriverManager.getConnection(jdbcBaseUrl + "realization", dbUser, dbPassword);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'),"
            + " current_setting('wal_sync_method'), current_setting('shared_buffers'), version()")) {
      rs.next();
      return "fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2) + ", wal_sync_method="
          + rs.getString(3) + ", shared_buffers=" + rs.getString(4) + " (" + rs.getString(5).replaceAll(" on .*", "") + ")";
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  /** One number from a service's own database (the benchmark's progress checks; never part of a measurement). */
  long count(String database, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcBaseUrl + database, dbUser, dbPassword);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Reads rows of a service's own database (the benchmark's observations from outside; never part of a measurement). */
  <T> T query(String database, String sql, RowsReader<T> reader) {
    try (Connection c = DriverManager.getConnection(jdbcBaseUrl + database, dbUser, dbPassword);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return reader.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Reads a result set. */
  interface RowsReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Starts a JFR recording (profile settings) in every service; dumped by {@link #dumpJfr(Path)}. */
  void startJfr() {
    pids.forEach((name, pid) -> jcmd(pid, "JFR.start", "name=bench", "settings=profile"));
  }

  void dumpJfr(Path dir) {
    pids.forEach((name, pid) -> jcmd(pid, "JFR.dump", "name=bench", "filename=" + dir.resolve(name + ".jfr").toAbsolutePath()));
  }

  private static void jcmd(long pid, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        Long.toString(pid)));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor(60, TimeUnit.SECONDS);
      Bench.log("jcmd " + pid + " " + String.join(" ", args) + ": " + out.trim().replace('\n', ' '));
    } catch (IOException e) {
      Bench.log("jcmd failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    LocalRun.closeAll(toClose);
  }

  /** The process listening on a TCP port, from /proc/net/tcp{,6} and the processes' socket descriptors; -1 if unknown. */
  static long pidListeningOn(int port) {
    String hexPort = String.format(":%04X", port);
    List<String> inodes = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3])) {
            inodes.add("socket:[" + f[9] + "]");
          }
        }
      } catch (IOException e) {
        // not Linux, or no IPv6
      }
    }
    if (inodes.isEmpty()) {
      return -1;
    }
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
          for (Path fd : fds.toList()) {
            try {
              if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                return Long.parseLong(proc.getFileName().toString());
              }
            } catch (IOException e) {
              // closed meanwhile
            }
          }
        } catch (IOException | SecurityException e) {
          // another user's process
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
