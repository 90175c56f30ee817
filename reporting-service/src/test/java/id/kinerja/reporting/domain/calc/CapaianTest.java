package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static id.kinerja.reporting.domain.calc.Fixtures.shownRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.2 and §2.9.2–3: every formula, range form and zero-target case, with their boundaries. */
class CapaianTest {

  private static Target target(String t) {
    int dots = t.indexOf("..");
    return dots > 0 ? Target.range(bd(t.substring(0, dots)), bd(t.substring(dots + 2))) : Target.of(t);
  }

  private static IndikatorRule rule(Polarity p, NegativeFormula f, ZeroTargetRule z) {
    return IndikatorRule.builder("I").polarity(p).negativeFormula(f).zeroTargetRule(z).build();
  }

  @ParameterizedTest(name = "{0} {1} T={2} R={3} zero={4} floor={5} → {6}")
  @CsvSource({
      // higher is better: R / T × 100
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80, 99, NOT_COMPUTABLE, false, 123.75",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80, 80, NOT_COMPUTABLE, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80, 0, NOT_COMPUTABLE, false, 0.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 95.45, 37.84, NOT_COMPUTABLE, false, 39.64",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 1050, 1045, NOT_COMPUTABLE, false, 99.52",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80, 67.996, NOT_COMPUTABLE, false, 85.00",
      // target 0 (docs/domain.md §2.9.3): not computable under every formula unless R = 0 and T = 0 → 100
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0, 0, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0, 5, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0, 0, ZERO_REALISASI_IS_100, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0, 5, ZERO_REALISASI_IS_100, false, NOT_COMPUTABLE",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 0, 0, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 0, 0, ZERO_REALISASI_IS_100, false, 100.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 0, 1, ZERO_REALISASI_IS_100, false, NOT_COMPUTABLE",
      "LOWER_IS_BETTER, T_OVER_R, 0, 0, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      "LOWER_IS_BETTER, T_OVER_R, 0, 0, ZERO_REALISASI_IS_100, false, 100.00",
      "LOWER_IS_BETTER, T_OVER_R, 0, 3, ZERO_REALISASI_IS_100, false, NOT_COMPUTABLE",
      // lower is better, (2T − R) / T × 100: R = T → 100, R = 0 → 200, R = 2T → 0, beyond → negative or floored
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 1, 0, NOT_COMPUTABLE, false, 200.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 1, 1, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 5, NOT_COMPUTABLE, false, 150.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 20, NOT_COMPUTABLE, false, 0.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 20.01, NOT_COMPUTABLE, false, -0.10",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 25, NOT_COMPUTABLE, false, -50.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 25, NOT_COMPUTABLE, true, 0.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 10, 19.99, NOT_COMPUTABLE, true, 0.10",
      // lower is better, T / R × 100: R = 0 → not computable
      "LOWER_IS_BETTER, T_OVER_R, 1, 0, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      "LOWER_IS_BETTER, T_OVER_R, 10, 5, NOT_COMPUTABLE, false, 200.00",
      "LOWER_IS_BETTER, T_OVER_R, 10, 20, NOT_COMPUTABLE, false, 50.00",
      "LOWER_IS_BETTER, T_OVER_R, 3, 7, NOT_COMPUTABLE, false, 42.86",
      "LOWER_IS_BETTER, T_OVER_R, 10, 10, NOT_COMPUTABLE, false, 100.00",
      // range, higher is better: inside → 100, R > U → R/U, R < L → R/L (regulation: 70 vs 80–90 → 87,50)
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 70, NOT_COMPUTABLE, false, 87.50",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 79.99, NOT_COMPUTABLE, false, 99.99",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 80, NOT_COMPUTABLE, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 85, NOT_COMPUTABLE, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 90, NOT_COMPUTABLE, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 90.01, NOT_COMPUTABLE, false, 100.01",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 80..90, 99, NOT_COMPUTABLE, false, 110.00",
      "HIGHER_IS_BETTER, T_OVER_R, 80..90, 70, NOT_COMPUTABLE, false, 87.50",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0..0, 0, NOT_COMPUTABLE, false, 100.00",
      "HIGHER_IS_BETTER, TWO_T_MINUS_R, 0..10, -1, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
      // range, lower is better, 2T − R form: R < L → (2L − R)/L, R > U → (2U − R)/U (6,5 vs 7–8 → 107,14; 9 → 87,50)
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 6.5, NOT_COMPUTABLE, false, 107.14",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 6.99, NOT_COMPUTABLE, false, 100.14",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 7, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 8, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 8.01, NOT_COMPUTABLE, false, 99.88",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 9, NOT_COMPUTABLE, false, 87.50",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 0, NOT_COMPUTABLE, false, 200.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 16, NOT_COMPUTABLE, false, 0.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 20, NOT_COMPUTABLE, false, -50.00",
      "LOWER_IS_BETTER, TWO_T_MINUS_R, 7..8, 20, NOT_COMPUTABLE, true, 0.00",
      // range, lower is better, T / R form (docs/domain.md §2.9.2): R < L → L/R, R > U → U/R, inside → 100
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 6.5, NOT_COMPUTABLE, false, 107.69",
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 7, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 7.5, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 8, NOT_COMPUTABLE, false, 100.00",
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 9, NOT_COMPUTABLE, false, 88.89",
      "LOWER_IS_BETTER, T_OVER_R, 7..8, 0, NOT_COMPUTABLE, false, NOT_COMPUTABLE",
  })
  void rule(Polarity polarity, NegativeFormula formula, String t, String r, ZeroTargetRule zero, boolean floor,
      String expected) {
    CalcSettings settings = CalcSettings.DEFAULT.withFloorNegativeAtZero(floor);
    CapaianResult c = Capaian.of(rule(polarity, formula, zero), settings, target(t), Cell.value(r));
    assertThat(shownRaw(c)).isEqualTo(expected);
    if (c.hasValue()) {
      assertThat(c.score()).isEqualByComparingTo(c.raw());
      assertThat(c.realisasi()).isEqualByComparingTo(r);
    }
  }

