package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.en;
import static id.kinerja.reporting.domain.calc.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §2.9.7, §4: comparison at the printed precision, one flag per mismatch. */
class AuditTest {

  @ParameterizedTest(name = "printed {0} vs computed {1} → mismatch {2}")
  @CsvSource({
      "100.4, 100.4166666, false",
      "100.42, 100.4166666, false",
      "100.41, 100.4166666, true",
      "100, 100.4166666, false",
      "101, 100.4166666, true",
      "119, 123.75, true",
      "124, 123.75, false",
      "123.8, 123.75, false",
      "123.7, 123.75, true",
      "93, 92.6877, false",
      "87, 92.6877, true",
      "95.6, 97.0970, true",
      "8.90, 8.905, true",
      "8.91, 8.905, false",
      "0, 0.004, false",
      "1886154145, 1867054145, true",
  })
  void comparesAtThePrintedPrecision(String printed, String computed, boolean mismatch) {
    assertThat(Audit.matches(bd(printed), bd(computed))).isEqualTo(!mismatch);
    Optional<AuditFlag> flag = Audit.figure(AuditKind.CAPAIAN, "x", bd(printed), bd(computed), null);
    assertThat(flag.isPresent()).isEqualTo(mismatch);
    flag.ifPresent(f -> {
      assertThat(f.printedValue()).isEqualByComparingTo(printed);
      assertThat(f.computed()).isEqualByComparingTo(computed);
      assertThat(id(f.explanation())).isNotBlank();
      assertThat(en(f.explanation())).isNotBlank().isNotEqualTo(id(f.explanation()));
    });
  }

  @Test
  void valuesPrintedWhereTheEngineHasNoneAreFlagged() {
    AuditFlag f = Audit.capaian("TW II", bd("0"), CapaianResult.NOT_REPORTED).orElseThrow();
    assertThat(f.kind()).isEqualTo(AuditKind.ABSENT_PRINTED_AS_VALUE);
    assertThat(id(f.explanation())).isEqualTo("tercetak 0, padahal sistem tidak memiliki angkanya: belum dilaporkan:"
        + " ditampilkan sebagai –, tidak pernah 0 atau 100");
    assertThat(en(f.explanation())).contains("not reported");
    assertThat(Audit.capaian("TW II", null, CapaianResult.NOT_REPORTED)).isEmpty();
    AuditFlag pagu0 = Audit.serapan("f", bd("0"), Serapan.of(0, 0L)).orElseThrow();
    assertThat(pagu0.kind()).isEqualTo(AuditKind.ABSENT_PRINTED_AS_VALUE);
    assertThat(id(pagu0.explanation())).contains("pagu 0: serapan tidak dapat dihitung");
  }

  @Test
  void meanNamesTheDivisorThePrintedFigureImplies() {
    Mean m = new Mean(CapaianStatus.COMPUTED, bd("17.81"), new Coverage(1, 2), CapaianBasis.RAW, false);
    AuditFlag f = Audit.mean("TW II", bd("8.90"), m).orElseThrow();
    assertThat(f.kind()).isEqualTo(AuditKind.MEAN);
    assertThat(id(f.explanation())).isEqualTo("tercetak 8,90 ≠ hasil hitung 17,81 (rata-rata 1 capaian RAW, 1 dari 2"
        + " dilaporkan; angka tercetak adalah Σ 1 angka / 2: 1 yang belum dilaporkan dihitung sebagai 0; 8,905 dipotong"
        + " (atau dibulatkan dalam aritmetika titik mengambang biner), bukan dibulatkan HALF_UP menjadi 8,91)");
    assertThat(en(f.explanation())).contains("/ 2").contains("1 unreported counted as 0").contains("8.905 truncated");
    Mean two = new Mean(CapaianStatus.COMPUTED, bd("36.965"), new Coverage(2, 2), CapaianBasis.RAW, false);
    assertThat(id(Audit.mean("TW I", bd("24.64"), two).orElseThrow().explanation())).contains("/ 3")
        .contains("pembaginya salah");
    assertThat(Audit.mean("TW I", bd("36.97"), two)).isEmpty();
  }

