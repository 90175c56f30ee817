package id.kinerja.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.kinerja.reporting.export.PohonLayout.Baris;
import id.kinerja.reporting.export.PohonLayout.Gaya;
import id.kinerja.reporting.export.PohonLayout.Hasil;
import id.kinerja.reporting.export.PohonLayout.Kertas;
import id.kinerja.reporting.export.PohonLayout.Kotak;
import id.kinerja.reporting.export.PohonLayout.Teks;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.PohonViews.Simpul;

/**
 * The layout of the pohon kinerja drawing, with text half as wide as its size per character (so the expected pages
 * follow from the numbers): page and font by the tree's size, and on every page no box overlapping another, boxes
 * and lines inside the drawing area, lines never through a box, every node once, each joined to its parent.
 */
class PohonLayoutTest {

  /** Every character half its size wide. */
  static final PohonLayout.Ukur UKUR = (s, bold, size) -> s.length() * size * 0.5f;
  private static final String URAIAN = "Meningkatnya kualitas pelayanan publik di kecamatan ini ya"; // 59 characters

  static Function<Simpul, List<Teks>> isi() {
    return s -> List.of(new Teks(s.jenis() + " " + s.kode(), Gaya.JUDUL, 2), new Teks(s.uraian(), Gaya.BIASA, 3),
        new Teks("Capaian 104,25 %", Gaya.TEBAL, 1));
  }

  static Simpul node(String id, int depth, List<Simpul> anak) {
    JenisSimpul j = JenisSimpul.values()[Math.min(depth, JenisSimpul.values().length - 1)];
    return new Simpul(id, j, id, URAIAN, null, List.of(), null, null, null, null, null, null, anak);
  }

  /** A regular tree: {@code fan[d]} children under each node of depth d. */
  static List<Simpul> tree(int... fan) {
    List<Simpul> roots = new ArrayList<>();
    for (int i = 0; i < fan[0]; i++) {
      roots.add(build("R" + i, 0, fan));
    }
    return roots;
  }

