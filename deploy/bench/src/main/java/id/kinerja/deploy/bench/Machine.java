package id.kinerja.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on: cores, memory, CPU model, Java, load at the start. */
final class Machine {

  private Machine() {
  }

  static String describe() {
    return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memTotal() + " memory, CPU " + cpuModel()
        + ", Java " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", load average at start "
        + loadAverage();
  }

  private static String memTotal() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
      }
    }
    return "unknown";
  }

  private static String cpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  private static String loadAverage() {
    var l = lines("/proc/loadavg");
    return l.isEmpty() ? "unknown" : String.join(" ", java.util.Arrays.copyOf(l.get(0).split(" "), 3));
  }

  private static java.util.List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return java.util.List.of();
    }
  }
}
