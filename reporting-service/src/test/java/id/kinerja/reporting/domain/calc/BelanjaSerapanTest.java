package id.kinerja.reporting.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/domain.md §2.12, docs/calculation.md "Serapan by jenis belanja": per line and periode the serapan of the TW and
 * s.d. the TW against the annual pagu; the total over the view's own lines with its coverage in lines.
 */
class BelanjaSerapanTest {

  /** "a b c d" → four realisasi, "-" = not reported. */
  private static PerTriwulan<Long> tw(String s) {
    String[] p = s.trim().split("\\s+");
    Long[] v = new Long[4];
    for (int i = 0; i < 4; i++) {
      v[i] = p[i].equals("-") ? null : Long.valueOf(p[i]);
    }
    return new PerTriwulan<>(v[0], v[1], v[2], v[3]);
  }

  private static String show(Serapan s) {
    return s.status() + " " + (s.realisasi() == null ? "-" : s.realisasi()) + " "
        + (s.display() == null ? "-" : s.display().toPlainString()) + " " + s.coverage().reported() + "/"
        + s.coverage().expected();
  }

  /**
   * Lines (kode:pagu:realisasi TW I–IV; "|" between lines), periode → serapan of the TW and s.d. the TW of the total:
   * status, realisasi, serapan (2 decimals), lines reported / lines.
   */
  @ParameterizedTest(name = "{0} periode {1}")
  @CsvSource(delimiter = ';', value = {
      // two of three jenis reported: the total rests on 2 of 3 lines, against the whole pagu of the view
      "5.1.01:400:100 100 - -|5.1.02:500:- 250 - -|5.2.02:100:- - - -; 1; COMPUTED 100 10.00 1/3; COMPUTED 100 10.00 1/3",
      "5.1.01:400:100 100 - -|5.1.02:500:- 250 - -|5.2.02:100:- - - -; 2; COMPUTED 350 35.00 2/3; COMPUTED 450 45.00 2/3",
      "5.1.01:400:100 100 - -|5.1.02:500:- 250 - -|5.2.02:100:- - - -; 3; NOT_REPORTED - - 0/3; COMPUTED 450 45.00 2/3",
      "5.1.01:400:100 100 - -|5.1.02:500:- 250 - -|5.2.02:100:- - - -; 0; COMPUTED 450 45.00 2/3; COMPUTED 450 45.00 2/3",
      // nothing reported is never 0 %
      "5.1.01:400:- - - -|5.1.02:500:- - - -; 0; NOT_REPORTED - - 0/2; NOT_REPORTED - - 0/2",
      // a reported 0 is a figure, and counts as a line reported
      "5.1.01:400:0 - - -|5.1.02:500:- - - -; 1; COMPUTED 0 0.00 1/2; COMPUTED 0 0.00 1/2",
      // pagu 0 over the whole view: not computable, never 0 % or 100 %
      "5.1.01:0:10 - - -; 1; NOT_COMPUTABLE 10 - 1/1; NOT_COMPUTABLE 10 - 1/1",
      // above pagu: serapan above 100
      "5.1.01:100:60 60 - -; 2; COMPUTED 60 60.00 1/1; COMPUTED 120 120.00 1/1",
  })
  void theTotalOfTheViewIsOverItsOwnLinesWithItsCoverageInLines(String lines, int periode, String triwulan,
      String kumulatif) {
    List<BelanjaSerapan.Baris> baris = new ArrayList<>();
    for (String l : lines.split("\\|")) {
      String[] p = l.split(":");
      baris.add(new BelanjaSerapan.Baris(p[0], Long.parseLong(p[1]), tw(p[2])));
    }
    BelanjaSerapan.Periode[] total = BelanjaSerapan.total(baris);
    assertThat(total[periode].periode()).isEqualTo(periode);
    assertThat(show(total[periode].triwulan())).isEqualTo(triwulan);
    assertThat(show(total[periode].kumulatif())).isEqualTo(kumulatif);
  }

  /** A line: pagu, realisasi TW I–IV, periode → the TW's and s.d. the TW's serapan; coverage in triwulan cells. */
  @ParameterizedTest(name = "{0} {1} periode {2}")
  @CsvSource(delimiter = ';', value = {
      "400; 100 100 - -; 1; COMPUTED 100 25.00 1/1; COMPUTED 100 25.00 1/1",
      "400; 100 100 - -; 2; COMPUTED 100 25.00 1/1; COMPUTED 200 50.00 2/2",
      "400; 100 100 - -; 3; NOT_REPORTED - - 0/1; COMPUTED 200 50.00 2/3",
      "400; 100 100 - -; 0; COMPUTED 200 50.00 2/4; COMPUTED 200 50.00 2/4",
      "400; - - - -; 4; NOT_REPORTED - - 0/1; NOT_REPORTED - - 0/4",
      "0; 5 - - -; 1; NOT_COMPUTABLE 5 - 1/1; NOT_COMPUTABLE 5 - 1/1",
  })
  void aLineIsServedByTheBudgetLineRules(long pagu, String realisasi, int periode, String triwulan, String kumulatif) {
    BelanjaSerapan.Periode[] p = BelanjaSerapan.baris(new BelanjaSerapan.Baris("5.1.02", pagu, tw(realisasi)));
    assertThat(show(p[periode].triwulan())).isEqualTo(triwulan);
    assertThat(show(p[periode].kumulatif())).isEqualTo(kumulatif);
  }

  @org.junit.jupiter.api.Test
  void aViewWithoutLinesHasNoTotal() {
    assertThat(BelanjaSerapan.total(List.of())).isNull();
  }
}
