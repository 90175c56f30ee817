package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.problem.FieldViolation;

class IndikatorRulesTest {

  private static final IndikatorDef NUMBER = new IndikatorDef("IKU-01", "Persentase fasilitasi", "%", "NUMBER", "SUM", null,
      null, 2, Set.of(1, 2, 3, 4), false, false, null, 0, null, java.util.Map.of());
  private static final IndikatorDef KOMPONEN = new IndikatorDef("IKU-02", "Rata-rata dokumen desa tepat waktu", "%",
      "NUMBER", "RATIO_OF_SUMS", "dokumen tepat waktu", "dokumen", 2, Set.of(1, 2, 3, 4), false, false, null, 1, null, java.util.Map.of());
  private static final IndikatorDef TEKS = new IndikatorDef("IKU-03", "Status dokumen", "-", "TEXT", "LAST", null, null, 0,
      Set.of(4), false, false, null, 2, null, java.util.Map.of());
  private static final IndikatorDef NEGATIF = new IndikatorDef("IKU-04", "Pertumbuhan", "%", "NUMBER", "LAST", null, null, 2,
      Set.of(1, 2, 3, 4), false, true, null, 3, null, java.util.Map.of());

  private static NilaiIndikator reported(String nilai) {
    return new NilaiIndikator(Keadaan.REPORTED, nilai == null ? null : new BigDecimal(nilai), null, null, null, null, null,
        null, null, null, null);
  }

  private static List<String> rules(IndikatorDef def, int tw, NilaiIndikator v, String satuan) {
    return IndikatorRules.validate(def, tw, v, satuan, f -> "indikator[0]." + f).stream()
        .map(e -> e.field() + ":" + e.rule()).toList();
  }

  @ParameterizedTest(name = "nilai {0} → {1}")
  @CsvSource({
      "0, ''", // 0 is a value
      "37.84, ''",
      "37.840, ''", // trailing zeros carry no precision
      "33.333, indikator[0].nilai:max-precision",
      "-1, indikator[0].nilai:must-not-be-negative" })
  void numericValue(String nilai, String expected) {
    assertThat(String.join(",", rules(NUMBER, 2, reported(nilai), null))).isEqualTo(expected);
  }

  @Test
  void negativeOnlyWhereThePlanUsesNegatives() {
    assertThat(rules(NEGATIF, 2, reported("-2.5"), null)).isEmpty();
  }

  @Test
  void reportedNeedsItsValueAndNotReportedIsNeverEntered() {
    assertThat(rules(NUMBER, 2, reported(null), null)).containsExactly("indikator[0].nilai:required-when-reported");
    NilaiIndikator notReported = new NilaiIndikator(Keadaan.NOT_REPORTED, null, null, null, null, null, null, null, null,
        null, null);
    assertThat(rules(NUMBER, 2, notReported, null)).containsExactly("indikator[0].keadaan:must-be-reported-or-not-applicable");
  }

  @Test
  void componentsAreRequiredWhereTheIndicatorIsDefinedByThem() {
    // E11: 12 of 36 documents on time.
    NilaiIndikator ok = new NilaiIndikator(Keadaan.REPORTED, null, new BigDecimal("12"), new BigDecimal("36"), null, null,
        null, null, null, null, null);
    assertThat(rules(KOMPONEN, 1, ok, null)).isEmpty();
    assertThat(rules(KOMPONEN, 1, reported("33.33"), null)).containsExactly("indikator[0].nilai:must-use-komponen",
        "indikator[0].pembilang:required-by-komponen", "indikator[0].penyebut:required-by-komponen");
    NilaiIndikator zeroDenominator = new NilaiIndikator(Keadaan.REPORTED, null, new BigDecimal("0"), new BigDecimal("0"), null,
        null, null, null, null, null, null);
    assertThat(rules(KOMPONEN, 1, zeroDenominator, null)).containsExactly("indikator[0].penyebut:must-be-positive");
    NilaiIndikator componentsOnPlainIndicator = new NilaiIndikator(Keadaan.REPORTED, BigDecimal.ONE, BigDecimal.ONE,
        BigDecimal.TEN, null, null, null, null, null, null, null);
    assertThat(rules(NUMBER, 1, componentsOnPlainIndicator, null)).containsExactly(
        "indikator[0].pembilang:komponen-not-defined", "indikator[0].penyebut:komponen-not-defined");
  }

  @Test
  void textIndicatorTakesText() {
    NilaiIndikator text = new NilaiIndikator(Keadaan.REPORTED, null, null, null, "Tersusun", new BigDecimal("100"),
        "lengkap", null, null, null, null);
    assertThat(rules(TEKS, 4, text, null)).isEmpty();
    assertThat(rules(TEKS, 4, reported("1"), null)).containsExactly("indikator[0].teks:required-for-text-indicator",
        "indikator[0].nilai:must-be-empty-for-text-indicator");
    NilaiIndikator textOnNumber = new NilaiIndikator(Keadaan.REPORTED, BigDecimal.ONE, null, null, "satu", null, null, null,
        null, null, null);
    assertThat(rules(NUMBER, 1, textOnNumber, null)).containsExactly("indikator[0].teks:must-be-empty-for-numeric-indicator");
  }

  @Test
  void notApplicableNeedsAReasonAndNoValue() {
    NilaiIndikator na = new NilaiIndikator(Keadaan.NOT_APPLICABLE, BigDecimal.ZERO, null, null, null, null, null, null, null,
        null, null);
    assertThat(rules(NUMBER, 2, na, null)).containsExactly("indikator[0].nilai:must-be-empty-when-not-applicable",
        "indikator[0].alasan:required-when-not-applicable");
    NilaiIndikator ok = new NilaiIndikator(Keadaan.NOT_APPLICABLE, null, null, null, null, null, null, "tidak ada bencana",
        null, null, null);
    assertThat(rules(NUMBER, 2, ok, null)).isEmpty();
  }

  @Test
  void notDueAndWrongUnitAreRefused() {
    List<FieldViolation> notDue = IndikatorRules.validate(TEKS, 2, reported("1"), null, f -> f);
    assertThat(notDue).extracting(FieldViolation::rule).containsExactly("must-be-due");
    assertThat(notDue.get(0).message().toString())
        .isEqualTo("IKU-03 tidak wajib dilaporkan pada TW 2 (hanya pada TW 4); sel tetap NOT_DUE");
    assertThat(notDue.get(0).message().render(Messages.ENGLISH, ZoneOffset.UTC))
        .isEqualTo("IKU-03 is not due in TW 2 (due in TW 4); the cell stays NOT_DUE");
    assertThat(rules(NUMBER, 2, reported("10"), "desa")).containsExactly("indikator[0].satuan:must-match-plan-satuan");
    assertThat(rules(NUMBER, 2, reported("10"), " % ")).isEmpty();
  }
}
