package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/calculation.md "Pohon kinerja: POHON_RERATA_TERLAPOR": a node's capaian is the mean of the capaian of the
 * distinct indicators linked beneath it that have one; coverage of those linked; none reported → NOT_REPORTED, never 0;
 * predicate from the KINERJA scale ([P] Tabel 3.1).
 *
 * <p>Members: {@code key=value}; value "-" = NOT_REPORTED, "nd" = NOT_DUE, "nc" = NOT_COMPUTABLE, "m:v" = MANUAL v. A
 * key repeated is the same indicator reached by a second path.
 */
class PohonCapaianTest {

  private static List<PohonCapaian.Anggota> members(String spec) {
    List<PohonCapaian.Anggota> out = new ArrayList<>();
    if (spec.isBlank()) {
      return out;
    }
    for (String m : spec.trim().split(" +")) {
      String[] kv = m.split("=", 2);
      String v = kv[1];
      out.add(switch (v) {
        case "-" -> new PohonCapaian.Anggota(kv[0], CapaianStatus.NOT_REPORTED, null);
        case "nd" -> new PohonCapaian.Anggota(kv[0], CapaianStatus.NOT_DUE, null);
        case "nc" -> new PohonCapaian.Anggota(kv[0], CapaianStatus.NOT_COMPUTABLE, null);
        default -> v.startsWith("m:") ? new PohonCapaian.Anggota(kv[0], CapaianStatus.MANUAL, bd(v.substring(2)))
            : new PohonCapaian.Anggota(kv[0], CapaianStatus.COMPUTED, bd(v));
      });
    }
    return out;
  }

  @ParameterizedTest(name = "[{0}] → {1} {2}, {3} of {4}, {5}")
  @CsvSource(delimiter = '|', value = {
      // members                                   | status       | mean (unrounded)                   | rep | linked | predikat
      "a=123.75 b=100                              | COMPUTED     | 111.875                            | 2   | 2      | Sangat Berhasil",
      "a=80 b=-                                    | COMPUTED     | 80                                 | 1   | 2      | Berhasil",
      // not reported never counts as 0: the mean is over the reported one only
      "a=60 b=- c=-                                | COMPUTED     | 60                                 | 1   | 3      | Cukup",
      "a=- b=-                                     | NOT_REPORTED |                                    | 0   | 2      | ",
      // nothing linked: no capaian either, never 0
      "''                                          | NOT_REPORTED |                                    | 0   | 0      | ",
      // the same indicator reached by two paths counts once
      "a=90 a=90 b=60                              | COMPUTED     | 75                                 | 2   | 2      | Berhasil",
      // not due and not computable are linked but have no capaian
      "a=nd b=nc c=70                              | COMPUTED     | 70                                 | 1   | 3      | Berhasil",
      "a=nd b=nc                                   | NOT_REPORTED |                                    | 0   | 2      | ",
      // a manual capaian (TEXT target) has a value
      "a=m:100 b=50                                | COMPUTED     | 75                                 | 2   | 2      | Berhasil",
      // raw values averaged, rounded only for the predicate: 84.996 + 85.0 → 84.998, shown 85,00 → Berhasil (≤ 85)
      "a=84.996 b=85.000                           | COMPUTED     | 84.998                             | 2   | 2      | Berhasil",
      // 85.004 + 85.008 → 85.006, shown 85,01 → Sangat Berhasil (> 85)
      "a=85.004 b=85.008                           | COMPUTED     | 85.006                             | 2   | 2      | Sangat Berhasil",
      // a repeating mean stays unrounded (DECIMAL128)
      "a=100 b=100 c=50                            | COMPUTED     | 83.33333333333333333333333333333333 | 3   | 3      | Berhasil",
      "a=40 b=-                                    | COMPUTED     | 40                                 | 1   | 2      | Kurang" })
  void meanOfTheReportedLinkedIndicators(String spec, String status, String mean, int reported, int linked,
      String predikat) {
    PohonCapaian.Hasil h = PohonCapaian.of(members(spec.equals("''") ? "" : spec), Fixtures.kinerjaPonorogo());
    assertThat(h.status().name()).isEqualTo(status);
    if (mean == null) {
      assertThat(h.nilai()).isNull();
    } else {
      assertThat(h.nilai()).isEqualByComparingTo(mean);
    }
    assertThat(h.cakupan()).isEqualTo(new Coverage(reported, linked));
    assertThat(h.predikat() == null ? null : h.predikat().label()).isEqualTo(predikat);
  }

  @ParameterizedTest(name = "without a scale [{0}] has no predicate")
  @CsvSource({ "a=90 b=70", "a=-" })
  void noScaleNoPredicate(String spec) {
    assertThat(PohonCapaian.of(members(spec), null).predikat()).isNull();
  }
}
