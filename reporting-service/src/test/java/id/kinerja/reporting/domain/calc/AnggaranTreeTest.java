package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.5, §2.9.5: serapan at every level, per TW and cumulative, totals as Σ, missing ≠ 0, over-pagu per level. */
class AnggaranTreeTest {

  private static AnggaranLine line(String kode, String parent, long pagu, String sasaran, Long tw1, Long tw2) {
    return AnggaranLine.of(kode, parent, pagu, sasaran, tw1, tw2, null, null);
  }

  /**
   *   P (program, sasaran S1)            pagu 1.000
   *   ├─ K1 (kegiatan)                   pagu   600
   *   │   ├─ S1a  400   TW I 100, TW II 150
   *   │   └─ S1b  200   TW I –,   TW II 50
   *   └─ K2 (kegiatan, sasaran S2)       pagu   400
   *       └─ S2a  400   TW I 300, TW II 200   (500 > 400: over pagu here, and at K2, not at P)
   *   Q (program, no sasaran)            pagu     0
   *       └─ Qa     0   TW I –, TW II –
   */
  private static AnggaranTree tree() {
    return AnggaranTree.build(List.of(
        line("P", null, 1000, "S1", null, null),
        line("K1", "P", 600, null, null, null),
        line("S1a", "K1", 400, null, 100L, 150L),
        line("S1b", "K1", 200, null, null, 50L),
        line("K2", "P", 400, "S2", null, null),
        line("S2a", "K2", 400, null, 300L, 200L),
        line("Q", null, 0, null, null, null),
        line("Qa", "Q", 0, null, null, null)), 2);
  }

  /**
   * docs/domain.md §2.9.9: the pagu of the leaf lines with a realisasi, in the triwulan and in any triwulan up to it
   * (S1b reported only in TW II: its 200 counts from TW II on; Qa never reported, pagu 0).
   */
  @ParameterizedTest(name = "{0}: reported pagu TW I {1}, TW II {2}, s.d. TW I {3}, s.d. TW II {4}, complete s.d. TW II {5}")
  @CsvSource({
      "S1a, 400, 400, 400, 400, true",
      "S1b, 0, 200, 0, 200, true",
      "K1, 400, 600, 400, 600, true",
      "K2, 400, 400, 400, 400, true",
      "P, 800, 1000, 800, 1000, true",
      "Qa, 0, 0, 0, 0, true",
      "Q, 0, 0, 0, 0, true" })
  void paguCoverageAtEveryLevel(String kode, long tw1, long tw2, long upTo1, long upTo2, boolean complete) {
    AnggaranNode n = tree().node(kode);
    assertThat(n.triwulan().get(1).paguDilaporkan()).isEqualTo(tw1);
    assertThat(n.triwulan().get(2).paguDilaporkan()).isEqualTo(tw2);
    assertThat(n.kumulatif(1).paguDilaporkan()).isEqualTo(upTo1);
    assertThat(n.kumulatif(2).paguDilaporkan()).isEqualTo(upTo2);
    assertThat(n.kumulatif().paguDilaporkan()).isEqualTo(upTo2);
    assertThat(n.kumulatif().paguLengkap()).isEqualTo(complete);
    assertThat(n.triwulan().get(3).paguDilaporkan()).isNull(); // not due
  }

  @Test
  void paguCoverageOfTheTotalAndTheSasaranAndAtTwOne() {
    AnggaranTree t = tree();
    // S1b's 200 is missing in TW I: the total s.d. TW I is not complete, s.d. TW II it is.
    assertThat(t.totalKumulatif(1).paguDilaporkan()).isEqualTo(800L);
    assertThat(t.totalKumulatif(1).paguLengkap()).isFalse();
    assertThat(Angka.round(t.totalKumulatif(1).cakupanPagu()).toPlainString()).isEqualTo("80.00");
    assertThat(t.totalKumulatif().paguLengkap()).isTrue();
    assertThat(t.alokasi("S1").kumulatif(1).paguDilaporkan()).isEqualTo(400L);
    assertThat(t.alokasi("S1").kumulatif().paguDilaporkan()).isEqualTo(600L);
    assertThat(t.alokasi("S2").kumulatif().paguLengkap()).isTrue();
    AnggaranTree asOfOne = AnggaranTree.build(List.of(line("A", null, 300, null, 100L, null),
        line("B", null, 700, null, null, 50L)), 1);
    assertThat(asOfOne.totalKumulatif().paguDilaporkan()).isEqualTo(300L);
    assertThat(Angka.round(asOfOne.totalKumulatif().cakupanPagu()).toPlainString()).isEqualTo("30.00");
  }

