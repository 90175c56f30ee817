package id.kinerja.deploy.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
          .setServerConfig("synchronous_commit", "on")
          // Up from 10 s: a start after a crash or on a restored backup first syncs the data directory and replays WAL.
          .setPGStartupWait(java.time.Duration.ofSeconds(60));
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

  /** The server's data directory (as the server itself reports it). */
  public Path dataDirectory() {
    try (Connection c = DriverManager.getConnection(baseUrl() + "postgres", USER, PASSWORD);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
      rs.next();
      return Path.of(rs.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the data directory: " + e.getMessage(), e);
    }
  }

  /**
   * Stops the server as a crash would: SIGQUIT to the postmaster, which is what {@code pg_ctl stop -m immediate} sends
   * (pg_ctl itself refuses to run as root, where the library wraps the server in a user namespace). Every backend exits
   * at once without a shutdown checkpoint; open transactions are lost and the next start runs crash recovery from the
   * WAL. A data directory given to {@link #start} is kept (a temporary one is removed): {@link #start} on it and the same
   * port brings the server back.
   */
  public void crash() {
    Path data = dataDirectory();
    try {
      long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
      Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).redirectErrorStream(true).start();
      String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -QUIT " + pid + " failed: " + out);
      }
      // The postmaster exits once its children have.
      postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Cannot crash PostgreSQL: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    // Releases the library's lock on the data directory; its own (fast) stop finds no server and says so.
    close();
  }

  /** What a base backup holds: the WAL position it is consistent at, its label, and what was copied. */
  public record BaseBackup(Path directory, String stopLsn, String label, List<String> walSegments, long bytes) {
  }

  /** Directories whose contents a base backup leaves out (PostgreSQL recreates them); pg_wal is copied afterwards. */
  private static final Set<String> EMPTY_IN_BACKUP = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
      "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
  /** Files of the running server (and of the embedding library) a backup must not carry. */
  private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
      "tablespace_map");
  private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
  private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

  /**
   * A base backup of the whole server into {@code target} while it keeps working, with PostgreSQL's low-level API
   * (the embedded bundle has no pg_basebackup or pg_dump): {@code pg_backup_start}, a plain copy of the data directory,
   * {@code pg_backup_stop}, whose backup_label is written into the copy, then the WAL segments from the backup's start
   * to its stop. A server started on {@code target} replays that WAL and opens at the stop position.
   */
  public BaseBackup baseBackup(Path target, String label) {
    Path data = dataDirectory();
    try (Connection c = DriverManager.getConnection(baseUrl() + "postgres", USER, PASSWORD); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select pg_backup_start('" + label.replace("'", "") + "', true)")) {
        rs.next();
      }
      long bytes = copyData(data, target);
      String stopLsn;
      String labelFile;
      String tablespaceMap;
      try (ResultSet rs = s.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
        rs.next();
        stopLsn = rs.getString(1);
        labelFile = rs.getString(2);
        tablespaceMap = rs.getString(3);
      }
      Files.writeString(target.resolve("backup_label"), labelFile);
      if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
        Files.writeString(target.resolve("tablespace_map"), tablespaceMap);
      }
      String lastSegment;
      try (ResultSet rs = s.executeQuery("select pg_walfile_name('" + stopLsn + "')")) {
        rs.next();
        lastSegment = rs.getString(1);
      }
      Matcher m = START_WAL.matcher(labelFile);
      if (!m.find()) {
        throw new IllegalStateException("no START WAL LOCATION in the backup label: " + labelFile);
      }
      String firstSegment = m.group(1);
      List<String> segments = new ArrayList<>();
      try (Stream<Path> wal = Files.list(data.resolve("pg_wal"))) {
        for (Path f : wal.sorted().toList()) {
          String name = f.getFileName().toString();
          if (WAL_SEGMENT.matcher(name).matches() && name.compareTo(firstSegment) >= 0 && name.compareTo(lastSegment) <= 0) {
            Files.copy(f, target.resolve("pg_wal").resolve(name), StandardCopyOption.REPLACE_EXISTING);
            segments.add(name);
            bytes += Files.size(f);
          }
        }
      }
      if (segments.isEmpty() || !segments.get(0).equals(firstSegment) || !segments.get(segments.size() - 1).equals(lastSegment)) {
        throw new IllegalStateException("WAL from " + firstSegment + " to " + lastSegment + " incomplete: " + segments);
      }
      return new BaseBackup(target, stopLsn, labelFile, segments, bytes);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Base backup failed: " + e.getMessage(), e);
    }
  }

  /** Copies the data directory file by file while the server writes; files that vanish meanwhile are skipped. */
  private static long copyData(Path data, Path target) throws IOException {
    long[] bytes = { 0 };
    Files.createDirectories(target);
    try {
      // PostgreSQL refuses a data directory others can read.
      Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: nothing to restrict.
    }
    Files.walkFileTree(data, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path relative = data.relativize(dir);
        Files.createDirectories(target.resolve(relative.toString()));
        if (relative.getNameCount() == 1 && EMPTY_IN_BACKUP.contains(relative.toString())) {
          if (relative.toString().equals("pg_wal")) {
            Files.createDirectories(target.resolve("pg_wal/archive_status"));
          }
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path relative = data.relativize(file);
        String name = file.getFileName().toString();
        if ((relative.getNameCount() == 1 && LEFT_OUT.contains(name)) || name.startsWith("pgsql_tmp")) {
          return FileVisitResult.CONTINUE;
        }
        try {
          Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.REPLACE_EXISTING);
          bytes[0] += attrs.size();
        } catch (NoSuchFileException e) {
          // Dropped or renamed while the copy ran: the WAL replay recreates what the backup needs.
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    return bytes[0];
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
