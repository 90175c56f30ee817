package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/** docs/domain.md §2.4, §2.9.6: means of capaian over those that have one, with coverage; ranking; previous years. */
class RollUpTest {

  private static CapaianResult c(String v) {
    if (v.equals("-")) {
      return CapaianResult.NOT_REPORTED;
    }
    if (v.equals("nd")) {
      return CapaianResult.NOT_DUE;
    }
    if (v.equals("na")) {
      return CapaianResult.NOT_APPLICABLE;
    }
    if (v.equals("nc")) {
      return new CapaianResult(CapaianStatus.NOT_COMPUTABLE, null, null, null, null,
          Message.of(ReportingMessages.KETERANGAN_TARGET_ZERO));
    }
    return new CapaianResult(CapaianStatus.COMPUTED, bd(v), bd(v), null, null, null);
  }

  private static List<CapaianResult> list(String csv) {
    List<CapaianResult> out = new ArrayList<>();
    for (String s : csv.split(" ")) {
      out.add(c(s));
    }
    return out;
  }

  @ParameterizedTest(name = "mean of [{0}] → {1} ({2})")
  @CsvSource({
      "100 100 100 100 100, 100.00, 5 of 5 reported",
      "39.64 34.29, 36.97, 2 of 2 reported",
      "17.81 -, 17.81, 1 of 2 reported",
      "- -, NOT_REPORTED, 0 of 2 reported",
      "nd na, NOT_DUE, 0 of 0 reported",
      "80 nc, 80.00, 1 of 2 reported",
      "nc nc, NOT_COMPUTABLE, 0 of 2 reported",
      "nc -, NOT_REPORTED, 0 of 2 reported",
      "80 nd 100, 90.00, 2 of 2 reported",
      "0 100, 50.00, 2 of 2 reported",
  })
  void unweightedMean(String values, String expected, String coverage) {
    Mean m = RollUp.mean(list(values), CapaianBasis.RAW);
    assertThat(shown(m)).isEqualTo(expected);
    assertThat(m.coverage()).hasToString(coverage);
    assertThat(m.basis()).isEqualTo(CapaianBasis.RAW);
  }

  @Test
  void scoreOrRawBasisIsStated() {
    CapaianResult capped = new CapaianResult(CapaianStatus.COMPUTED, bd("200"), bd("100"), null, null, null);
    List<CapaianResult> l = List.of(capped, c("80"));
    assertThat(shown(RollUp.mean(l, CapaianBasis.RAW))).isEqualTo("140.00");
    assertThat(shown(RollUp.mean(l, CapaianBasis.SCORE))).isEqualTo("90.00");
    assertThat(RollUp.mean(l, CapaianBasis.SCORE).basis()).isEqualTo(CapaianBasis.SCORE);
  }

