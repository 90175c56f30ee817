package id.kinerja.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;

/**
 * The one-pass calculation (each indicator evaluated once, each budget line summed once) gives exactly the figures of
 * the engine run once per "as of" triwulan, which is how they were computed before: same values, same scale, same
 * order, for random kecamatan-years of every shape.
 */
class OnePassCalculationTest {

  private final FigureCalculator calculator = new FigureCalculator();

  @Test
  void equalsTheEngineRunAsOfEachTriwulan() {
    int compared = 0;
    int refused = 0;
    for (long seed = 1; seed <= 1500; seed++) {
      RandomKecamatanYear k = new RandomKecamatanYear(seed).fill((int) (seed % 60));
      for (Tampilan t : Tampilan.values()) {
        KecamatanTahunFigures expected;
        try {
          expected = calculator.computeEightRuns(k.inputs(), t);
        } catch (IllegalArgumentException e) {
          refused++;
          org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
              () -> calculator.compute(k.inputs(), t), "seed " + seed);
          continue;
        }
        assertThat(calculator.compute(k.inputs(), t)).as("seed %d %s", seed, t).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(2500);
    System.out.println("one-pass = eight runs: " + compared + " kecamatan-year views compared, " + refused + " refused");
  }
}
