package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service of the system, run from its built quarkus-app as a child JVM. */
public final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ServiceProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Whether this Java knows {@code -XX:TrimNativeHeapInterval} (17.0.9, 21.0.1 and 22 on); older ones refuse it. */
  static boolean trimsNativeHeap(Runtime.Version v) {
    return v.feature() >= 22 || (v.feature() == 21 && v.update() >= 1) || (v.feature() == 17 && v.update() >= 9);
  }

  /**
   * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the given configuration as system
   * properties; output goes to {@code logs/<name>.log}.
   */
  public static ServiceProcess start(Path projectRoot, String name, int port, Map<String, String> config, Path logDir,
      String maxHeap) {
    Path jar = projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build first (./mvnw install -DskipTests)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms64m");
    cmd.add("-Xmx" + maxHeap);
    cmd.add("-XX:+UseSerialGC");
    // Bounds on the memory beside the heap (measured idle: metaspace about 90 MB, JIT code well under 64 MB) and the
    // thread stacks, so that a service stays within 400 MB RSS under load.
    cmd.add("-XX:MaxMetaspaceSize=160m");
    cmd.add("-XX:ReservedCodeCacheSize=64m");
    cmd.add("-Xss512k");
    // The heap grows to keep 20-30 % free after a collection (the defaults keep 40-70 %): realization committed up to
    // 165 MB of its 256 MB for a much smaller live set; no more CPU measured for it (docs/performance.md, change 19).
    cmd.add("-XX:MinHeapFreeRatio=20");
    cmd.add("-XX:MaxHeapFreeRatio=30");
    // Native memory Native Memory Tracking showed beside those bounds (reporting in the batch phase, 4 consumer
    // workers): "Other" 27 MB, NIO's per-thread cache of temporary direct buffers, which keeps the largest Kafka fetch
    // each consumer thread ever read; and about 85 MB untracked plus the JIT compiler's freed arenas that glibc keeps.
    // Buffers above 256 KB are no longer cached, and the JVM hands freed C heap back every 5 s (malloc_trim).
    cmd.add("-Djdk.nio.maxCachedBufferSize=262144");
    if (trimsNativeHeap(Runtime.version())) {
      cmd.add("-XX:TrimNativeHeapInterval=5000");
    }
    cmd.add("-Dquarkus.http.port=" + port);
    config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(jar.toString());
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      // Appended: a restarted service keeps the log of its earlier life.
      ProcessBuilder builder = new ProcessBuilder(cmd);
      // glibc keeps up to 8 malloc arenas per core of 64 MB each; two are plenty for a JVM that allocates in its heap.
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      Process p = builder.redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      return new ServiceProcess(name, port, p, log);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + name, e);
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  /** Waits until /q/health/ready answers 200 (database and Kafka reachable). */
  public void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      LocalRun.sleep(300);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit status of a process that has ended (143: it ended on SIGTERM after its shutdown; 137: SIGKILL). */
  public int exitValue() {
    return process.exitValue();
  }

  /**
   * SIGTERM, then SIGKILL if it has not stopped within the grace period: 30 s, as Kubernetes gives a pod
   * (terminationGracePeriodSeconds), above the services' quarkus.shutdown.timeout.
   */
  @Override
  public void close() {
    LocalRun.stop(process, Duration.ofSeconds(30));
  }

  /** Kills without a shutdown (for crash tests). */
  public void kill() {
    LocalRun.kill(process);
  }
}