  @Test
  void totalsLabelsDuplicatesAndUnits() {
    assertThat(id(Audit.total("PK", bd("2116474500"), List.of(bd("1990713900"), bd("78287800"), bd("0"), bd("11000000"),
        bd("36452800"))).orElseThrow().explanation())).isEqualTo("tercetak 2.116.474.500 ≠ Σ 5 baris 2.116.454.500:"
        + " jumlah baris kurang 20.000 dari total tercetak");
    assertThat(Audit.total("ok", bd("3"), List.of(bd("1"), bd("2")))).isEmpty();
    assertThat(id(Audit.label("E8", "Sangat Berhasil", Fixtures.kinerjaPonorogo(), bd("85"), 2).orElseThrow().explanation()))
        .isEqualTo("tercetak \"Sangat Berhasil\", padahal 85,00 berada pada [70, 85] \"Berhasil\" (skor 3) di skala");
    assertThat(Audit.label("x", " sangat berhasil ", Fixtures.kinerjaPonorogo(), bd("85.01"), 2)).isEmpty();
    assertThat(Audit.label("staff", "BAIK", Fixtures.kinerjaPonorogo(), bd("100"), 2)).isPresent();
    assertThat(Audit.duplicates("SKM 2024", List.of(bd("99"), bd("98"), bd("99.00"))).orElseThrow().printed())
        .isEqualTo("99; 98");
    assertThat(Audit.duplicates("x", List.of(bd("80"), bd("80.00")))).isEmpty();
    assertThat(Audit.unit("SKM", "%", "indeks")).isPresent();
    assertThat(Audit.unit("x", "Persen", "%")).isEmpty();
    assertThat(Audit.unit("IDM target", "Desa", "%")).isPresent();
  }

  @Test
  void budgetTableAcceptsPrintedDecimalsAndFlagsAPercentOnAZeroTotal() {
    List<PrintedAnggaranRow> rows = List.of(
        new PrintedAnggaranRow("a", null, "a", bd("100.50"), bd("50.25"), bd("50")),
        new PrintedAnggaranRow("b", null, "b", bd("0"), bd("0"), null));
    assertThat(Audit.budgetTable(rows, new PrintedAnggaranRow("J", null, "Jumlah", bd("100.50"), bd("50.25"), bd("50.00"))))
        .isEmpty();
    List<PrintedAnggaranRow> zero = List.of(new PrintedAnggaranRow("a", null, "a", bd("0"), bd("0"), null));
    assertThat(Audit.budgetTable(zero, new PrintedAnggaranRow("J", null, "Jumlah", bd("0"), bd("0"), bd("0"))))
        .extracting(AuditFlag::kind).containsExactly(AuditKind.ABSENT_PRINTED_AS_VALUE);
    List<PrintedAnggaranRow> over = List.of(new PrintedAnggaranRow("a", null, "a", bd("10"), bd("12"), bd("120")));
    assertThat(Audit.budgetTable(over, null)).extracting(AuditFlag::kind).containsExactly(AuditKind.REALISASI_OVER_PAGU);
  }

  @Test
  void computedAnggaranTreeFlagsOverPaguAtEveryLevelWhereTrue() {
    AnggaranTree t = AnggaranTree.build(List.of(
        AnggaranLine.of("P", null, 999, null, null, null, null, null),
        AnggaranLine.of("a", "P", 100, null, 150L, null, null, null),
        AnggaranLine.of("b", "P", 900, null, 10L, null, null, null)), 1);
    List<AuditFlag> flags = Audit.budget(t);
    assertThat(flags).extracting(AuditFlag::kind, AuditFlag::subjek).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(AuditKind.REALISASI_OVER_PAGU, "a"),
        org.assertj.core.groups.Tuple.tuple(AuditKind.PARENT_CHILD_TOTAL, "P"));
  }
}
