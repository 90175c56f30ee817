package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerapanTest {

  @ParameterizedTest(name = "pagu {0}, before {1}, now {2} → {3}")
  @CsvSource({
      // E13 program 6: pagu 37.204.500, TW II 10.350.000
      "37204500, 0, 10350000, false",
      "37204500, 27000000, 10204500, false", // exactly the pagu is not above it
      "37204500, 27000000, 10204501, true",
      "0, 0, 0, false",
      "0, 0, 1, true" })
  void aboveThePaguIsFlagged(long pagu, long before, long now, boolean flagged) {
    assertThat(Serapan.melebihiPagu(pagu, before, now)).isEqualTo(flagged);
  }
}
