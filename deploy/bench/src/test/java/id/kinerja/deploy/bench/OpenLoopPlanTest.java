package id.kinerja.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open-loop schedule, the sweep's rules and the freshness percentiles (pure; nothing here is timed). */
class OpenLoopPlanTest {

  @ParameterizedTest
  @CsvSource({
      // rate/s, step s, arrivals, offered/s
      "10, 10, 100, 10",
      "20, 10, 200, 20",
      "12.5, 2, 25, 12.5",
      "0.3, 10, 3, 0.3",
      "1600, 60, 96000, 1600",
      "3, 0.5, 2, 4", // i = 0 and i = 1 (at 0.33 s) fall inside half a second
      "0.1, 1, 1, 1" })
  void stepPlansEveryArrivalWhosePlannedTimeFallsInsideTheStep(double rate, double seconds, long arrivals, double offered) {
    Pacing p = new Pacing(rate, seconds);
    assertThat(p.arrivals()).isEqualTo(arrivals);
    assertThat(p.offeredPerSecond()).isEqualTo(offered);
    assertThat(p.offsetNanos(arrivals - 1)).isLessThan(p.stepNanos());
    assertThat(p.offsetNanos(arrivals)).isGreaterThanOrEqualTo(p.stepNanos());
  }

  @Test
  void plannedTimesAreEvenlySpacedAndComputedFromTheIndexSoTheyDoNotDrift() {
    Pacing p = new Pacing(1600, 3600);
    assertThat(p.offsetNanos(0)).isZero();
    assertThat(p.offsetNanos(1)).isEqualTo(625_000);
    assertThat(p.offsetNanos(1_600)).isEqualTo(1_000_000_000L);
    assertThat(p.offsetNanos(5_759_999)).isEqualTo(3_599_999_375_000L);
    Pacing third = new Pacing(3, 3600);
    for (long i = 1; i < third.arrivals(); i++) {
      long gap = third.offsetNanos(i) - third.offsetNanos(i - 1);
      assertThat(gap).isBetween(333_333_333L, 333_333_334L);
    }
    assertThat(third.offsetNanos(3 * 3599)).isEqualTo(3_599_000_000_000L);
  }

