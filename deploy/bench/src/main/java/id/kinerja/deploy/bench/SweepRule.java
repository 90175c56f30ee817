package id.kinerja.deploy.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The open-loop sweep's rules: which rates it runs, how many senders and followed samples a step gets, when a step
 * passes, and the sustainable rate.
 */
final class SweepRule {

  /** A step passes when at least this share of its planned arrivals was accepted … */
  static final double MIN_ACCEPTED_SHARE = 0.99;
  /** … and the p99 freshness of its followed submissions is at most this. */
  static final long MAX_FRESHNESS_P99_MS = 1000;

  private SweepRule() {
  }

  /** The steps' rates from {@code --rate R} or {@code --rates R1,R2,…}; empty when neither is given. */
  static List<Double> rates(String rate, String rates) {
    if (rate != null && rates != null) {
      throw new IllegalArgumentException("give --rate or --rates, not both");
    }
    String text = rate != null ? rate : rates;
    List<Double> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : text.split(",")) {
      double r;
      try {
        r = Double.parseDouble(part.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a rate: '" + part + "' (--rate 200 or --rates 50,100,200)");
      }
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new IllegalArgumentException("a rate must be positive: " + part);
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Sender threads for a rate when not given: in flight = rate × latency, so 2 × rate keeps every arrival sendable
   * while requests take up to about 2 s (an answer slower than that is a failing step anyway), and at least 64.
   */
  static int defaultSenders(double rate) {
    return (int) Math.min(10_000, Math.max(64, Math.ceil(2 * rate)));
  }

  /**
   * Follow every n-th followable submission so that about {@code target} are followed in the step: of the planned
   * arrivals, {@code followableShare} can be followed (indicators entered as a plain value; component indicators show a
   * computed ratio, not the submitted value).
   */
  static long followEvery(long plannedArrivals, double followableShare, int target) {
    return Math.max(1, (long) Math.floor(plannedArrivals * followableShare / Math.max(1, target)));
  }

  static boolean passed(long planned, long accepted, Long freshnessP99Ms) {
    return planned > 0 && accepted >= MIN_ACCEPTED_SHARE * planned && freshnessP99Ms != null
        && freshnessP99Ms <= MAX_FRESHNESS_P99_MS;
  }

  /** The highest offered rate among the passing steps; 0 when none passed (not even the lowest rate is sustained). */
  static double sustainableRate(List<SweepStep> steps) {
    return steps.stream().filter(SweepStep::passed).mapToDouble(SweepStep::rate).max().orElse(0);
  }
}
