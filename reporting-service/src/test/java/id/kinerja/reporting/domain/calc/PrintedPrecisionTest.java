package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.en;
import static id.kinerja.reporting.domain.calc.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.AngkaTertulis;
import id.kinerja.common.i18n.NumberStyle;

/** docs/domain.md §2.9.7: a printed figure against a computed value, at the printed number of decimals. */
class PrintedPrecisionTest {

  @ParameterizedTest(name = "printed {0} against {1} → consistent {2}")
  @CsvSource({
      // the rule's own examples: 87,4615… printed with 2, 1 and 0 decimals
      "'87,46', 87.461538461538, true",
      "'87,5', 87.461538461538, true",
      "'87', 87.461538461538, true",
      "'87,47', 87.461538461538, false",
      "'87,4', 87.461538461538, false",
      "'88', 87.461538461538, false",
      // trailing zeros are printed decimals: "87,50" claims 2 decimals
      "'87,50', 87.461538461538, false",
      "'87,50', 87.5, true",
      "'87,5000', 87.49996, true",
      "'87,5000', 87.49994, false",
      // HALF_UP at the boundary: exactly half rounds away from zero
      "'87,47', 87.465, true",
      "'87,46', 87.465, false",
      "'87,46', 87.464999999, true",
      "'8,91', 8.905, true",
      "'8,90', 8.905, false",
      "'0', 0.4999, true",
      "'1', 0.5, true",
      "'0', 0.5, false",
      "'-12,35', -12.345, true",
      "'-12,34', -12.345, false",
      // more decimals printed than shown: compared at the printed four
      "'0,5900', 0.59, true",
      "'0,5901', 0.59014, true",
      "'0,5901', 0.59015, false",
      // amounts in either notation: "1,077,194,452.00" claims 2 decimals, "1.886.154.145" none
      "'1,077,194,452.00', 1077194452, true",
      "'1.886.154.145', 1886154145, true",
      "'1.886.154.145', 1867054145, false",
      "'Rp 11.000.000', 11000000, true",
      "'57,45 %', 57.4515, true" })
  void consistentAtThePrintedDecimals(String printed, String computed, boolean consistent) {
    assertThat(PrintedPrecision.consistent(AngkaTertulis.parse(printed, NumberStyle.AUTO), bd(computed)))
        .isEqualTo(consistent);
  }

  @ParameterizedTest(name = "{0} has {1} decimals, {2} printed so is {3}")
  @CsvSource({ "'87,46', 2, 87.461538, 87.46", "'87,5', 1, 87.461538, 87.5", "'87', 0, 87.5, 88",
      "'1.886.154.145', 0, 1886154145, 1886154145", "'0,5900', 4, 0.58995, 0.5900" })
  void decimalsAndRounding(String printed, int decimals, String computed, String rounded) {
    var p = AngkaTertulis.parse(printed, NumberStyle.AUTO);
    assertThat(PrintedPrecision.decimals(p)).isEqualTo(decimals);
    assertThat(PrintedPrecision.rounded(bd(computed), p)).isEqualByComparingTo(rounded);
    assertThat(PrintedPrecision.rounded(bd(computed), p).scale()).isEqualTo(decimals);
  }

  @ParameterizedTest(name = "{0} and {1} the same figure: {2}")
  @CsvSource({ "80, 80.00, true", "86.9, 86.90, true", "87, 86.5, true", "86.5, 87, true", "87, 86.4, false",
      "87, 87.5, false", "99, 98, false", "80.48, 80.5, true", "80.48, 80.4, false", "33.33, 33.3, true" })
  void twoPrintedNumbersAreOneFigureWhenTheFinerRoundsToTheCoarser(String a, String b, boolean same) {
    assertThat(PrintedPrecision.sameFigure(bd(a), bd(b))).isEqualTo(same);
    assertThat(PrintedPrecision.sameFigure(bd(b), bd(a))).isEqualTo(same);
  }

  @Test
  void aFlagNamesThePrintedAndTheComputedValueAtThePrintedPrecision() {
    // 2 printed decimals: the computed value at 2 decimals.
    AuditFlag two = Audit.figure(AuditKind.CAPAIAN, "x", bd("87.47"), bd("87.461538"), null).orElseThrow();
    assertThat(id(two.explanation())).isEqualTo("tercetak 87,47 ≠ hasil hitung 87,46");
    assertThat(en(two.explanation())).isEqualTo("printed 87.47 ≠ computed 87.46");
    // fewer: the computed value at 2 decimals and as it would have been printed.
    AuditFlag none = Audit.figure(AuditKind.CAPAIAN, "x", bd("119"), bd("123.75"), null).orElseThrow();
    assertThat(id(none.explanation())).isEqualTo("tercetak 119 ≠ hasil hitung 123,75, dibulatkan seperti tercetak 124");
    assertThat(en(none.explanation())).isEqualTo("printed 119 ≠ computed 123.75, rounded as printed 124");
    // more: the computed value at the printed four.
    AuditFlag four = Audit.figure(AuditKind.CAPAIAN, "x", bd("0.5901"), bd("0.59015"), null).orElseThrow();
    assertThat(id(four.explanation())).isEqualTo("tercetak 0,5901 ≠ hasil hitung 0,5902");
    // an amount in Rupiah: whole, nothing to round.
    AuditFlag rupiah = Audit.figure(AuditKind.REALISASI, "x", bd("1886154145"), bd("1867054145"), null).orElseThrow();
    assertThat(id(rupiah.explanation())).isEqualTo("tercetak 1.886.154.145 ≠ hasil hitung 1.867.054.145");
    // printed precision decides, not the shown one: 87,5 for 87,4615… is no mismatch.
    assertThat(Audit.figure(AuditKind.CAPAIAN, "x", bd("87.5"), bd("87.461538"), null)).isEmpty();
  }

  @Test
  void severalPrintedValuesAreComparedAtTheirPrecisionWithEachOtherAndWithTheSystem() {
    // 33,33 printed for the system's 33,333… (components 12 / 36, E11) is the same value.
    assertThat(Audit.duplicates("DOK", List.of(bd("33.33")), bd("33.3333333333"))).isEmpty();
    assertThat(Audit.duplicates("DOK", List.of(bd("33.33"), bd("33.3")), bd("33.3333333333"))).isEmpty();
    AuditFlag f = Audit.duplicates("SKM", List.of(bd("99"), bd("98"), bd("99.00")), bd("99")).orElseThrow();
    assertThat(f.printed()).isEqualTo("99; 98");
    assertThat(id(f.explanation())).isEqualTo("2 nilai berbeda untuk satu indikator-tahun: tercetak 99; 98; di sistem 99,00");
    // One value printed, but not the system's: two values.
    AuditFlag system = Audit.duplicates("SKM", List.of(bd("86.90")), bd("99")).orElseThrow();
    assertThat(system.kind()).isEqualTo(AuditKind.DUPLICATE_VALUE);
    assertThat(en(system.explanation())).isEqualTo("2 different values for one indicator-year: printed 86.90; in the"
        + " system 99.00");
  }
}