  @Test
  void weightedMeanRenormalisesOverTheMembersWithAFigure() {
    List<RollUpItem> items = List.of(
        new RollUpItem("a", "S1", true, bd("3"), c("100")),
        new RollUpItem("b", "S1", true, bd("1"), c("60")),
        new RollUpItem("c", "S1", true, bd("4"), c("-")));
    Mean weighted = RollUp.mean(items, CapaianBasis.RAW, true);
    assertThat(shown(weighted)).isEqualTo("90.00");
    assertThat(weighted.weighted()).isTrue();
    assertThat(weighted.coverage()).isEqualTo(new Coverage(2, 3));
    assertThat(shown(RollUp.mean(items, CapaianBasis.RAW, false))).isEqualTo("80.00");
    List<RollUpItem> zero = List.of(new RollUpItem("a", "S1", true, BigDecimal.ZERO, c("100")));
    assertThat(RollUp.mean(zero, CapaianBasis.RAW, true).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
  }

  @Test
  void kecamatanOverallByIkuOrBySasaran() {
    List<RollUpItem> items = List.of(
        new RollUpItem("a", "S1", true, null, c("123.75")),
        new RollUpItem("b", "S1", false, null, c("100")),
        new RollUpItem("c", "S2", true, null, c("111.1111111111111111111111111111111")),
        new RollUpItem("d", "S3", false, null, c("-")));
    KecamatanRollUp iku = RollUp.kecamatan(items, null, CalcSettings.DEFAULT.withRollUpBasis(CapaianBasis.RAW));
    assertThat(shown(iku.overall())).isEqualTo("117.43");
    assertThat(iku.overall().coverage()).isEqualTo(new Coverage(2, 2));
    assertThat(iku.sasaran()).extracting(SasaranMean::sasaranKode).containsExactly("S1", "S2", "S3");
    assertThat(shown(iku.sasaran("S1").mean())).isEqualTo("111.88");
    assertThat(shown(iku.sasaran("S3").mean())).isEqualTo("NOT_REPORTED");
    assertThat(iku.mode()).isEqualTo(OverallMode.IKU);

    CalcSettings bySasaran = CalcSettings.DEFAULT.withOverallMode(OverallMode.SASARAN);
    KecamatanRollUp s = RollUp.kecamatan(items, null, bySasaran);
    assertThat(shown(s.overall())).isEqualTo("111.49");
    assertThat(s.overall().coverage()).isEqualTo(new Coverage(2, 3));
    Map<String, BigDecimal> bobot = Map.of("S1", bd("3"), "S2", bd("1"));
    assertThat(shown(RollUp.kecamatan(items, bobot, bySasaran).overall())).isEqualTo("111.68");
  }

  @Test
  void noIkuMeansNoOverallRatherThanOneIndicator() {
    List<RollUpItem> items = List.of(new RollUpItem("a", "S1", false, null, c("123.75")));
    Mean overall = RollUp.kecamatan(items, null, CalcSettings.DEFAULT).overall();
    assertThat(overall.hasValue()).isFalse();
    assertThat(overall.coverage()).isEqualTo(Coverage.NONE);
  }

  @Test
  void rankingLeavesKecamatanWithoutFigureUnranked() {
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    v.put("35.02.03", bd("99.5"));
    v.put("35.02.01", bd("101.004"));
    v.put("35.02.02", null);
    v.put("35.02.04", bd("100.996"));
    v.put("35.02.05", bd("80"));
    List<RankingEntry> r = Ranking.rankValues(v);
    assertThat(r).extracting(RankingEntry::kecamatanKode)
        .containsExactly("35.02.01", "35.02.04", "35.02.03", "35.02.05", "35.02.02");
    assertThat(r).extracting(RankingEntry::peringkat).containsExactly(1, 1, 3, 4, null);
    assertThat(r.get(4).dilaporkan()).isFalse();

    Map<String, Mean> means = new LinkedHashMap<>();
    means.put("A", new Mean(CapaianStatus.NOT_REPORTED, null, new Coverage(0, 2), CapaianBasis.SCORE, false));
    means.put("B", new Mean(CapaianStatus.COMPUTED, bd("90"), new Coverage(2, 2), CapaianBasis.SCORE, false));
    assertThat(Ranking.rank(means)).extracting(RankingEntry::kecamatanKode, RankingEntry::peringkat)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 1), org.assertj.core.groups.Tuple.tuple("A", null));
  }

  @Test
  void previousYearsWithSignedDifferencesAndLabelsFromData() {
    List<YearComparison> c = PreviousYears.compare(List.of(new YearValue(2024, bd("99")), new YearValue(2022, bd("79.48")),
        new YearValue(2023, bd("86.90"))));
    assertThat(c).extracting(YearComparison::tahun).containsExactly(2022, 2023, 2024);
    assertThat(c.get(0).selisih()).isNull();
    assertThat(c.get(1).selisih()).isEqualByComparingTo("7.42");
    assertThat(c.get(1).tahunPembanding()).isEqualTo(2022);
    assertThat(c.get(2).selisih()).isEqualByComparingTo("12.10");
    List<YearComparison> down = PreviousYears.compare(List.of(new YearValue(2023, bd("5")), new YearValue(2024, bd("3")),
        new YearValue(2025, null)));
    assertThat(down.get(1).selisih()).isEqualByComparingTo("-2");
    assertThat(down.get(2).selisih()).isNull();
    assertThatThrownBy(() -> PreviousYears.compare(List.of(new YearValue(2024, bd("1")), new YearValue(2024, bd("2")))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