  @Test
  void aRateAndAStepMustBePositive() {
    assertThatThrownBy(() -> new Pacing(0, 60)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pacing(50, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pacing(Double.NaN, 60)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratesComeFromRateOrRates() {
    assertThat(SweepRule.rates(null, null)).isEmpty();
    assertThat(SweepRule.rates("200", null)).containsExactly(200.0);
    assertThat(SweepRule.rates(null, "50,100, 200,400,800,1600")).containsExactly(50.0, 100.0, 200.0, 400.0, 800.0, 1600.0);
    assertThat(SweepRule.rates(null, "12.5")).containsExactly(12.5);
    assertThatThrownBy(() -> SweepRule.rates("10", "10,20")).hasMessageContaining("not both");
    assertThatThrownBy(() -> SweepRule.rates(null, "10,x")).hasMessageContaining("not a rate");
    assertThatThrownBy(() -> SweepRule.rates(null, "10,0")).hasMessageContaining("positive");
    assertThatThrownBy(() -> SweepRule.rates("-5", null)).hasMessageContaining("positive");
  }

  @ParameterizedTest
  @CsvSource({
      // planned, accepted, freshness p99 ms (empty = unknown), passed
      "6000, 6000, 350, true",
      "6000, 5940, 1000, true", // exactly 99 % and exactly 1 s
      "6000, 5939, 350, false", // one short of 99 %
      "6000, 6000, 1001, false",
      "6000, 6000, , false", // freshness unknown (not seen, or no sample)
      "100, 99, 20, true",
      "100, 98, 20, false",
      "0, 0, 20, false" })
  void aStepPassesWith99PercentAcceptedAndFreshnessP99AtMostOneSecond(long planned, long accepted, Long p99,
      boolean passed) {
    assertThat(SweepRule.passed(planned, accepted, p99)).isEqualTo(passed);
  }

  @Test
  void sustainableRateIsTheHighestPassingStepAndZeroWhenNonePassed() {
    assertThat(SweepRule.sustainableRate(List.of(step(50, true), step(100, true), step(200, false)))).isEqualTo(100);
    // With --sweep-all a lower step may fail and a higher one pass: the highest passing one counts.
    assertThat(SweepRule.sustainableRate(List.of(step(50, true), step(100, false), step(200, true)))).isEqualTo(200);
    assertThat(SweepRule.sustainableRate(List.of(step(50, false)))).isZero();
    assertThat(SweepRule.sustainableRate(List.of())).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "10, 64", "32, 64", "50, 100", "100, 200", "400, 800", "1600, 3200", "12.3, 64", "100000, 10000" })
  void sendersAreTwiceTheRateAtLeast64(double rate, int senders) {
    assertThat(SweepRule.defaultSenders(rate)).isEqualTo(senders);
  }

  @ParameterizedTest
  @CsvSource({
      // planned arrivals, target samples, every
      "3000, 250, 10", // 50/s × 60 s: 2,500 followable → every 10th → 250
      "96000, 250, 320",
      "100, 250, 1", // a tiny step: every one
      "0, 250, 1" })
  void aboutTheTargetNumberOfSubmissionsIsFollowed(long planned, int target, long every) {
    assertThat(SweepRule.followEvery(planned, 5.0 / 6.0, target)).isEqualTo(every);
    assertThat((long) Math.floor(planned * 5.0 / 6.0) / every).isGreaterThanOrEqualTo(Math.min(target,
        (long) Math.floor(planned * 5.0 / 6.0)));
  }

  @ParameterizedTest
  @CsvSource({
      // percentile, expected (nearest rank over 1..100 ms, n = 100)
      "50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0, 1" })
  void percentilesAreNearestRank(double percentile, long expected) {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[99 - i] = i + 1; // unsorted on purpose
    }
    assertThat(Percentiles.at(java.util.stream.LongStream.of(values).sorted().toArray(), 0, percentile)).isEqualTo(expected);
  }

  @Test
  void samplesNeverSeenCountAsSlowerThanEverySeenOne() {
    long[] seen = new long[198];
    for (int i = 0; i < seen.length; i++) {
      seen[i] = 10 + i;
    }
    // 200 followed, 2 never seen: the p99 rank (198) is still a seen sample …
    Percentiles.Summary two = Percentiles.of(seen, 2);
    assertThat(two.samples()).isEqualTo(200);
    assertThat(two.p50()).isEqualTo(109);
    assertThat(two.p99()).isEqualTo(207);
    assertThat(two.max()).isNull();
    // … with 3 never seen it falls among them: unknown, so the step cannot pass.
    Percentiles.Summary three = Percentiles.of(java.util.Arrays.copyOf(seen, 197), 3);
    assertThat(three.p99()).isNull();
    assertThat(three.p95()).isNotNull();
    assertThat(three.text("ms")).contains("p99 unknown").contains("3 not seen");
    Percentiles.Summary none = Percentiles.of(new long[0], 0);
    assertThat(none.p50()).isNull();
    assertThat(none.text("ms")).isEqualTo("no sample");
    Percentiles.Summary one = Percentiles.of(new long[] { 42 }, 0);
    assertThat(List.of(one.p50(), one.p95(), one.p99(), one.max())).containsOnly(42L);
  }

  static SweepStep step(double rate, boolean passed) {
    long planned = (long) (rate * 60);
    return new SweepStep(rate, 60, planned, planned, 0, 0, 0, 0, 64, 5.0, 20.0, 40.0, 0.1,
        Percentiles.of(new long[] { passed ? 300 : 4000 }, 0), 0, 100, 80, 0.2, 0L, 0, 1.5, null, null);
  }
}
