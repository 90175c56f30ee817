package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.domain.predikat.Band;

/** docs/domain.md §2.6: classification of the value rounded to 2 decimals; every boundary and boundary ± 0,01. */
class PredikatTest {

  @ParameterizedTest(name = "{0} → skor {1} {2}")
  @CsvSource({
      "54.99, 1, Kurang",
      "54.994, 1, Kurang",
      "54.995, 2, Cukup",
      "55, 2, Cukup",
      "55.01, 2, Cukup",
      "69.99, 2, Cukup",
      "69.995, 3, Berhasil",
      "70, 3, Berhasil",
      "70.01, 3, Berhasil",
      "84.99, 3, Berhasil",
      "85, 3, Berhasil",
      "85.004, 3, Berhasil",
      "85.005, 4, Sangat Berhasil",
      "85.01, 4, Sangat Berhasil",
      "123.75, 4, Sangat Berhasil",
      "200, 4, Sangat Berhasil",
      "0, 1, Kurang",
      "-50, 1, Kurang",
  })
  void ponorogoScale(String value, int skor, String label) {
    Band b = Predikat.classify(Fixtures.kinerjaPonorogo(), bd(value));
    assertThat(b.skor()).isEqualTo(skor);
    assertThat(b.label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} → skor {1} {2}")
  @CsvSource({
      "50.99, 1, Sangat Rendah",
      "51, 2, Rendah",
      "51.01, 2, Rendah",
      "65.99, 2, Rendah",
      "66, 3, Sedang",
      "75.99, 3, Sedang",
      "76, 4, Tinggi",
      "90.5, 4, Tinggi",
      "90.99, 4, Tinggi",
      "90.994, 4, Tinggi",
      "90.995, 5, Sangat Tinggi",
      "91, 5, Sangat Tinggi",
      "91.01, 5, Sangat Tinggi",
  })
  void fiveLevelScaleScoresTopBandFive(String value, int skor, String label) {
    Band b = Predikat.classify(Fixtures.fiveLevel(), bd(value));
    assertThat(b.skor()).isEqualTo(skor);
    assertThat(b.label()).isEqualTo(label);
  }

  @Test
  void absentValuesHaveNoPredicate() {
    assertThat(Predikat.classify(Fixtures.kinerjaPonorogo(), null)).isNull();
    assertThat(Predikat.classify(null, bd("90"))).isNull();
    assertThat(Predikat.of(Fixtures.kinerjaPonorogo(), CapaianResult.NOT_REPORTED)).isNull();
  }

  @Test
  void predicateUsesTheDisplayedScore() {
    IndikatorRule capped = IndikatorRule.builder("I").capaianScoreCap(bd("100")).build();
    CapaianResult c = Capaian.of(capped, CalcSettings.DEFAULT, Target.of("80"), Cell.value("99"));
    assertThat(Predikat.of(Fixtures.kinerjaPonorogo(), c).label()).isEqualTo("Sangat Berhasil");
    CapaianResult e8 = Capaian.of(Fixtures.higher("I"), CalcSettings.DEFAULT, Target.of("25200000"), Cell.value("21420000"));
    assertThat(Predikat.of(Fixtures.kinerjaPonorogo(), e8).label()).isEqualTo("Berhasil");
  }
}
