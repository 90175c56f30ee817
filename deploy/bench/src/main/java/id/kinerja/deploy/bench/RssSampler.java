package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Samples the resident set size (VmRSS in /proc/&lt;pid&gt;/status) of each service process twice a second and keeps
 * the maximum per phase.
 */
final class RssSampler implements AutoCloseable {

  private final Map<String, Long> pids;
  private final Map<String, Map<String, Long>> maxKbByPhase = new LinkedHashMap<>();
  private volatile String phase = "start";
  private volatile boolean running = true;
  private final Thread thread;

  RssSampler(Map<String, Long> pids) {
    this.pids = pids;
    this.thread = new Thread(this::loop, "rss-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void phase(String name) {
    sample();
    phase = name;
    sample();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void sample() {
    Map<String, Long> max = maxKbByPhase.computeIfAbsent(phase, p -> new LinkedHashMap<>());
    pids.forEach((name, pid) -> {
      long kb = rssKb(pid);
      if (kb > 0) {
        max.merge(name, kb, Math::max);
      }
    });
  }

  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  synchronized Map<String, Map<String, Long>> maxKbByPhase() {
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    maxKbByPhase.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    return copy;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