  @ParameterizedTest(name = "{0}: TW I {1}, TW II {2}, s.d. TW II {3}, coverage {4}, over pagu {5}")
  @CsvSource({
      "S1a, 25.00, 37.50, 62.50, 2/2, false",
      "S1b, NOT_REPORTED, 25.00, 25.00, 1/2, false",
      "K1, 16.67, 33.33, 50.00, 3/4, false",
      "S2a, 75.00, 50.00, 125.00, 2/2, true",
      "K2, 75.00, 50.00, 125.00, 2/2, true",
      "P, 40.00, 40.00, 80.00, 5/6, false",
      "Qa, NOT_REPORTED, NOT_REPORTED, NOT_REPORTED, 0/2, false",
      "Q, NOT_REPORTED, NOT_REPORTED, NOT_REPORTED, 0/2, false",
  })
  void serapanAtEveryLevel(String kode, String tw1, String tw2, String kum, String coverage, boolean over) {
    AnggaranNode n = tree().node(kode);
    assertThat(shown(n.triwulan().get(1))).isEqualTo(tw1);
    assertThat(shown(n.triwulan().get(2))).isEqualTo(tw2);
    assertThat(shown(n.kumulatif())).isEqualTo(kum);
    assertThat(n.kumulatif().coverage().reported() + "/" + n.kumulatif().coverage().expected()).isEqualTo(coverage);
    assertThat(n.kumulatif().melebihiPagu()).isEqualTo(over);
    assertThat(n.triwulan().get(3).status()).isEqualTo(CapaianStatus.NOT_DUE);
  }

  @Test
  void missingChildIsNotZeroAndParentUsesItsFullPagu() {
    AnggaranNode k1 = tree().node("K1");
    assertThat(k1.triwulan().get(1).realisasi()).isEqualTo(100L);
    assertThat(k1.triwulan().get(1).pagu()).isEqualTo(600L);
    assertThat(k1.triwulan().get(1).coverage()).isEqualTo(new Coverage(1, 2));
    assertThat(tree().node("S1b").triwulan().get(1).realisasi()).isNull();
    assertThat(tree().node("S1b").triwulan().get(1).sisa()).isNull();
  }

  @Test
  void sisaAndTotals() {
    AnggaranTree t = tree();
    Serapan p = t.node("P").kumulatif();
    assertThat(p.realisasi()).isEqualTo(800L);
    assertThat(p.sisa()).isEqualTo(200L);
    assertThat(Angka.round(p.sisaPersen())).isEqualByComparingTo("20.00");
    assertThat(t.node("K2").kumulatif().sisa()).isEqualTo(-100L);
    assertThat(t.totalKumulatif().pagu()).isEqualTo(1000L);
    assertThat(shown(t.totalKumulatif())).isEqualTo("80.00");
    assertThat(t.totalKumulatif().coverage()).isEqualTo(new Coverage(5, 8));
    assertThat(shown(t.totalTriwulan().get(1))).isEqualTo("40.00");
    assertThat(t.roots()).extracting(AnggaranNode::kode).containsExactly("P", "Q");
    assertThat(t.node("P").children()).extracting(AnggaranNode::kode).containsExactly("K1", "K2");
  }

