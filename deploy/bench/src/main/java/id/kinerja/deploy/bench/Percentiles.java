package id.kinerja.deploy.bench;

import java.util.Arrays;

/**
 * Exact percentiles of a small sample (followed freshness samples: hundreds, not millions), nearest rank: the p-th
 * percentile of n values is the ceil(p/100 · n)-th smallest. Samples that never showed their value before the
 * benchmark stopped following them ({@code censored}) count as larger than every observed one: a percentile whose rank
 * falls among them is unknown (null), never the largest observed value.
 */
final class Percentiles {

  /** p50/p95/p99/max in the sample's unit; null where unknown (no sample, or the rank falls among the censored). */
  record Summary(int observed, int censored, Long p50, Long p95, Long p99, Long max) {
    int samples() {
      return observed + censored;
    }

    String text(String unit) {
      if (samples() == 0) {
        return "no sample";
      }
      return "p50 " + show(p50, unit) + ", p95 " + show(p95, unit) + ", p99 " + show(p99, unit) + ", max "
          + (censored > 0 ? "unknown (" + censored + " not seen)" : show(max, unit));
    }

    private String show(Long v, String unit) {
      return v == null ? "unknown" : v + " " + unit;
    }
  }

  private Percentiles() {
  }

  static Summary of(long[] observed, int censored) {
    long[] sorted = observed.clone();
    Arrays.sort(sorted);
    return new Summary(sorted.length, censored, at(sorted, censored, 50), at(sorted, censored, 95),
        at(sorted, censored, 99), sorted.length == 0 || censored > 0 ? null : sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile of sorted observed values plus {@code censored} values above all of them. */
  static Long at(long[] sorted, int censored, double percentile) {
    int n = sorted.length + censored;
    if (n == 0) {
      return null;
    }
    int rank = Math.max(1, (int) Math.ceil(percentile / 100.0 * n - 1e-9));
    return rank <= sorted.length ? sorted[rank - 1] : null;
  }
}
