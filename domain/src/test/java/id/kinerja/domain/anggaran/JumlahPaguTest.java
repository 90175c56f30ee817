package id.kinerja.domain.anggaran;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumlahPaguTest {

  /** Program P1 (1.000) with kegiatan K1 (600) and sub kegiatan S1 (250) under K1; program P2 (400). */
  private static final List<JumlahPagu.Baris> PLAN = List.of(new JumlahPagu.Baris("P1", null, 1000),
      new JumlahPagu.Baris("K1", "P1", 600), new JumlahPagu.Baris("S1", "K1", 250),
      new JumlahPagu.Baris("K2", "P1", 400), new JumlahPagu.Baris("P2", null, 400));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "P1,P2; 1400", // programs only
      "P1,K1,S1,P2; 1400", // lines under a selected program are inside its pagu
      "K1,K2; 1000", // kegiatan without their program
      "S1,K2; 650", // a sub kegiatan and a kegiatan of different branches
      "S1,P1; 1000", // the grandparent is selected
      "P2; 400",
      "X9; -1", // nothing known: no total, never 0
  })
  void countsEachLineOnceThroughItsHighestSelectedAncestor(String dipilih, long expected) {
    OptionalLong total = JumlahPagu.jumlah(PLAN, List.of(dipilih.split(",")));
    if (expected < 0) {
      assertThat(total).isEmpty();
    } else {
      assertThat(total).hasValue(expected);
    }
  }
}