  private static Simpul build(String id, int depth, int[] fan) {
    List<Simpul> anak = new ArrayList<>();
    if (depth + 1 < fan.length) {
      for (int i = 0; i < fan[depth + 1]; i++) {
        anak.add(build(id + "." + i, depth + 1, fan));
      }
    }
    return node(id, depth, anak);
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        // what, kecamatan tree, fan-out per depth, paper, font, more than one page
        Arguments.of("small kecamatan tree: one A4 page, largest font", true, new int[] { 1, 2, 2 }, "A4", 9f, false),
        Arguments.of("empty tree", true, new int[] { 0 }, "A4", 9f, false),
        Arguments.of("12 leaves, kabupaten: too tall for A4, one A3 page", false, new int[] { 1, 3, 4 }, "A3", 9f,
            false),
        Arguments.of("12 leaves, kecamatan: A4 paginated at the smallest font", true, new int[] { 1, 3, 4 }, "A4", 7f,
            true),
        Arguments.of("A4 with a smaller font: 9 leaves", true, new int[] { 1, 1, 9 }, "A4", 7.5f, false),
        Arguments.of("40 kecamatan x 3 sasaran x 1 anggaran: A3 paginated", false, new int[] { 1, 1, 40, 3, 1 }, "A3",
            7f, true),
        Arguments.of("30 sasaran of a kecamatan: A4 paginated", true, new int[] { 1, 6, 5 }, "A4", 7f, true),
        Arguments.of("8 levels deep: too narrow for A4, one A3 page", true, new int[] { 1, 1, 1, 1, 1, 1, 1, 1 }, "A3",
            9f, false),
        Arguments.of("8 levels deep and wide: A3 paginated", true, new int[] { 1, 2, 2, 2, 2, 2, 1, 1 }, "A3", 7f, true),
        Arguments.of("many roots", false, new int[] { 60 }, "A3", 7f, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void pageAndFontByTheTreesSize(String what, boolean kecamatan, int[] fan, String paper, float font, boolean paged) {
    List<Simpul> akar = fan[0] == 0 ? List.of() : tree(fan);
    Hasil h = PohonLayout.susun(akar, kecamatan, isi(), "(lanjutan)", UKUR);
    assertThat(h.kertas().nama()).as(what).isEqualTo(paper);
    assertThat(h.font()).as(what).isEqualTo(font);
    assertThat(h.halaman().size() > 1).as(what + ": pages " + h.halaman().size()).isEqualTo(paged);
    assertThat(PohonLayoutCheck.problems(akar, h)).as(what).isEmpty();
  }

  @Test
  void aPaginatedTreeRepeatsTheAncestorsAndCutsBeforeShallowNodes() {
    List<Simpul> akar = tree(1, 1, 40, 3, 1);
    Hasil h = PohonLayout.susun(akar, false, isi(), "(lanjutan)", UKUR);
    assertThat(h.halaman().size()).isGreaterThan(3);
    for (int p = 1; p < h.halaman().size(); p++) {
      List<Kotak> boxes = h.halaman().get(p).kotak();
      Kotak first = boxes.stream().filter(b -> !b.lanjutan()).findFirst().orElseThrow();
      // a page starts with a kecamatan's tujuan (a subtree), its RPJMD tujuan and sasaran repeated above it
      assertThat(first.tingkat()).as("page " + (p + 1)).isEqualTo(2);
      assertThat(boxes.stream().filter(Kotak::lanjutan).map(k -> k.baris().get(1).teks()).toList())
          .containsExactly("(lanjutan)", "(lanjutan)");
      // the bus of the RPJMD sasaran continues on the next page: dashed to the bottom, except on the last page
      boolean dashed = h.halaman().get(p).garis().stream().anyMatch(PohonLayout.Garis::bersambung);
      assertThat(dashed).as("page " + (p + 1)).isEqualTo(p < h.halaman().size() - 1);
    }
    // pages are well filled: each but the last at least half full
    for (int p = 0; p < h.halaman().size() - 1; p++) {
      List<Kotak> boxes = h.halaman().get(p).kotak();
      float bottom = (float) boxes.stream().mapToDouble(Kotak::bawah).max().orElse(0);
      assertThat(bottom - h.kertas().bidangAtas()).isGreaterThan(h.kertas().bidangTinggi() / 2);
    }
  }

  @Test
  void columnsByDepthAndLinesInTheGaps() {
    List<Simpul> akar = tree(1, 2, 2);
    Hasil h = PohonLayout.susun(akar, true, isi(), "(lanjutan)", UKUR);
    List<Kotak> boxes = h.halaman().get(0).kotak();
    assertThat(boxes).extracting(Kotak::tingkat).containsExactly(0, 1, 2, 2, 1, 2, 2);
    assertThat(boxes).extracting(Kotak::x).containsExactly(24f, 254f, 484f, 484f, 254f, 484f, 484f);
    // a parent at the top of its children's band: same top as its first child
    assertThat(boxes.get(0).y()).isEqualTo(boxes.get(1).y()).isEqualTo(boxes.get(2).y());
    assertThat(h.kolom()).isEqualTo(PohonLayout.MAX_COLUMN);
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        // text, max lines, room (points at size 10: 5 per character), expected lines
        Arguments.of("Meningkatnya kualitas pelayanan", 3, 80f, List.of("Meningkatnya", "kualitas", "pelayanan")),
        Arguments.of("Meningkatnya kualitas pelayanan", 2, 80f, List.of("Meningkatnya", "kualitas…")),
        Arguments.of("Meningkatnya kualitas pelayanan", 1, 120f, List.of("Meningkatnya kualitas…")),
        Arguments.of("Meningkatnya kualitas pelayanan", 2, 120f, List.of("Meningkatnya kualitas", "pelayanan")),
        Arguments.of("Meningkatnya kualitas pelayanan", 3, 200f, List.of("Meningkatnya kualitas pelayanan")),
        Arguments.of("IKU-KEC-MLARAK-2024-SKM-01", 3, 50f, List.of("IKU-KEC-ML", "ARAK-2024-", "SKM-01")),
        Arguments.of("a b", 1, 5f, List.of("…")),
        // a percent sign stays with its number, "Rp" with its amount
        Arguments.of("serapan 74,50 %", 3, 70f, List.of("serapan", "74,50 %")),
        Arguments.of("Pagu Rp 48.500.000", 3, 70f, List.of("Pagu", "Rp 48.500.000")),
        Arguments.of("  ", 3, 100f, List.of()));
  }

  @ParameterizedTest(name = "{0} in {2} pt, {1} lines")
  @MethodSource("texts")
  void wrappedAndCutWithAnEllipsis(String text, int max, float room, List<String> expected) {
    List<Baris> lines = PohonLayout.lines(List.of(new Teks(text, Gaya.BIASA, max)), room, 10, UKUR);
    assertThat(lines).extracting(Baris::teks).containsExactlyElementsOf(expected);
  }

  @Test
  void aPredicateJoinsTheCapaiansLineWhenItFitsThereWhole() {
    List<Teks> isi = List.of(new Teks("Capaian 90,68 %", Gaya.TEBAL, 1),
        new Teks("Sangat Berhasil", Gaya.TEBAL, 1, true));
    // 5 points a character at size 10
    assertThat(PohonLayout.lines(isi, 200, 10, UKUR)).extracting(Baris::teks)
        .containsExactly("Capaian 90,68 % · Sangat Berhasil");
    assertThat(PohonLayout.lines(isi, 100, 10, UKUR)).extracting(Baris::teks)
        .containsExactly("Capaian 90,68 %", "Sangat Berhasil");
  }

  @Test
  void thePapers() {
    assertThat(Kertas.A4_LANDSCAPE.lebar()).isGreaterThan(Kertas.A4_LANDSCAPE.tinggi());
    assertThat(Kertas.A3_LANDSCAPE.lebar()).isGreaterThan(Kertas.A3_LANDSCAPE.tinggi());
  }
}
