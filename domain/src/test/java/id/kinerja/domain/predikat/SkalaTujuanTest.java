package id.kinerja.domain.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The purpose of a scale decides the values it must cover (docs/domain.md §2.6); planning and reporting both read a
 * scale through this one rule (issue #16: reporting read the bounded IKM and IDM scales over all real numbers).
 */
class SkalaTujuanTest {

  private static BigDecimal d(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  private static Band band(String lower, boolean li, String upper, boolean ui, int skor, String label) {
    return new Band(d(lower), li, d(upper), ui, skor, label, null);
  }

  /** The demo's IDM status scale (Permendesa PDTT 2/2016), 0–1. */
  static final List<Band> IDM = List.of(
      band("0", true, "0.4907", true, 1, "Sangat Tertinggal"),
      band("0.4907", false, "0.5989", true, 2, "Tertinggal"),
      band("0.5989", false, "0.7072", true, 3, "Berkembang"),
      band("0.7072", false, "0.8155", true, 4, "Maju"),
      band("0.8155", false, "1", true, 5, "Mandiri"));

  @Test
  void theDemosBoundedScalesAreValidForTheirPurposeAndOnlyForIt() {
    assertThat(SkalaTujuan.IKM.validate(SkalaTest.IKM)).isEmpty();
    assertThat(SkalaTujuan.IDM.validate(IDM)).isEmpty();
    // Read over all real numbers, as reporting did: values below the first band have none.
    assertThat(SkalaTujuan.KINERJA.validate(SkalaTest.IKM)).extracting(Skala.Violation::rule)
        .containsExactly("no-gap", "no-gap");
    assertThat(SkalaTujuan.KINERJA.validate(SkalaTest.IKM).get(0).message())
        .isEqualTo("values from −∞ up to [25, 65) have no band");
    assertThat(SkalaTujuan.KINERJA.validate(SkalaTest.PONOROGO)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // purpose, lower of the first band, its inclusivity, upper of the last, its inclusivity, rules broken
      "IKM, 25, true, 100, true, ''",
      "IKM, 25, false, 100, true, no-gap",
      "IKM, 30, true, 100, true, no-gap",
      "IKM, 25, true, 100, false, no-gap",
      "IKM, 20, true, 110, true, ''",
      "IDM, 0, true, 1, true, ''",
      "IDM, 0, false, 1, true, no-gap",
      "IDM, 0, true, 0.9999, true, no-gap",
      "KINERJA, 0, true, 100, true, no-gap no-gap",
      "SERAPAN, 0, true, 100, true, no-gap no-gap" })
  void theEndsOfTheDomain(SkalaTujuan tujuan, String lower, boolean li, String upper, boolean ui, String rules) {
    List<Band> bands = List.of(band(lower, li, "0.5", false, 1, "Bawah"), band("0.5", true, upper, ui, 2, "Atas"));
    if (tujuan == SkalaTujuan.IKM) {
      bands = List.of(band(lower, li, "65", false, 1, "Bawah"), band("65", true, upper, ui, 2, "Atas"));
    }
    assertThat(String.join(" ", tujuan.validate(bands).stream().map(Skala.Violation::rule).toList())).isEqualTo(rules);
  }

  @Test
  void aScaleThatBreaksItsPurposesRuleIsRefused() {
    assertThat(SkalaTujuan.IDM.scale(IDM).classify(d("0.59"), 4).orElseThrow().label()).isEqualTo("Tertinggal");
    assertThatThrownBy(() -> SkalaTujuan.KINERJA.scale(IDM)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-gap");
  }
}
