package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The chores of running the system on this machine that the launcher, its tests and the benchmark share: a fresh run
 * directory, free ports, child processes stopped or killed, waiting, and closing what was started in reverse order.
 */
public final class LocalRun {

  private LocalRun() {
  }

  /** SIGTERM, then SIGKILL if {@code process} has not stopped within {@code grace}. */
  public static void stop(Process process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** SIGKILL, no shutdown (for crash tests); waits up to 10 s for the process to be gone. */
  public static void kill(Process process) {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes in reverse order (what was started last stops first); a failure is printed and the rest still closed. */
  public static void closeAll(List<? extends AutoCloseable> started) {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("while stopping: " + e);
      }
    }
  }

  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A TCP port nothing listens on now. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes the directory with everything in it (nothing when it does not exist). */
  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Command-line options {@code --name value}, {@code --name=value} or a bare {@code --flag} (value "true"); anything
   * else is refused.
   */
  public static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      }
      String key = a.substring(2);
      if (key.contains("=")) {
        opts.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        opts.put(key, args[++i]);
      } else {
        opts.put(key, "true");
      }
    }
    return opts;
  }
}
