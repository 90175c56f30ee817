package id.kinerja.deploy.testing;

/** Reads samples from a service's /q/metrics (Prometheus text or OpenMetrics). */
public final class Metrics {

  private Metrics() {
  }

  /**
   * The sum of every series of a metric, 0 when it has none. A sample may carry an exemplar after {@code " # "} (the
   * trace that last changed it, OpenMetrics with tracing on): its value and timestamp are not the sample's.
   */
  public static double sum(String text, String name) {
    return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).mapToDouble(Metrics::value)
        .sum();
  }

  /** How many series of the metric there are. */
  public static long series(String text, String name) {
    return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).count();
  }

  static double value(String line) {
    int exemplar = line.indexOf(" # ");
    String sample = exemplar < 0 ? line : line.substring(0, exemplar);
    return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1).trim());
  }
}
