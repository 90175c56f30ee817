package id.kinerja.domain.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SkalaTest {

  private static BigDecimal d(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  private static Band band(String lower, boolean li, String upper, boolean ui, int skor, String label) {
    return new Band(d(lower), li, d(upper), ui, skor, label, null);
  }

  /** [P] Tabel 3.1 as encoded in docs/domain.md §2.6: 70 goes to skor 3, 85 is Berhasil. */
  static final List<Band> PONOROGO = List.of(
      band(null, false, "55", false, 1, "Kurang"),
      band("55", true, "70", false, 2, "Cukup"),
      band("70", true, "85", true, 3, "Berhasil"),
      band("85", false, null, false, 4, "Sangat Berhasil"));

  /** The five-level scale, encoded half-open so 90,5 has a band. */
  static final List<Band> FIVE_LEVEL = List.of(
      band(null, false, "51", false, 1, "Sangat Rendah"),
      band("51", true, "66", false, 2, "Rendah"),
      band("66", true, "76", false, 3, "Sedang"),
      band("76", true, "91", false, 4, "Tinggi"),
      band("91", true, null, false, 5, "Sangat Tinggi"));

  /** IKM mutu (PermenPANRB 14/2017) over the index domain 25–100. */
  static final List<Band> IKM = List.of(
      band("25", true, "65", false, 1, "Tidak Baik"),
      band("65", true, "76.61", false, 2, "Kurang Baik"),
      band("76.61", true, "88.31", false, 3, "Baik"),
      band("88.31", true, "100", true, 4, "Sangat Baik"));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "-10, Kurang", "0, Kurang", "54.99, Kurang", "54.994, Kurang", "54.995, Cukup", "55, Cukup", "55.01, Cukup",
      "69.99, Cukup", "70, Berhasil", "70.01, Berhasil", "84.99, Berhasil", "85, Berhasil", "84.995, Berhasil",
      "85.004, Berhasil", "85.005, Sangat Berhasil", "85.01, Sangat Berhasil", "100, Sangat Berhasil",
      "123.75, Sangat Berhasil", "200, Sangat Berhasil" })
  void ponorogoBoundaries(String value, String label) {
    assertThat(Skala.of(PONOROGO, Skala.Domain.ALL).classify(d(value), 2).orElseThrow().label())
        .isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({ "50.99, Sangat Rendah", "51, Rendah", "51.01, Rendah", "65.99, Rendah", "66, Sedang", "75.99, Sedang",
      "76, Tinggi", "90.5, Tinggi", "90.99, Tinggi", "91, Sangat Tinggi", "91.01, Sangat Tinggi" })
  void fiveLevelBoundaries(String value, String label) {
    assertThat(Skala.of(FIVE_LEVEL, Skala.Domain.ALL).classify(d(value), 2).orElseThrow().label())
        .isEqualTo(label);
  }

  @ParameterizedTest(name = "IKM {0} → {1}")
  @CsvSource({ "25, Tidak Baik", "64.99, Tidak Baik", "65, Kurang Baik", "76.60, Kurang Baik", "76.61, Baik",
      "79.48, Baik", "86.90, Baik", "88.30, Baik", "88.31, Sangat Baik", "99, Sangat Baik", "100, Sangat Baik" })
  void ikmMutu(String value, String label) {
    assertThat(Skala.of(IKM, new Skala.Domain(d("25"), d("100"))).classify(d(value), 2).orElseThrow()
        .label()).isEqualTo(label);
  }

  @Test
  void outsideTheDomainHasNoBand() {
    var ikm = Skala.of(IKM, new Skala.Domain(d("25"), d("100")));
    assertThat(ikm.classify(d("24.99"), 2)).isEmpty();
    assertThat(ikm.classify(d("100.01"), 2)).isEmpty();
    assertThat(ikm.classify(null, 2)).isEmpty();
  }

  @Test
  void theScaleAsPrintedOverlapsAt70() {
    List<Band> printed = List.of(
        band(null, false, "55", false, 1, "Kurang"),
        band("55", true, "70", true, 2, "Cukup"),
        band("70", true, "85", true, 3, "Berhasil"),
        band("85", false, null, false, 4, "Sangat Berhasil"));
    assertThat(Skala.validate(printed, Skala.Domain.ALL))
        .extracting(Skala.Violation::rule, Skala.Violation::band)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("no-overlap", 2));
  }

  @Test
  void gapsAreRefused() {
    List<Band> gapAt85 = List.of(
        band(null, false, "70", false, 1, "Kurang"),
        band("70", true, "85", false, 2, "Berhasil"),
        band("85", false, null, false, 3, "Sangat Berhasil"));
    assertThat(Skala.validate(gapAt85, Skala.Domain.ALL)).extracting(Skala.Violation::rule)
        .containsExactly("no-gap");
    List<Band> printedFiveLevel = List.of(
        band(null, false, "50", true, 1, "Sangat Rendah"),
        band("51", true, "65", true, 2, "Rendah"),
        band("66", true, "75", true, 3, "Sedang"),
        band("76", true, "90", true, 4, "Tinggi"),
        band("91", true, null, false, 5, "Sangat Tinggi"));
    assertThat(Skala.validate(printedFiveLevel, Skala.Domain.ALL)).hasSize(4)
        .allSatisfy(v -> assertThat(v.rule()).isEqualTo("no-gap"));
    List<Band> noBottom = List.of(band("0", true, null, false, 1, "Any"));
    assertThat(Skala.validate(noBottom, Skala.Domain.ALL)).extracting(Skala.Violation::rule)
        .containsExactly("no-gap");
  }

  @Test
  void malformedBandsAreRefused() {
    assertThat(Skala.validate(List.of(), Skala.Domain.ALL)).extracting(Skala.Violation::rule)
        .containsExactly("not-empty");
    assertThat(Skala.validate(List.of(band("90", true, "80", true, 1, "X"), band(null, false, null, false, 1, " ")),
        Skala.Domain.ALL)).extracting(Skala.Violation::rule)
        .containsExactly("lower-below-upper", "label-required", "unique-score");
    assertThat(Skala.validate(List.of(band("85", false, null, false, 2, "Hi"), band(null, false, "85", true, 1, "Lo")),
        Skala.Domain.ALL)).extracting(Skala.Violation::rule).containsExactly("sorted");
    assertThatThrownBy(() -> Skala.of(List.of(), Skala.Domain.ALL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-empty");
  }

  @Test
  void idmStatusUsesFourDecimals() {
    List<Band> idm = List.of(
        band("0", true, "0.4907", true, 1, "Sangat Tertinggal"),
        band("0.4907", false, "0.5989", true, 2, "Tertinggal"),
        band("0.5989", false, "0.7072", true, 3, "Berkembang"),
        band("0.7072", false, "0.8155", true, 4, "Maju"),
        band("0.8155", false, "1", true, 5, "Mandiri"));
    var scale = Skala.of(idm, new Skala.Domain(d("0"), d("1")));
    // [P] 2022: Ngrukem 0,5900 is printed "Berkembang"; the thresholds say Tertinggal.
    assertThat(scale.classify(d("0.5900"), 4).orElseThrow().label()).isEqualTo("Tertinggal");
    assertThat(scale.classify(d("0.6001"), 4).orElseThrow().label()).isEqualTo("Berkembang");
    assertThat(scale.classify(d("0.4907"), 4).orElseThrow().label()).isEqualTo("Sangat Tertinggal");
    assertThat(scale.classify(d("0.8156"), 4).orElseThrow().label()).isEqualTo("Mandiri");
  }
}
