package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.7 (SKM / IKM) and §2.8 (IDM share and desa status). */
class SkmIdmTest {

  private static List<int[]> respondents(int n, int rating) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] r = new int[9];
      Arrays.fill(r, rating);
      out.add(r);
    }
    return out;
  }

  @Test
  void ikmIsTheExactMeanOfTheNineNrrTimes25() {
    List<int[]> rs = new ArrayList<>(respondents(1, 4));
    rs.addAll(respondents(1, 3));
    Ikm ikm = Ikm.of(SkmTally.of(rs), Fixtures.ikmMutu());
    assertThat(ikm.nrr()).allSatisfy(n -> assertThat(n).isEqualByComparingTo("3.5"));
    assertThat(ikm.ikm()).isEqualByComparingTo("3.5");
    assertThat(ikm.display()).isEqualByComparingTo("87.50");
    // the rounded 0,111 weight would give 3.5 × 9 × 0,111 × 25 = 87,41
    assertThat(ikm.display()).isNotEqualByComparingTo("87.41");
    assertThat(ikm.mutu().kode()).isEqualTo("B");
  }

  @Test
  void nrrCountsOnlyTheRespondentsWhoAnsweredTheUnsur() {
    int[] a = {4, 4, 4, 4, 4, 4, 4, 4, 0};
    int[] b = {2, 2, 2, 2, 2, 2, 2, 2, 3};
    Ikm ikm = Ikm.of(SkmTally.of(List.of(a, b)), Fixtures.ikmMutu());
    assertThat(ikm.nrr().get(0)).isEqualByComparingTo("3");
    assertThat(ikm.nrr().get(8)).isEqualByComparingTo("3");
    assertThat(ikm.display()).isEqualByComparingTo("75.00");
    int[] unanswered = {4, 4, 4, 4, 4, 4, 4, 4, 0};
    Ikm partial = Ikm.of(SkmTally.of(List.<int[]>of(unanswered)), Fixtures.ikmMutu());
    assertThat(partial.status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(partial.nilai()).isNull();
  }

  @Test
  void ikmOverServicesPoolsResponsesInsteadOfAveragingServiceIkm() {
    SkmTally a = SkmTally.of(respondents(10, 4));
    SkmTally b = SkmTally.of(respondents(30, 2));
    Ikm pooled = Ikm.of(SkmTally.pooled(List.of(a, b)), Fixtures.ikmMutu());
    assertThat(pooled.display()).isEqualByComparingTo("62.50");
    assertThat(pooled.mutu().kode()).isEqualTo("D");
    assertThat(Ikm.of(a, null).display()).isEqualByComparingTo("100.00");
    assertThat(Ikm.of(b, null).display()).isEqualByComparingTo("50.00");
  }

  @Test
  void refusesRatingsOutsideOneToFour() {
    assertThatThrownBy(() -> SkmTally.of(List.<int[]>of(new int[] {5, 1, 1, 1, 1, 1, 1, 1, 1})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkmTally.of(List.<int[]>of(new int[] {1, 1}))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UnsurTally(5, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "IKM {0} → mutu {1}")
  @CsvSource({
      "100, A", "88.31, A", "88.305, A", "88.30, B", "88.304, B", "76.61, B", "76.60, C", "65.00, C", "64.995, C",
      "64.99, D", "25, D",
      // [P]'s SKM 2022, 2023, 2024
      "79.48, B", "86.90, B", "99, A",
  })
  void ikmMutuAtTwoDecimals(String value, String mutu) {
    assertThat(Predikat.classify(Fixtures.ikmMutu(), bd(value)).kode()).isEqualTo(mutu);
  }

  @ParameterizedTest(name = "IDM {0} → {1}")
  @CsvSource({
      "0.4907, Sangat Tertinggal", "0.4908, Tertinggal", "0.5989, Tertinggal", "0.59894, Tertinggal",
      "0.59895, Berkembang", "0.5990, Berkembang", "0.5900, Tertinggal", "0.6001, Berkembang", "0.7072, Berkembang",
      "0.7073, Maju", "0.8155, Maju", "0.8156, Mandiri", "0.8857, Mandiri", "0.3, Sangat Tertinggal",
  })
  void desaStatusAtFourDecimals(String skor, String status) {
    assertThat(Idm.status(Fixtures.idmStatus(), bd(skor)).label()).isEqualTo(status);
  }

  @Test
  void shareOfDesaWhoseScoreRoseNeedsEveryDesa() {
    List<DesaSkor> d = List.of(new DesaSkor("a", bd("0.6"), bd("0.7")), new DesaSkor("b", bd("0.6"), bd("0.6")),
        new DesaSkor("c", bd("0.7"), bd("0.65")), new DesaSkor("d", bd("0.5"), bd("0.5001")));
    Idm idm = Idm.share(2023, 2024, d);
    assertThat(idm.naik()).isEqualTo(2);
    assertThat(idm.display()).isEqualByComparingTo("50.00");
    Idm missing = Idm.share(2023, 2024, List.of(new DesaSkor("a", bd("0.6"), bd("0.7")), new DesaSkor("b", null, bd("0.6"))));
    assertThat(missing.status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(missing.persen()).isNull();
    assertThat(missing.coverage()).isEqualTo(new Coverage(1, 2));
    assertThatThrownBy(() -> Idm.share(2024, 2024, d)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Idm.share(2023, 2024, List.of()).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
  }
}
