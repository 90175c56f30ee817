package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.5: efisiensi from raw values, configurable formula, labelled. */
class EfisiensiTest {

  @ParameterizedTest(name = "{0}: capaian {1}, serapan {2} → {3}")
  @CsvSource({
      "CAPAIAN_MINUS_SERAPAN, 123.75, 73.45, 50.30",
      "CAPAIAN_MINUS_SERAPAN, 80, 99.59, -19.59",
      "CAPAIAN_MINUS_SERAPAN, 100, 100, 0.00",
      "CAPAIAN_PER_SERAPAN, 123.75, 73.45, 168.48",
      "CAPAIAN_PER_SERAPAN, 100, 0, NOT_COMPUTABLE",
  })
  void formulas(EfisiensiFormula f, String capaian, String serapan, String expected) {
    Efisiensi e = Efisiensi.of(bd(capaian), bd(serapan), f);
    assertThat(e.nilai() == null ? e.status().name() : e.display().toPlainString()).isEqualTo(expected);
    assertThat(e.label()).isEqualTo(f.label());
    assertThat(Fixtures.id(e.label())).isNotBlank();
  }

  @Test
  void usesRawValuesNotRoundedOrCapped() {
    IndikatorRule capped = IndikatorRule.builder("I").capaianScoreCap(bd("100")).build();
    CapaianResult c = Capaian.of(capped, CalcSettings.DEFAULT, Target.of("90"), Cell.value("100"));
    Serapan s = Serapan.of(140378945, 139803200L);
    Efisiensi e = Efisiensi.of(c, s, EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
    assertThat(e.display()).isEqualByComparingTo("11.52");
    // from rounded inputs it would be 111,11 − 99,59 = 11,52 too; from the capped score 100 − 99,59 = 0,41
    assertThat(e.capaian()).isEqualByComparingTo(c.raw());
  }

  @Test
  void absentInputsGiveNoEfisiensi() {
    Efisiensi noCapaian = Efisiensi.of(CapaianResult.NOT_REPORTED, Serapan.of(100, 50L), EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
    assertThat(noCapaian.status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(noCapaian.nilai()).isNull();
    CapaianResult c = Capaian.of(Fixtures.higher("I"), CalcSettings.DEFAULT, Target.of("80"), Cell.value("99"));
    Efisiensi noPagu = Efisiensi.of(c, Serapan.of(0, 5L), EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
    assertThat(noPagu.status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
  }
}
