package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.11: a budget line carries its realisasi itself or through the lines below it, never both. */
class AnggaranRulesTest {

  /**
   * 7.01.01 → 7.01.01.2.01 → 7.01.01.2.01.0001 / .0002; 7.01.02 → 7.01.02.2.01 (leaf); X-PARENT → X-CHILD by parent
   * only (codes that do not extend each other); 7.01.09.2.01.0001 has a parent that is not in the plan.
   */
  private static final Map<String, AnggaranDef> PLAN = plan(
      line("7.01.01", null), line("7.01.01.2.01", "7.01.01"), line("7.01.01.2.01.0001", "7.01.01.2.01"),
      line("7.01.01.2.01.0002", "7.01.01.2.01"), line("7.01.02", null), line("7.01.02.2.01", "7.01.02"),
      line("X-PARENT", null), line("X-CHILD", "X-PARENT"), line("7.01.09.2.01.0001", "7.01.09.2.01"),
      new AnggaranDef("5.1.02", "Belanja Barang dan Jasa", AnggaranDef.JENIS_BELANJA, null, 1, false, 0, List.of()),
      line("5.1.02.2.01", null));

  @ParameterizedTest(name = "{0} above {1}: {2}")
  @CsvSource({
      "7.01.01, 7.01.01.2.01, true",
      "7.01.01, 7.01.01.2.01.0001, true",
      "7.01.01.2.01, 7.01.01.2.01.0002, true",
      "7.01.01.2.01, 7.01.01, false",
      "7.01.01.2.01.0001, 7.01.01.2.01.0002, false",
      "7.01.01, 7.01.01, false",
      "7.01.01, 7.01.02.2.01, false",
      "7.01.0, 7.01.01, false",
      "X-PARENT, X-CHILD, true",
      "X-CHILD, X-PARENT, false",
      "7.01.09, 7.01.09.2.01.0001, true",
      "7.01.09.2.01, 7.01.09.2.01.0001, true",
      // §2.12: a jenis belanja is a view of its own, never above or below a line of the program tree
      "5.1.02, 5.1.02.2.01, false",
      "5.1.02.2.01, 5.1.02, false" })
  void aboveByParentOrByCode(String atas, String bawah, boolean expected) {
    assertThat(AnggaranRules.above(PLAN, atas, bawah)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with realisasi on [{1}]: {2}")
  @CsvSource(delimiter = ';', value = {
      // nothing entered anywhere, or only on itself or on lines of other branches: no overlap
      "7.01.01.2.01;                                 ; ",
      "7.01.01.2.01;      7.01.01.2.01                ; ",
      "7.01.01.2.01.0001; 7.01.01.2.01.0002 7.01.02     ; ",
      "7.01.01;           7.01.02.2.01                ; ",
      // a line below has realisasi
      "7.01.01;           7.01.01.2.01.0002           ; 7.01.01.2.01.0002 below",
      "7.01.01.2.01;      7.01.02 7.01.01.2.01.0001   ; 7.01.01.2.01.0001 below",
      "X-PARENT;          X-CHILD                     ; X-CHILD below",
      // a line above has realisasi (the first found, in the order given)
      "7.01.01.2.01.0001; 7.01.01.2.01                ; 7.01.01.2.01 above",
      "7.01.01.2.01.0001; 7.01.01 7.01.01.2.01        ; 7.01.01 above",
      "X-CHILD;           X-PARENT                    ; X-PARENT above" })
  void overlapNamesTheLineWithRealisasiAboveOrBelow(String kode, String withRealisasi, String expected) {
    List<String> with = withRealisasi == null ? List.of() : Arrays.asList(withRealisasi.trim().split("\\s+"));
    String actual = AnggaranRules.overlap(PLAN, kode, with).map(o -> o.kode() + (o.above() ? " above" : " below"))
        .orElse(null);
    assertThat(actual).isEqualTo(expected);
  }

  private static AnggaranDef line(String kode, String parent) {
    return new AnggaranDef(kode, kode, null, parent, 0, false, 0, List.of());
  }

  private static Map<String, AnggaranDef> plan(AnggaranDef... lines) {
    Map<String, AnggaranDef> m = new LinkedHashMap<>();
    for (AnggaranDef d : lines) {
      m.put(d.kode(), d);
    }
    return m;
  }
}