  @ParameterizedTest(name = "indicator formula {0}, kabupaten default {1} → {2}")
  @CsvSource({
      ", TWO_T_MINUS_R, 200.00",
      ", T_OVER_R, NOT_COMPUTABLE",
      "TWO_T_MINUS_R, T_OVER_R, 200.00",
      "T_OVER_R, TWO_T_MINUS_R, NOT_COMPUTABLE",
  })
  void negativeFormulaFallsBackToTheKabupatenDefault(NegativeFormula own, NegativeFormula kabupaten, String expected) {
    IndikatorRule r = IndikatorRule.builder("I").polarity(Polarity.LOWER_IS_BETTER).negativeFormula(own).build();
    CalcSettings s = CalcSettings.DEFAULT.withNegativeFormulaDefault(kabupaten);
    assertThat(shown(Capaian.of(r, s, Target.of("1"), Cell.value("0")))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "indicator cap {0}, kabupaten cap {1}, R {2} → raw {3}, score {4}")
  @CsvSource({
      ", , 99, 123.75, 123.75",
      "100, , 99, 123.75, 100.00",
      ", 100, 99, 123.75, 100.00",
      ", 110, 99, 123.75, 110.00",
      "120, 100, 99, 123.75, 120.00",
      "100, , 80, 100.00, 100.00",
      "100, , 79.99, 99.99, 99.99",
      "100, , 80.01, 100.01, 100.00",
  })
  void scoreIsCappedByIndicatorElseKabupatenCap(String own, String kabupaten, String r, String raw, String score) {
    IndikatorRule rule = IndikatorRule.builder("I").capaianScoreCap(bd(own)).build();
    CapaianResult c = Capaian.of(rule, CalcSettings.DEFAULT.withCap(bd(kabupaten)), Target.of("80"), Cell.value(r));
    assertThat(shownRaw(c)).isEqualTo(raw);
    assertThat(shown(c)).isEqualTo(score);
    assertThat(c.capped()).isEqualTo(c.raw().compareTo(c.score()) != 0);
  }

  @ParameterizedTest(name = "{0} against target {1} → {2}")
  @CsvSource({
      "-, 0, NOT_REPORTED",
      "-, 80, NOT_REPORTED",
      "nd, 0, NOT_DUE",
      "na, 0, NOT_APPLICABLE",
      "5/0, 80, NOT_COMPUTABLE",
      "12/36, 97.22, 34.29",
      "0, 80, 0.00",
  })
  void absentCellsWinOverNotComputable(String cell, String t, String expected) {
    CapaianResult c = Capaian.of(Fixtures.higher("I"), CalcSettings.DEFAULT, Target.of(t), Fixtures.cell(cell));
    assertThat(shown(c)).isEqualTo(expected);
    assertThat(c.hasValue()).isEqualTo(expected.contains("."));
  }

  @Test
  void viewWithoutTargetIsNoTarget() {
    assertThat(Capaian.of(Fixtures.higher("I"), CalcSettings.DEFAULT, null, Cell.value("5")).status())
        .isEqualTo(CapaianStatus.NO_TARGET);
    assertThat(Capaian.of(Fixtures.higher("I"), CalcSettings.DEFAULT, (Target) null, Cell.NOT_REPORTED).status())
        .isEqualTo(CapaianStatus.NOT_REPORTED);
  }

  @Test
  void textTargetTakesOnlyAManualCapaianWithJustification() {
    IndikatorRule r = Fixtures.higher("T");
    Target text = Target.text("Tersusunnya dokumen Renja tepat waktu");
    CapaianResult manual = Capaian.of(r, CalcSettings.DEFAULT, text,
        Cell.text("Renja ditetapkan 12 Juni", bd("90"), "ditetapkan dua minggu setelah jadwal"));
    assertThat(manual.status()).isEqualTo(CapaianStatus.MANUAL);
    assertThat(manual.raw()).isEqualByComparingTo("90");
    assertThat(Fixtures.id(manual.keterangan())).isEqualTo("capaian manual: ditetapkan dua minggu setelah jadwal");

    assertThat(Capaian.of(r, CalcSettings.DEFAULT.withCap(bd("100")), text, Cell.text("x", bd("120"), "alasan")).score())
        .isEqualByComparingTo("100");
    assertThat(Capaian.of(r, CalcSettings.DEFAULT, text, Cell.text("belum dinilai", null, null)).status())
        .isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(Capaian.of(r, CalcSettings.DEFAULT, text, Cell.value("5")).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(Capaian.of(r, CalcSettings.DEFAULT, Target.of("5"), Cell.text("x", bd("90"), "alasan")).status())
        .isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(Capaian.of(r, CalcSettings.DEFAULT, text, Cell.NOT_REPORTED).status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThatThrownBy(() -> Cell.text("x", bd("90"), " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidInputsAreRefused() {
    assertThatThrownBy(() -> Target.range(bd("9"), bd("8"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell.Reported(null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell.Reported(null, BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CapaianResult(CapaianStatus.COMPUTED, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndikatorRule.builder("I").precision(7).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void componentsReplaceAGivenValue() {
    Cell.Reported c = new Cell.Reported(bd("33.33"), bd("12"), bd("36"));
    assertThat(c.nilai()).isEqualByComparingTo(bd("100").multiply(bd("12")).divide(bd("36"), Calc.MC));
    assertThat(c.hasComponents()).isTrue();
  }
}
