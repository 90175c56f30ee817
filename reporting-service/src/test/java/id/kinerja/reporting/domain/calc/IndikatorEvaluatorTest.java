package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.cells;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.3, §2.9.1 and §2.9.4: the capaian views of one indicator per TW and for the year. */
class IndikatorEvaluatorTest {

  private static IndikatorEvaluation eval(IndikatorRule rule, IndikatorTargets targets, PerTriwulan<Cell> cells, int asOf) {
    return IndikatorEvaluator.evaluate(new IndikatorInput(rule, targets, cells), asOf, CalcSettings.DEFAULT, null);
  }

  private static PerTriwulan<Target> tw(String t1, String t2, String t3, String t4) {
    return PerTriwulan.of(t(t1), t(t2), t(t3), t(t4));
  }

  private static Target t(String s) {
    if (s == null || s.equals("-")) {
      return null;
    }
    int dots = s.indexOf("..");
    return dots > 0 ? Target.range(bd(s.substring(0, dots)), bd(s.substring(dots + 2))) : Target.of(s);
  }

  @Test
  void sumIndicatorAgainstTheAnnualTargetAddsUpPerTriwulan() {
    IndikatorEvaluation e = eval(Fixtures.higher("I1"), IndikatorTargets.annual(Target.of("95.45")),
        cells("37.84", "17.00", "nd", "nd"), 2);
    assertThat(shown(e.tw(1).vsAnnual())).isEqualTo("39.64");
    assertThat(shown(e.tw(2).vsAnnual())).isEqualTo("17.81");
    assertThat(shown(e.capaian())).isEqualTo("57.45");
    assertThat(e.tw(1).vsAnnual().raw().add(e.tw(2).vsAnnual().raw())).isEqualByComparingTo(e.capaian().raw());
    assertThat(e.tw(2).vsTwTarget().status()).isEqualTo(CapaianStatus.NO_TARGET);
    assertThat(e.tw(3).vsAnnual().status()).isEqualTo(CapaianStatus.NOT_DUE);
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void lastIndicatorPerTriwulanDoesNotAddUp() {
    IndikatorRule rule = IndikatorRule.builder("I").aggregation(Aggregation.LAST).build();
    IndikatorEvaluation e = eval(rule, IndikatorTargets.annual(Target.of("80")), cells("40", "60", "nd", "nd"), 2);
    assertThat(shown(e.tw(1).vsAnnual())).isEqualTo("50.00");
    assertThat(shown(e.tw(2).vsAnnual())).isEqualTo("75.00");
    assertThat(shown(e.capaian())).isEqualTo("75.00");
  }

  @Test
  void perPeriodTargetOnlyInTwIIAsInTheRencanaAksi() {
    IndikatorRule rule = IndikatorRule.builder("SKM").aggregation(Aggregation.LAST).twTargetMode(TwTargetMode.PER_PERIOD)
        .build();
    IndikatorTargets targets = new IndikatorTargets(Target.of("80"), tw("-", "77", "-", "-"), null);
    IndikatorEvaluation e = eval(rule, targets, cells("nd", "79.48", "nd", "99"), 4);
    assertThat(shown(e.tw(2).vsTwTarget())).isEqualTo("103.22");
    assertThat(shown(e.tw(2).vsAnnual())).isEqualTo("99.35");
    assertThat(e.tw(4).vsTwTarget().status()).isEqualTo(CapaianStatus.NO_TARGET);
    assertThat(e.tw(1).vsTwTarget().status()).isEqualTo(CapaianStatus.NOT_DUE);
    assertThat(shown(e.capaian())).isEqualTo("123.75");
    assertThat(e.warnings()).extracting(Warning::kode).containsExactly(Warning.TW_TARGET_MISSING);
    assertThat(Fixtures.id(e.warnings().get(0).pesan())).contains("TW 4").doesNotContain("TW 1");
  }

  @ParameterizedTest(name = "cumulative targets {0}/{1}/{2}/{3}, annual {4} → {5} {6} {7} {8}, annual {9}, warning {10}")
  @CsvSource({
      "20, 45, 70, 100, 100, 125.00, 100.00, 107.14, 105.00, 105.00, false",
      "20, 45, 70, 90, 100, 125.00, 100.00, 107.14, 116.67, 105.00, true",
      "20, 45, 70, -, 100, 125.00, 100.00, 107.14, NO_TARGET, 105.00, false",
  })
  void cumulativeTargetsCompareTheAggregateSoFar(String t1, String t2, String t3, String t4, String annual, String c1,
      String c2, String c3, String c4, String capaian, boolean differs) {
    IndikatorRule rule = IndikatorRule.builder("I").twTargetMode(TwTargetMode.CUMULATIVE).build();
    IndikatorEvaluation e = eval(rule, new IndikatorTargets(Target.of(annual), tw(t1, t2, t3, t4), null),
        cells("25", "20", "30", "30"), 4);
    assertThat(shown(e.tw(1).vsTwTarget())).isEqualTo(c1);
    assertThat(shown(e.tw(2).vsTwTarget())).isEqualTo(c2);
    assertThat(shown(e.tw(3).vsTwTarget())).isEqualTo(c3);
    assertThat(shown(e.tw(4).vsTwTarget())).isEqualTo(c4);
    assertThat(shown(e.capaian())).isEqualTo(capaian);
    assertThat(e.warnings().stream().anyMatch(w -> w.kode().equals(Warning.TW4_TARGET_DIFFERS))).isEqualTo(differs);
  }

  @Test
  void everyViewAppliesTheLowerIsBetterRuleWithItsOwnTarget() {
    IndikatorRule rule = IndikatorRule.builder("K").polarity(Polarity.LOWER_IS_BETTER)
        .twTargetMode(TwTargetMode.CUMULATIVE).build();
    IndikatorEvaluation e = eval(rule, new IndikatorTargets(Target.of("8"), tw("2", "4", "6", "8"), null),
        cells("1", "1", "3", "-"), 4);
    assertThat(shown(e.tw(1).vsTwTarget())).isEqualTo("150.00");
    assertThat(shown(e.tw(2).vsTwTarget())).isEqualTo("150.00");
    assertThat(shown(e.tw(3).vsTwTarget())).isEqualTo("116.67");
    assertThat(shown(e.tw(4).vsTwTarget())).isEqualTo("137.50");
    assertThat(e.tw(4).kumulatif().coverage()).isEqualTo(new Coverage(3, 4));
    assertThat(shown(e.tw(1).vsAnnual())).isEqualTo("187.50");
    assertThat(shown(e.tw(4).vsAnnual())).isEqualTo("NOT_REPORTED");
    assertThat(shown(e.capaian())).isEqualTo("137.50");

    IndikatorRule tOverR = IndikatorRule.builder("K").polarity(Polarity.LOWER_IS_BETTER).negativeFormula(NegativeFormula.T_OVER_R)
        .twTargetMode(TwTargetMode.PER_PERIOD).build();
    IndikatorEvaluation e2 = eval(tOverR, new IndikatorTargets(Target.of("8"), tw("2", "2", "2", "2"), null),
        cells("0", "1", "4", "-"), 4);
    assertThat(shown(e2.tw(1).vsTwTarget())).isEqualTo("NOT_COMPUTABLE");
    assertThat(shown(e2.tw(2).vsTwTarget())).isEqualTo("200.00");
    assertThat(shown(e2.tw(3).vsTwTarget())).isEqualTo("50.00");
    assertThat(shown(e2.tw(4).vsTwTarget())).isEqualTo("NOT_REPORTED");
    assertThat(shown(e2.tw(1).vsAnnual())).isEqualTo("NOT_COMPUTABLE");
    assertThat(shown(e2.capaian())).isEqualTo("160.00");
  }

  @Test
  void rangeAndZeroTargetsInTriwulanViews() {
    IndikatorRule rule = IndikatorRule.builder("R").aggregation(Aggregation.LAST).twTargetMode(TwTargetMode.PER_PERIOD)
        .zeroTargetRule(ZeroTargetRule.ZERO_REALISASI_IS_100).build();
    IndikatorEvaluation e = eval(rule, new IndikatorTargets(Target.range(bd("80"), bd("90")), tw("0", "0", "70..75", "80..90"),
        null), cells("0", "3", "72", "-"), 4);
    assertThat(shown(e.tw(1).vsTwTarget())).isEqualTo("100.00");
    assertThat(shown(e.tw(2).vsTwTarget())).isEqualTo("NOT_COMPUTABLE");
    assertThat(shown(e.tw(3).vsTwTarget())).isEqualTo("100.00");
    assertThat(shown(e.tw(4).vsTwTarget())).isEqualTo("NOT_REPORTED");
    assertThat(shown(e.tw(3).vsAnnual())).isEqualTo("90.00");
    assertThat(shown(e.capaian())).isEqualTo("90.00");
  }

  @Test
  void annualCapaianPredicateAndTingkatKemajuan() {
    IndikatorRule rule = IndikatorRule.builder("SKM").aggregation(Aggregation.LAST).build();
    IndikatorEvaluation e = IndikatorEvaluator.evaluate(new IndikatorInput(rule,
        new IndikatorTargets(Target.of("80"), null, Target.of("90")), cells("nd", "nd", "nd", "99")), 4,
        CalcSettings.DEFAULT, Fixtures.kinerjaPonorogo());
    assertThat(shown(e.capaian())).isEqualTo("123.75");
    assertThat(e.predikat().label()).isEqualTo("Sangat Berhasil");
    assertThat(shown(e.tingkatKemajuan())).isEqualTo("110.00");
    assertThat(e.akhir().nilai()).isEqualByComparingTo("99");

    IndikatorEvaluation none = IndikatorEvaluator.evaluate(new IndikatorInput(rule, IndikatorTargets.annual(Target.of("80")),
        cells("nd", "nd", "nd", "-")), 4, CalcSettings.DEFAULT, Fixtures.kinerjaPonorogo());
    assertThat(none.capaian().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(none.predikat()).isNull();
    assertThat(none.tingkatKemajuan().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    IndikatorEvaluation noAkhir = IndikatorEvaluator.evaluate(new IndikatorInput(rule, IndikatorTargets.annual(Target.of("80")),
        cells("nd", "nd", "nd", "99")), 4, CalcSettings.DEFAULT, null);
    assertThat(noAkhir.tingkatKemajuan().status()).isEqualTo(CapaianStatus.NO_TARGET);
  }

  @Test
  void midYearAkhirIsSdCurrentTriwulan() {
    IndikatorEvaluation e = eval(Fixtures.higher("I"), IndikatorTargets.annual(Target.of("100")), cells("10", "20", "30", "40"), 2);
    assertThat(shown(e.capaian())).isEqualTo("30.00");
    assertThat(e.asOfTw()).isEqualTo(2);
    assertThatThrownBy(() -> eval(Fixtures.higher("I"), IndikatorTargets.annual(Target.of("100")),
        cells("10", "20", "30", "40"), 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndikatorInput(Fixtures.higher("I"), IndikatorTargets.annual(Target.of("1")),
        PerTriwulan.of(Cell.NOT_DUE, Cell.NOT_DUE, null, Cell.NOT_DUE))).isInstanceOf(IllegalArgumentException.class);
  }
}
