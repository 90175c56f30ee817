package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kabupaten aggregate's running totals: the mean of kecamatan overall capaian (kecamatan without one in the
 * coverage, never 0), serapan as a ratio of sums, and an update by the difference of one summary that ends exactly
 * where summing the current summaries from scratch ends.
 */
class KabupatenTotalsTest {

  /** One kecamatan summary as the totals see it. */
  private record Summary(BigDecimal capaian, long pagu, Long realisasi, Instant asOf) {
  }

  private static Summary s(String capaian, long pagu, Long realisasi) {
    return new Summary(capaian.equals("-") ? null : bd(capaian), pagu, realisasi, null);
  }

  private static KabupatenTotals sum(List<Summary> summaries) {
    KabupatenTotals t = KabupatenTotals.EMPTY;
    for (Summary s : summaries) {
      t = t.plus(s.capaian(), s.pagu(), s.realisasi(), s.asOf());
    }
    return t;
  }

  /** The rule stated without totals: the engine's mean over one capaian per kecamatan of the kabupaten. */
  private static Mean meanOverKecamatan(List<Summary> summaries, int kecamatanJumlah) {
    List<CapaianResult> capaian = new ArrayList<>();
    for (Summary s : summaries) {
      capaian.add(s.capaian() == null ? CapaianResult.NOT_REPORTED
          : new CapaianResult(CapaianStatus.COMPUTED, s.capaian(), s.capaian(), null, null, null));
    }
    for (int i = summaries.size(); i < kecamatanJumlah; i++) {
      capaian.add(CapaianResult.NOT_REPORTED);
    }
    return RollUp.mean(capaian, CapaianBasis.SCORE);
  }

  @ParameterizedTest(name = "[{0}] of {1} kecamatan → {2} ({3} of {4}), serapan {5}")
  @CsvSource({
      "90 80 70, 3, 80.00, 3, 3, 50.00",
      "90 80 -, 3, 85.00, 2, 3, 50.00",
      "90 -, 4, 90.00, 1, 4, 50.00",
      "- -, 2, NOT_REPORTED, 0, 2, 50.00",
      "'', 3, NOT_REPORTED, 0, 3, NOT_REPORTED",
      "'', 0, NOT_DUE, 0, 0, NOT_REPORTED",
      "100 0, 2, 50.00, 2, 2, 50.00",
      "33.333 66.667, 1, 50.00, 2, 2, 50.00",
  })
  void meanAndSerapan(String capaian, int kecamatanJumlah, String mean, int reported, int expected, String serapan) {
    List<Summary> summaries = new ArrayList<>();
    for (String c : capaian.isBlank() ? new String[0] : capaian.split(" ")) {
      summaries.add(s(c, 1_000, 500L));
    }
    KabupatenTotals t = sum(summaries);
    Mean m = t.mean(kecamatanJumlah);
    assertThat(m.display() == null ? m.status().name() : m.display().toPlainString()).isEqualTo(mean);
    assertThat(m.coverage()).isEqualTo(new Coverage(reported, expected));
    assertSameMean(m, meanOverKecamatan(summaries, kecamatanJumlah));
    Serapan sp = t.serapan();
    assertThat(sp.persen() == null ? sp.status().name() : Angka.round(sp.persen()).toPlainString())
        .isEqualTo(serapan);
  }