  @Test
  void cumulativeOfAnEarlierTriwulanEqualsATreeBuiltAsOfIt() {
    List<AnggaranLine> lines = List.of(
        line("P", null, 1000, "S1", null, null),
        line("K1", "P", 600, null, null, null),
        line("S1a", "K1", 400, null, 100L, 150L),
        line("S1b", "K1", 200, null, null, 50L),
        line("Z", null, 0, null, 5L, null));
    AnggaranTree year = AnggaranTree.build(lines, 4);
    for (int n = 1; n <= 4; n++) {
      AnggaranTree asOf = AnggaranTree.build(lines, n);
      for (AnggaranNode node : asOf.index().values()) {
        assertThat(year.node(node.kode()).kumulatif(n)).as(node.kode() + " s.d. TW " + n).isEqualTo(node.kumulatif());
      }
      assertThat(year.totalKumulatif(n)).isEqualTo(asOf.totalKumulatif());
      assertThat(year.alokasi("S1").kumulatif(n)).isEqualTo(asOf.alokasi("S1").kumulatif());
    }
    assertThat(tree().node("P").kumulatif(2)).isEqualTo(tree().node("P").kumulatif());
    assertThatThrownBy(() -> tree().node("P").kumulatif(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paguZeroIsNotComputableNeverZeroPercent() {
    AnggaranTree t = AnggaranTree.build(List.of(line("Z", null, 0, null, 0L, 5L)), 2);
    assertThat(t.node("Z").triwulan().get(1).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(t.node("Z").triwulan().get(1).persen()).isNull();
    assertThat(t.node("Z").triwulan().get(2).melebihiPagu()).isTrue();
    assertThat(Angka.format(t.node("Z").kumulatif())).isEqualTo("–");
    assertThat(Serapan.of(0, 0L).status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(Serapan.of(100, 0L).display()).isEqualByComparingTo("0.00");
  }

  @Test
  void alokasiPerSasaranFollowsTheInheritedMapping() {
    AnggaranTree t = tree();
    assertThat(t.alokasi()).extracting(SasaranAlokasi::sasaranKode).containsExactly("S1", "S2", null);
    SasaranAlokasi s1 = t.alokasi("S1");
    assertThat(s1.kumulatif().pagu()).isEqualTo(600L);
    assertThat(s1.kumulatif().realisasi()).isEqualTo(300L);
    assertThat(shown(s1.kumulatif())).isEqualTo("50.00");
    assertThat(shown(t.alokasi("S2").kumulatif())).isEqualTo("125.00");
    assertThat(t.node("S2a").sasaranKode()).isEqualTo("S2");
    assertThat(t.node("S1b").sasaranKode()).isEqualTo("S1");
  }

  @Test
  void totalPercentIsRatioOfSumsNotMeanOfPercentages() {
    AnggaranTree t = AnggaranTree.build(List.of(line("A", null, 100, null, 100L, null), line("B", null, 900, null, 0L, null)), 1);
    assertThat(shown(t.totalKumulatif())).isEqualTo("10.00");
  }

  @Test
  void warnsAboutPlannedParentPaguRealisasiOnParentsAndUnknownParents() {
    AnggaranTree t = AnggaranTree.build(List.of(
        line("P", null, 83365330, null, 5L, null),
        line("a", "P", 150857850, null, 1L, null),
        line("x", "nope", 10, null, 1L, null)), 1);
    assertThat(t.warnings()).extracting(Warning::kode).containsExactlyInAnyOrder(Warning.PAGU_DIFFERS_FROM_CHILDREN,
        Warning.REALISASI_ON_PARENT_IGNORED, Warning.UNKNOWN_PARENT);
    assertThat(t.node("P").pagu()).isEqualTo(150857850L);
    assertThat(t.node("P").paguTercatat()).isEqualTo(83365330L);
    assertThat(t.node("P").kumulatif().realisasi()).isEqualTo(1L);
    assertThat(t.roots()).extracting(AnggaranNode::kode).containsExactly("P", "x");
  }

  /**
   * docs/domain.md §2.11: a line with children whose sub-lines have no realisasi in a triwulan counts its own there.
   *
   *   P  (program, S1)   own TW I 50 (ignored: K1 and K2 below report in TW I)
   *   ├─ K1 (kegiatan)   own TW I 300              K1a 600, K1b 200: nothing
   *   └─ K2 (kegiatan, S2) own TW II 90            K2a 200: TW I 150
   *   Q  (program, –)    own TW II 40              Qa 100: nothing
   */
  private static AnggaranTree ownTree(int asOfTw) {
    return AnggaranTree.build(List.of(
        line("P", null, 1000, "S1", 50L, null),
        line("K1", "P", 800, null, 300L, null),
        line("K1a", "K1", 600, null, null, null),
        line("K1b", "K1", 200, null, null, null),
        line("K2", "P", 200, "S2", null, 90L),
        line("K2a", "K2", 200, null, 150L, null),
        line("Q", null, 100, null, null, 40L),
        line("Qa", "Q", 100, null, null, null)), asOfTw);
  }

  @ParameterizedTest(name = "{0}: TW I {1}, TW II {2}, s.d. TW II {3}, coverage {4}, over pagu {5}")
  @CsvSource({
      // its own realisasi in TW I (one reported cell in place of the two below it), nothing in TW II
      "K1, 37.50, NOT_REPORTED, 37.50, 1/3, false",
      "K1a, NOT_REPORTED, NOT_REPORTED, NOT_REPORTED, 0/2, false",
      // the sub kegiatan's TW I, its own TW II; over pagu at this level (240 > 200)
      "K2, 75.00, 45.00, 120.00, 2/2, true",
      // Σ of its kegiatan: its own TW I 50 is ignored beside the realisasi below it
      "P, 45.00, 9.00, 54.00, 3/5, false",
      "Q, NOT_REPORTED, 40.00, 40.00, 1/2, false",
  })
  void aParentWithoutRealisasiBelowItCountsItsOwn(String kode, String tw1, String tw2, String kum, String coverage,
      boolean over) {
    AnggaranNode n = ownTree(2).node(kode);
    assertThat(shown(n.triwulan().get(1))).isEqualTo(tw1);
    assertThat(shown(n.triwulan().get(2))).isEqualTo(tw2);
    assertThat(shown(n.kumulatif())).isEqualTo(kum);
    assertThat(n.kumulatif().coverage().reported() + "/" + n.kumulatif().coverage().expected()).isEqualTo(coverage);
    assertThat(n.kumulatif().melebihiPagu()).isEqualTo(over);
  }

  @Test
  void aParentsOwnRealisasiCoversItsWholePaguInItsTriwulanAndAfter() {
    AnggaranTree t = ownTree(2);
    // K1 (pagu 800) reports its own TW I: its whole pagu is reported in TW I and s.d. TW II
    assertThat(t.node("K1").triwulan().get(1).paguDilaporkan()).isEqualTo(800L);
    assertThat(t.node("K1").kumulatif().paguDilaporkan()).isEqualTo(800L);
    // Q (pagu 100) reports its own TW II only
    assertThat(t.node("Q").kumulatif(1).paguDilaporkan()).isEqualTo(0L);
    assertThat(t.node("Q").triwulan().get(2).paguDilaporkan()).isEqualTo(100L);
    // K2: its sub kegiatan in TW I, its own in TW II — never counted twice
    assertThat(t.node("K2").kumulatif().paguDilaporkan()).isEqualTo(200L);
    assertThat(t.node("P").kumulatif().paguDilaporkan()).isEqualTo(1000L);
    assertThat(t.totalKumulatif().paguDilaporkan()).isEqualTo(1100L);
  }

  @Test
  void ownRealisasiOfAParentReachesTheTotalAndItsSasaranAndNeverBothCount() {
    AnggaranTree t = ownTree(2);
    assertThat(t.node("P").kumulatif().realisasi()).isEqualTo(540L);
    assertThat(t.totalTriwulan().get(1).realisasi()).isEqualTo(450L);
    assertThat(t.totalTriwulan().get(1).coverage()).isEqualTo(new Coverage(2, 3));
    assertThat(t.totalTriwulan().get(2).realisasi()).isEqualTo(130L);
    assertThat(shown(t.totalKumulatif())).isEqualTo("52.73");
    assertThat(t.totalKumulatif().sisa()).isEqualTo(520L);
    // only P's own TW I is ignored, and said so
    assertThat(t.warnings()).extracting(Warning::kode, Warning::subjek)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Warning.REALISASI_ON_PARENT_IGNORED, "P"));
    // the alokasi: a parent's own realisasi goes to its sasaran in force, in place of the cells below it
    assertThat(t.alokasi()).extracting(SasaranAlokasi::sasaranKode).containsExactly("S1", "S2", null);
    Serapan s1 = t.alokasi("S1").kumulatif();
    assertThat(s1.pagu()).isEqualTo(800L);
    assertThat(s1.realisasi()).isEqualTo(300L);
    assertThat(s1.coverage()).isEqualTo(new Coverage(1, 3));
    Serapan s2 = t.alokasi("S2").kumulatif();
    assertThat(s2.realisasi()).isEqualTo(240L);
    assertThat(s2.coverage()).isEqualTo(new Coverage(2, 2));
    assertThat(s2.melebihiPagu()).isTrue();
    Serapan none = t.alokasi().get(2).kumulatif();
    assertThat(none.pagu()).isEqualTo(100L);
    assertThat(none.realisasi()).isEqualTo(40L);
    assertThat(none.coverage()).isEqualTo(new Coverage(1, 2));
  }

  @Test
  void ownRealisasiOfAParentWhoseSubLinesServeSeveralSasaranBelongsToNoneOfThem() {
    AnggaranTree t = AnggaranTree.build(List.of(
        line("R", null, 300, "S1", 30L, null),
        line("Ra", "R", 100, null, null, null),
        line("Rb", "R", 200, "S2", null, null)), 2);
    assertThat(t.node("R").kumulatif().realisasi()).isEqualTo(30L);
    assertThat(shown(t.node("R").kumulatif())).isEqualTo("10.00");
    assertThat(t.totalKumulatif().realisasi()).isEqualTo(30L);
    // the alokasi are those of the plan's lines without children, with their cells unreported
    assertThat(t.alokasi()).extracting(SasaranAlokasi::sasaranKode).containsExactly("S1", "S2");
    assertThat(t.alokasi("S1").kumulatif().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(t.alokasi("S1").kumulatif().coverage()).isEqualTo(new Coverage(0, 2));
    assertThat(t.alokasi("S2").kumulatif().pagu()).isEqualTo(200L);
    assertThat(t.alokasi("S2").kumulatif().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
  }

  @Test
  void aParentsOwnRealisasiOfALaterTriwulanIsNotDueYet() {
    AnggaranTree t = ownTree(1);
    assertThat(t.node("Q").kumulatif().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(t.node("Q").triwulan().get(2).status()).isEqualTo(CapaianStatus.NOT_DUE);
    assertThat(t.node("P").kumulatif().realisasi()).isEqualTo(450L);
    assertThat(t.node("K2").kumulatif().melebihiPagu()).isFalse();
    // the run as of TW I equals TW I of the run as of TW II (a figure never sees a later triwulan)
    assertThat(t.node("K1").kumulatif()).isEqualTo(ownTree(2).node("K1").kumulatif(1));
    assertThat(t.totalKumulatif()).isEqualTo(ownTree(2).totalKumulatif(1));
  }

  @Test
  void refusesDuplicatesCyclesAndNegativeAmounts() {
    assertThatThrownBy(() -> AnggaranTree.build(List.of(line("A", null, 1, null, null, null), line("A", null, 1, null, null, null)), 1))
        .isInstanceOf(PlanNotComputable.class).hasMessage("budget line A given twice")
        .satisfies(e -> assertThat(Fixtures.id(((PlanNotComputable) e).reason())).isEqualTo("baris anggaran A tercantum dua kali"));
    assertThatThrownBy(() -> AnggaranTree.build(List.of(line("A", "B", 1, null, null, null), line("B", "A", 1, null, null, null)), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line("A", null, -1, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line("A", null, 1, null, -1L, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
