package id.kinerja.deploy.bench;

/**
 * The plan of one open-loop step: arrival i is due {@code i / rate} seconds after the step's start, for every i whose
 * planned time falls inside the step. Each planned time is computed from i (not by adding up intervals), so a long
 * step does not drift, and the schedule does not depend on when answers come.
 */
record Pacing(double ratePerSecond, double stepSeconds) {

  Pacing {
    if (!(ratePerSecond > 0) || !(stepSeconds > 0)) {
      throw new IllegalArgumentException("rate and step duration must be positive: " + ratePerSecond + "/s, " + stepSeconds + " s");
    }
  }

  /** Arrivals planned in the step: every i with i / rate &lt; step (a rounding error of 1e-9 does not add one). */
  long arrivals() {
    return (long) Math.ceil(ratePerSecond * stepSeconds - 1e-9);
  }

  /** Planned time of arrival i, in nanoseconds after the step's start. */
  long offsetNanos(long i) {
    return Math.round(i * 1e9 / ratePerSecond);
  }

  long stepNanos() {
    return Math.round(stepSeconds * 1e9);
  }

  /** The rate actually offered: planned arrivals per second of the step (= the requested rate up to rounding). */
  double offeredPerSecond() {
    return arrivals() / stepSeconds;
  }
}