  @Test
  void realisasiNotReportedIsNeverZero() {
    KabupatenTotals t = sum(List.of(s("90", 1_000, null), s("80", 3_000, 1_500L)));
    assertThat(t.serapan().coverage()).isEqualTo(new Coverage(1, 2));
    assertThat(t.serapan().realisasi()).isEqualTo(1_500L);
    assertThat(sum(List.of(s("90", 1_000, null))).serapan().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
  }

  @Test
  void theSumIsKeptWithoutTrailingZerosWhicheverRoadLedThere() {
    KabupatenTotals t = sum(List.of(s("1.50", 0, null), s("2.50", 0, null)));
    assertThat(t.capaianJumlah().toPlainString()).isEqualTo("4");
    assertThat(t.minus(bd("1.50"), 0, null, null).capaianJumlah().toPlainString()).isEqualTo("2.5");
    assertThat(sum(List.of(s("60.00", 0, null), s("40.00", 0, null))).capaianJumlah().toPlainString()).isEqualTo("100");
    assertThat(sum(List.of(s("60.00", 0, null), s("40.00", 0, null))).capaianJumlah().scale()).isZero();
    assertThat(t.minus(bd("1.50"), 0, null, null).minus(bd("2.50"), 0, null, null)).isEqualTo(KabupatenTotals.EMPTY);
  }

  @Test
  void takingAwayTheLatestAsOfLeavesItToBeReadAgain() {
    Instant a = Instant.parse("2024-04-10T01:00:00Z");
    Instant b = Instant.parse("2024-07-10T01:00:00Z");
    KabupatenTotals t = KabupatenTotals.EMPTY.plus(bd("90"), 0, null, a).plus(bd("80"), 0, null, b);
    assertThat(t.asOf()).isEqualTo(b);
    assertThat(t.minus(bd("90"), 0, null, a).asOf()).isEqualTo(b);
    KabupatenTotals lost = t.minus(bd("80"), 0, null, b);
    assertThat(lost.asOfLost()).isTrue();
    assertThat(lost.asOf()).isNull();
    assertThat(lost.plus(bd("70"), 0, null, b.plusSeconds(1)).asOfLost()).isTrue();
    assertThat(lost.withAsOf(a)).isEqualTo(KabupatenTotals.EMPTY.plus(bd("90"), 0, null, a));
  }

  @Test
  void countsCannotGoBelowZero() {
    assertThatThrownBy(() -> KabupatenTotals.EMPTY.minus(bd("90"), 0, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Thousands of replacements of random kecamatan summaries (values with 0 to 34 decimals, some without capaian or
   * realisasi): after each, the totals updated by the difference equal the totals summed from scratch — record for
   * record, so the mean and its representation are equal too — and the mean equals the engine's mean over the
   * kecamatan.
   */
  @Test
  void updatingByTheDifferenceEndsWhereSummingFromScratchEnds() {
    Random random = new Random(13);
    int kecamatan = 25;
    List<Summary> current = new ArrayList<>();
    for (int i = 0; i < kecamatan; i++) {
      current.add(null);
    }
    KabupatenTotals running = KabupatenTotals.EMPTY;
    for (int step = 0; step < 5_000; step++) {
      int k = random.nextInt(kecamatan);
      Summary old = current.get(k);
      Summary next = random.nextInt(10) == 0 ? null : randomSummary(random);
      if (old != null) {
        running = running.minus(old.capaian(), old.pagu(), old.realisasi(), old.asOf());
      }
      if (next != null) {
        running = running.plus(next.capaian(), next.pagu(), next.realisasi(), next.asOf());
      }
      current.set(k, next);
      List<Summary> present = current.stream().filter(java.util.Objects::nonNull).toList();
      KabupatenTotals fromScratch = sum(present);
      if (running.asOfLost()) {
        running = running.withAsOf(fromScratch.asOf());
      }
      assertThat(running).as("step %d", step).isEqualTo(fromScratch);
      assertThat(running.mean(kecamatan)).isEqualTo(fromScratch.mean(kecamatan));
      assertSameMean(running.mean(kecamatan), meanOverKecamatan(present, kecamatan));
    }
  }

  /** The same mean; its value may differ from the rule's only in trailing zeros (the sum is kept without them). */
  private static void assertSameMean(Mean actual, Mean rule) {
    assertThat(actual.status()).isEqualTo(rule.status());
    assertThat(actual.coverage()).isEqualTo(rule.coverage());
    assertThat(actual.basis()).isEqualTo(rule.basis());
    if (rule.nilai() != null) {
      assertThat(actual.nilai()).isEqualByComparingTo(rule.nilai());
    }
  }

  private static Summary randomSummary(Random random) {
    BigDecimal capaian = random.nextInt(8) == 0 ? null
        : new BigDecimal(java.math.BigInteger.valueOf(random.nextInt(15_000_000)), random.nextInt(35));
    Long realisasi = random.nextInt(5) == 0 ? null : (long) random.nextInt(1_000_000_000);
    return new Summary(capaian, random.nextInt(1_000_000_000), realisasi,
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(10_000_000)));
  }
}
