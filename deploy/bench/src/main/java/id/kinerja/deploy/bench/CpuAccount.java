package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used per phase by each part of the system (each service, Kafka, PostgreSQL with all its backends, the
 * benchmark's own client) and by the whole machine (/proc/stat), so that a phase's numbers can be read against where
 * the two cores went — including to other work on the machine.
 */
final class CpuAccount {

  private static final double TICKS = 100.0; // USER_HZ on Linux

  /** Part name → root pid; a part counts its root process and every descendant alive at the snapshot. */
  private final Map<String, Long> parts;
  private final Map<String, Map<String, Double>> secondsByPhase = new LinkedHashMap<>();
  private final Map<String, Double> wallByPhase = new LinkedHashMap<>();
  private Map<String, Long> last;
  private long lastMachineBusy;
  private long lastMachineTotal;
  private long lastWall;
  private String phase;

  CpuAccount(Map<String, Long> parts) {
    this.parts = parts;
  }

  synchronized void phase(String name) {
    Map<String, Long> now = snapshot();
    long[] machine = machine();
    long wall = System.nanoTime();
    if (phase != null) {
      Map<String, Double> s = new LinkedHashMap<>();
      for (String part : parts.keySet()) {
        s.put(part, (now.getOrDefault(part, 0L) - last.getOrDefault(part, 0L)) / TICKS);
      }
      s.put("machine (all processes)", (machine[0] - lastMachineBusy) / TICKS);
      secondsByPhase.put(phase, s);
      wallByPhase.put(phase, (wall - lastWall) / 1e9);
    }
    last = now;
    lastMachineBusy = machine[0];
    lastMachineTotal = machine[1];
    lastWall = wall;
    phase = name;
  }

  Map<String, Map<String, Double>> secondsByPhase() {
    return secondsByPhase;
  }

  Map<String, Double> wallByPhase() {
    return wallByPhase;
  }

  private Map<String, Long> snapshot() {
    Map<Long, List<Long>> children = new LinkedHashMap<>();
    Map<Long, Long> ticks = new LinkedHashMap<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
        long[] st = stat(p.resolve("stat"));
        if (st != null) {
          long pid = Long.parseLong(p.getFileName().toString());
          children.computeIfAbsent(st[0], k -> new ArrayList<>()).add(pid);
          ticks.put(pid, st[1]);
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    parts.forEach((name, root) -> {
      long sum = 0;
      List<Long> todo = new ArrayList<>(List.of(root));
      while (!todo.isEmpty()) {
        long pid = todo.remove(todo.size() - 1);
        sum += ticks.getOrDefault(pid, 0L);
        // Services are counted on their own: do not descend into a child that is itself a part.
        children.getOrDefault(pid, List.of()).stream().filter(c -> !parts.containsValue(c)).forEach(todo::add);
      }
      out.put(name, sum);
    });
    return out;
  }

  /**
   * [ppid, utime + stime + cutime + cstime] from /proc/&lt;pid&gt;/stat, or null. The children's times are those of
   * exited children the process has reaped: PostgreSQL's backends and parallel workers come and go, and without them
   * a phase's PostgreSQL CPU would lose whatever its exited backends used (it went negative once).
   */
  private static long[] stat(Path file) {
    try {
      String s = Files.readString(file);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      // after "pid (comm) ": state ppid ... utime is field 14, stime 15, cutime 16, cstime 17 (1-based) → 11–14 here
      return new long[] { Long.parseLong(f[1]),
          Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]) };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** [busy, total] jiffies of the whole machine. */
  private static long[] machine() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] { total - idle, total };
    } catch (IOException | RuntimeException e) {
      return new long[] { 0, 0 };
    }
  }
}
