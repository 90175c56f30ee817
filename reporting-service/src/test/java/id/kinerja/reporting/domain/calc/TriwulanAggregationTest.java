package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.cells;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.3: every aggregation over reported cells only; absent cells skipped and counted in the coverage. */
class TriwulanAggregationTest {

  @ParameterizedTest(name = "{0} [{1} | {2} | {3} | {4}] s.d. TW {5} → {6} ({7})")
  @CsvSource({
      // SUM: Σ reported values; absent is skipped, not 0; zero is a value
      "SUM, 37.84, 17.00, nd, nd, 2, 54.84, 2/2",
      "SUM, 37.84, -, nd, nd, 2, 37.84, 1/2",
      "SUM, 37.84, 17.00, nd, nd, 1, 37.84, 1/1",
      "SUM, -, -, nd, nd, 2, NOT_REPORTED, 0/2",
      "SUM, nd, nd, nd, nd, 4, NOT_DUE, 0/0",
      "SUM, na, na, nd, nd, 2, NOT_APPLICABLE, 0/0",
      "SUM, 0, 0, nd, nd, 2, 0.00, 2/2",
      "SUM, 5, na, 3, -, 4, 8.00, 2/3",
      "SUM, 5/0, 3, nd, nd, 2, NOT_COMPUTABLE, 2/2",
      // LAST: last reported value up to TW n ([T] indicator 2: TW I 33,33, TW II not reported → 33,33)
      "LAST, 12/36, -, nd, nd, 2, 33.33, 1/2",
      "LAST, 10, 20, -, nd, 3, 20.00, 2/3",
      "LAST, 10, 0, nd, nd, 2, 0.00, 2/2",
      "LAST, 10, 20, 30, 40, 2, 20.00, 2/2",
      "LAST, 10, 5/0, nd, nd, 2, NOT_COMPUTABLE, 2/2",
      // AVERAGE: mean of the reported values
      "AVERAGE, 10, 20, -, 30, 4, 20.00, 3/4",
      "AVERAGE, 10, 20, 25, -, 4, 18.33, 3/4",
      "AVERAGE, 10, nd, nd, nd, 4, 10.00, 1/1",
      // RATIO_OF_SUMS: Σ pembilang / Σ penyebut × 100 — not a mean of percentages
      "RATIO_OF_SUMS, 12/36, 24/36, -, nd, 3, 50.00, 2/3",
      "RATIO_OF_SUMS, 1/4, 30/40, nd, nd, 2, 70.45, 2/2",
      "AVERAGE, 1/4, 30/40, nd, nd, 2, 50.00, 2/2",
      "RATIO_OF_SUMS, 1/3, 1/3, 1/3, -, 4, 33.33, 3/4",
      "RATIO_OF_SUMS, 0/0, 3/4, nd, nd, 2, 75.00, 2/2",
      "RATIO_OF_SUMS, 0/0, 0/0, nd, nd, 2, NOT_COMPUTABLE, 2/2",
      "RATIO_OF_SUMS, 12/36, 5, nd, nd, 2, NOT_COMPUTABLE, 2/2",
      // MAX / MIN
      "MAX, 10, 30, 20, -, 4, 30.00, 3/4",
      "MIN, 10, 30, 20, -, 4, 10.00, 3/4",
      "MIN, 10, 0, 20, -, 4, 0.00, 3/4",
      "MAX, -10, -30, nd, nd, 2, -10.00, 2/2",
  })
  void aggregate(Aggregation aggregation, String tw1, String tw2, String tw3, String tw4, int upto, String expected,
      String coverage) {
    AggregatedValue v = TriwulanAggregation.aggregate(aggregation, cells(tw1, tw2, tw3, tw4), upto);
    assertThat(shown(v)).isEqualTo(expected);
    assertThat(v.coverage().reported() + "/" + v.coverage().expected()).isEqualTo(coverage);
  }

  @Test
  void lastKeepsTheComponentsAndTheUnroundedValue() {
    AggregatedValue v = TriwulanAggregation.aggregate(Aggregation.LAST, cells("12/36", "-", "nd", "nd"), 2);
    assertThat(v.pembilang()).isEqualByComparingTo("12");
    assertThat(v.penyebut()).isEqualByComparingTo("36");
    assertThat(v.nilai().toPlainString()).startsWith("33.3333333333");
    assertThat(v.triwulanTerakhir()).isEqualTo(1);
  }

  @Test
  void ratioOfSumsKeepsTheSums() {
    AggregatedValue v = TriwulanAggregation.aggregate(Aggregation.RATIO_OF_SUMS, cells("12/36", "24/36", "nd", "nd"), 2);
    assertThat(v.pembilang()).isEqualByComparingTo("36");
    assertThat(v.penyebut()).isEqualByComparingTo("72");
  }

  @Test
  void textCellsGiveTheLastManualValue() {
    Cell.ReportedText t = Cell.text("dokumen tersusun", Fixtures.bd("95"), "lengkap");
    AggregatedValue v = TriwulanAggregation.aggregate(Aggregation.LAST, PerTriwulan.of(Cell.NOT_REPORTED, t, Cell.NOT_DUE,
        Cell.NOT_DUE), 4);
    assertThat(v.status()).isEqualTo(CapaianStatus.MANUAL);
    assertThat(v.manual()).isSameAs(t);
    assertThat(TriwulanAggregation.aggregate(Aggregation.SUM, PerTriwulan.of(Cell.value("1"), t, Cell.NOT_DUE,
        Cell.NOT_DUE), 2).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
  }

  @Test
  void refusesNullCellsAndTriwulanOutOfRange() {
    assertThatThrownBy(() -> TriwulanAggregation.aggregate(Aggregation.SUM, PerTriwulan.of(Cell.NOT_DUE, null, null, null), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TriwulanAggregation.aggregate(Aggregation.SUM, cells("1", "2", "3", "4"), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TriwulanAggregation.aggregate(Aggregation.SUM, cells("1", "2", "3", "4"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
