package id.kinerja.reporting.domain.calc;

import id.kinerja.common.i18n.UnreadableNumber;
import id.kinerja.common.i18n.NumberStyle;
import id.kinerja.common.i18n.AngkaTertulis;
import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.en;
import static id.kinerja.reporting.domain.calc.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §0: one rounding (HALF_UP, 2 decimals), id-ID output, id-ID and en-US input. */
class AngkaTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "8.905, 8.91",
      "8.904999999, 8.90",
      "34.285, 34.29",
      "34.28499, 34.28",
      "100.41666, 100.42",
      "-0.005, -0.01",
      "123.75, 123.75",
      "0, 0.00",
  })
  void roundsHalfUpToTwoDecimals(String raw, String rounded) {
    assertThat(Angka.round(bd(raw)).toPlainString()).isEqualTo(rounded);
  }

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "123.75|123,75",
      "1234.5|1.234,50",
      "-1234.567|-1.234,57",
      "0.005|0,01",
      "1000000|1.000.000,00",
      "99.999|100,00",
  })
  void formatsIdId(String raw, String text) {
    assertThat(Angka.format(bd(raw))).isEqualTo(text);
  }

  @Test
  void formatsRupiahAbsentAndPrintedPrecision() {
    assertThat(Angka.formatRupiah(1886154145L)).isEqualTo("1.886.154.145");
    assertThat(Angka.formatRupiah(-19100000L)).isEqualTo("-19.100.000");
    assertThat(Angka.formatRupiah(0L)).isEqualTo("0");
    assertThat(Angka.formatRupiah(null)).isEqualTo("–");
    assertThat(Angka.format((java.math.BigDecimal) null)).isEqualTo("–");
    assertThat(Angka.format(CapaianResult.NOT_REPORTED)).isEqualTo("–");
    assertThat(Angka.format(Serapan.of(0, 5L))).isEqualTo("–");
    assertThat(Angka.formatAsPrinted(bd("100.4"))).isEqualTo("100,4");
    assertThat(Angka.formatAsPrinted(bd("119"))).isEqualTo("119");
  }

  @ParameterizedTest(name = "\"{0}\" ({1}) → {2}")
  @CsvSource(delimiter = '|', value = {
      "1.886.154.145|AUTO|1886154145",
      "57,45|AUTO|57.45",
      "1,077,194,452.00|AUTO|1077194452.00",
      "37.84|AUTO|37.84",
      "100,4|AUTO|100.4",
      "119|AUTO|119",
      "99,59 %|AUTO|99.59",
      "80.48%|AUTO|80.48",
      "Rp. 1.886.154.145|AUTO|1886154145",
      "Rp 68.036.200|AUTO|68036200",
      ",00|AUTO|0.00",
      "00,00|AUTO|0.00",
      "0,111|AUTO|0.111",
      "−5,5|AUTO|-5.5",
      "-5,5|AUTO|-5.5",
      "12,345,678|AUTO|12345678",
      "1.234,5|AUTO|1234.5",
      "1.050|ID|1050",
      "1.050|EN|1.050",
      "1,050|ID|1.050",
      "1,050|EN|1050",
      "83,365,330|EN|83365330",
      "  97,22 |ID|97.22",
  })
  void parsesIdIdAndEnUs(String text, NumberStyle style, String expected) {
    java.math.BigDecimal v = AngkaTertulis.parse(text, style);
    assertThat(v.toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', value = {
      "1.050", "1,050", "100.000", "97,2 2", "abc", "-", "1.2.3", "1,2.3,4", "12.34,56.7", "1.23,4", "''",
  })
  void refusesAmbiguousOrBrokenNumbers(String text) {
    assertThatThrownBy(() -> AngkaTertulis.parse(text)).isInstanceOf(UnreadableNumber.class);
  }

  @Test
  void aRefusalSaysWhyInBothLanguages() {
    UnreadableNumber e = catchThrowableOfType(UnreadableNumber.class, () -> AngkaTertulis.parse("1.050"));
    assertThat(e.reason().key().rule()).isEqualTo("number-as-printed");
    assertThat(id(e.reason())).isEqualTo("angka \"1.050\" bermakna ganda (pemisah ribuan atau desimal?); sebutkan notasinya");
    assertThat(en(e.reason())).isEqualTo("ambiguous number \"1.050\": thousands or decimals? give the notation");
    assertThat(e.getMessage()).isEqualTo(en(e.reason()));
  }

  @ParameterizedTest(name = "{0} at {1} decimals → {2} / {3}")
  @CsvSource({
      "97.1, 2, '97,10', 97.10",
      "1234.5, 2, '1.234,50', '1,234.50'",
      "-0.5, 2, '-0,50', '-0.50'",
      "8.905, 3, '8,905', '8.905'",
      "1886154145, 0, 1.886.154.145, '1,886,154,145'",
      "0, 1, '0,0', '0.0'",
  })
  void numbersInTextsKeepTheirDecimalsInTheReadersNotation(String v, int decimals, String indonesian, String english) {
    Object arg = Angka.inText(bd(v), decimals);
    id.kinerja.common.i18n.Message m = id.kinerja.common.i18n.Message.of(
        id.kinerja.reporting.domain.ReportingMessages.AUDIT_RANGE, "min", arg, "max", arg);
    assertThat(id(m)).isEqualTo("[" + indonesian + ", " + indonesian + "]");
    assertThat(en(m)).isEqualTo("[" + english + ", " + english + "]");
    assertThat(Angka.inText(null)).isEqualTo(Angka.ABSENT);
  }

  @Test
  void dashesAreAbsentNotZero() {
    assertThat(AngkaTertulis.parseOrAbsent("–", NumberStyle.AUTO)).isNull();
    assertThat(AngkaTertulis.parseOrAbsent("-", NumberStyle.AUTO)).isNull();
    assertThat(AngkaTertulis.parseOrAbsent(" ", NumberStyle.AUTO)).isNull();
    assertThat(AngkaTertulis.parseOrAbsent(null, NumberStyle.AUTO)).isNull();
    assertThat(AngkaTertulis.parseOrAbsent("0", NumberStyle.AUTO)).isEqualByComparingTo("0");
  }
}
