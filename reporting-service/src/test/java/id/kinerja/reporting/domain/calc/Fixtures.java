package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;

/** Shared test data: the scales of docs/domain.md §2.6–2.8 as data, and small builders. */
final class Fixtures {

  private Fixtures() {
  }

  static BigDecimal bd(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /** A text as an Indonesian reader gets it. */
  static String id(Message m) {
    return m.render(Messages.INDONESIAN, ZoneId.of("Asia/Jakarta"));
  }

  /** A text as an English reader gets it. */
  static String en(Message m) {
    return m.render(Messages.ENGLISH, ZoneId.of("Asia/Jakarta"));
  }

  /** [P] Tabel 3.1, encoded: (85, +∞) 4, [70, 85] 3, [55, 70) 2, (−∞, 55) 1. */
  static Skala kinerjaPonorogo() {
    return Skala.of(List.of(
        new Band(null, false, bd("55"), false, 1, "Kurang", null),
        new Band(bd("55"), true, bd("70"), false, 2, "Cukup", null),
        new Band(bd("70"), true, bd("85"), true, 3, "Berhasil", null),
        new Band(bd("85"), false, null, false, 4, "Sangat Berhasil", null)), Skala.Domain.ALL);
  }

  /** Five-level scale, half-open: [91, ∞) 5, [76, 91) 4, [66, 76) 3, [51, 66) 2, (−∞, 51) 1. */
  static Skala fiveLevel() {
    return Skala.of(List.of(
        new Band(null, false, bd("51"), false, 1, "Sangat Rendah", null),
        new Band(bd("51"), true, bd("66"), false, 2, "Rendah", null),
        new Band(bd("66"), true, bd("76"), false, 3, "Sedang", null),
        new Band(bd("76"), true, bd("91"), false, 4, "Tinggi", null),
        new Band(bd("91"), true, null, false, 5, "Sangat Tinggi", null)), Skala.Domain.ALL);
  }

  /** IKM mutu over 25–100, half-open at the 2-decimal boundaries: D [25, 65), C [65, 76.61), B [76.61, 88.31), A [88.31, 100]. */
  static Skala ikmMutu() {
    return Skala.of(List.of(
        new Band(bd("25"), true, bd("65"), false, 1, "Tidak Baik", "D"),
        new Band(bd("65"), true, bd("76.61"), false, 2, "Kurang Baik", "C"),
        new Band(bd("76.61"), true, bd("88.31"), false, 3, "Baik", "B"),
        new Band(bd("88.31"), true, bd("100"), true, 4, "Sangat Baik", "A")),
        new Skala.Domain(bd("25"), bd("100")));
  }

  /** IDM status: ≤ 0,4907; (0,4907, 0,5989]; (0,5989, 0,7072]; (0,7072, 0,8155]; > 0,8155. */
  static Skala idmStatus() {
    return Skala.of(List.of(
        new Band(null, false, bd("0.4907"), true, 1, "Sangat Tertinggal", null),
        new Band(bd("0.4907"), false, bd("0.5989"), true, 2, "Tertinggal", null),
        new Band(bd("0.5989"), false, bd("0.7072"), true, 3, "Berkembang", null),
        new Band(bd("0.7072"), false, bd("0.8155"), true, 4, "Maju", null),
        new Band(bd("0.8155"), false, null, false, 5, "Mandiri", null)), Skala.Domain.ALL);
  }

  static IndikatorRule higher(String kode) {
    return IndikatorRule.builder(kode).build();
  }

  static PerTriwulan<Cell> cells(Cell tw1, Cell tw2, Cell tw3, Cell tw4) {
    return PerTriwulan.of(tw1, tw2, tw3, tw4);
  }

  /** Cell from a short code: "-" not reported, "nd" not due, "na" not applicable, "p/q" components, else a value. */
  static Cell cell(String s) {
    if (s == null || s.equals("-")) {
      return Cell.NOT_REPORTED;
    }
    if (s.equals("nd")) {
      return Cell.NOT_DUE;
    }
    if (s.equals("na")) {
      return Cell.NOT_APPLICABLE;
    }
    int slash = s.indexOf('/');
    if (slash > 0) {
      return Cell.components(bd(s.substring(0, slash)), bd(s.substring(slash + 1)));
    }
    return Cell.value(s);
  }

  static PerTriwulan<Cell> cells(String tw1, String tw2, String tw3, String tw4) {
    return PerTriwulan.of(cell(tw1), cell(tw2), cell(tw3), cell(tw4));
  }

  /** A rounded result as text, or the status name when it has no value. */
  static String shown(CapaianResult c) {
    return c.hasValue() ? Angka.round(c.score()).toPlainString() : c.status().name();
  }

  static String shownRaw(CapaianResult c) {
    return c.hasValue() ? Angka.round(c.raw()).toPlainString() : c.status().name();
  }

  static String shown(Serapan s) {
    return s.hasValue() ? s.display().toPlainString() : s.status().name();
  }

  static String shown(Mean m) {
    return m.hasValue() ? m.display().toPlainString() : m.status().name();
  }

  static String shown(AggregatedValue a) {
    return a.hasValue() ? a.display().toPlainString() : a.status().name();
  }
}
