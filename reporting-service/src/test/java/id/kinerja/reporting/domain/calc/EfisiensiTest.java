package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.5, §2.9.9: efisiensi from raw values, configurable formula, labelled, only on a wholly reported pagu. */
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

  /**
   * docs/domain.md §2.9.9: the efisiensi of a capaian against a serapan whose pagu is reported in part is not computed
   * (NOT_REPORTED, no value), whatever the serapan; with the whole pagu reported it is. A pagu coverage that is not
   * known counts as not complete.
   */
  @ParameterizedTest(name = "pagu {0}, reported pagu {1}, realisasi {2}, capaian {3} → serapan {4}, cakupan {5}, efisiensi {6}")
  @CsvSource({
      // the demo kecamatan: one program of 2.116.454.500 reported, 11.000.000 of 11.000.000
      "2116454500, 11000000, 11000000, 117.4305555, 0.52, 0.52, NOT_REPORTED",
      // every line reported
      "68036200, 68036200, 49973200, 123.75, 73.45, 100.00, 50.30",
      // one rupiah of pagu short of complete
      "1000, 999, 500, 100, 50.00, 99.90, NOT_REPORTED",
      // complete, spending 0 reported (a reported 0 is a value)
      "1000, 1000, 0, 100, 0.00, 100.00, 100.00",
      // complete, above pagu
      "1000, 1000, 1200, 100, 120.00, 100.00, -20.00",
      // nothing reported: no serapan, no efisiensi
      "1000, 0, , 100, NOT_REPORTED, 0.00, NOT_REPORTED",
      // pagu 0: not computable
      "0, 0, 5, 100, NOT_COMPUTABLE, NOT_COMPUTABLE, NOT_COMPUTABLE",
      // not known (a sum across kecamatan): not complete
      "1000, , 500, 100, 50.00, NOT_COMPUTABLE, NOT_REPORTED" })
  void onlyOnAWhollyReportedPagu(long pagu, Long paguDilaporkan, Long realisasi, String capaian, String serapan,
      String cakupan, String efisiensi) {
    Serapan s = Serapan.of(pagu, realisasi, new Coverage(realisasi == null ? 0 : 1, 1), paguDilaporkan);
    assertThat(s.hasValue() ? s.display().toPlainString() : s.status().name()).isEqualTo(serapan);
    assertThat(s.cakupanPagu() == null ? "NOT_COMPUTABLE" : Angka.round(s.cakupanPagu()).toPlainString())
        .isEqualTo(cakupan);
    CapaianResult c = new CapaianResult(CapaianStatus.COMPUTED, bd(capaian), bd(capaian), null, null, null);
    Mean m = new Mean(CapaianStatus.COMPUTED, bd(capaian), new Coverage(1, 1), CapaianBasis.RAW, false);
    for (Efisiensi e : java.util.List.of(Efisiensi.of(c, s, EfisiensiFormula.CAPAIAN_MINUS_SERAPAN),
        Efisiensi.of(m, s, EfisiensiFormula.CAPAIAN_MINUS_SERAPAN))) {
      assertThat(e.nilai() == null ? e.status().name() : e.display().toPlainString()).isEqualTo(efisiensi);
      // never 0 and never 100 for what was not reported
      if (!s.paguLengkap()) {
        assertThat(e.nilai()).isNull();
      }
    }
  }
}
