package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.BelanjaDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.rules.AnggaranRules;
import id.kinerja.planning.domain.rules.BelanjaRules;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.domain.rules.RenstraRules;
import id.kinerja.planning.domain.rules.SkalaRules;
import id.kinerja.planning.domain.rules.TargetRules;
import id.kinerja.planning.domain.rules.Violations;

/** The pure validation rules of plan documents: schema errors as paths, targets, budget trees, Renstra, scales. */
class PlanningRulesTest {

  private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

  private static JsonNode json(String s) {
    try {
      return CanonicalJson.MAPPER.readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rules(List<FieldViolation> v) {
    return v.stream().map(f -> f.field() + " " + f.rule()).sorted().toList().toString();
  }

  @Test
  void schemaErrorsNameTheFieldByJsonPathAndAStableRule() {
    JsonNode pk = json("""
        {"tahun": 2024, "pihakPertama": {"nama": "X"}, "jenis": "AWAL", "versi": 1, "ditetapkan": false, "extra": 1,
         "sasaran": [{"kode": "S1", "indikator": [
           {"indikatorKode": "I1", "target": {"nilai": "80"}},
           {"indikatorKode": "I2", "indikator": {"kode": "I2"}, "target": {"nilai": 1}},
           {"target": {"nilai": 1}}]}],
         "anggaran": [{"kode": "7.01.01", "nama": "P", "level": "PROGRAM", "pagu": 1.5}]}""");
    JsonNode doc = json("{\"formatVersi\": 1, \"kabupaten\": {\"kode\": \"35.02\", \"nama\": \"P\", \"negativeFormulaDefault\": "
        + "\"TWO_T_MINUS_R\", \"overallMode\": \"IKU\"}, \"kecamatan\": {\"kode\": \"35.02.14\", \"nama\": \"M\", \"desa\": [], "
        + "\"pejabat\": []}, \"renstra\": {\"kode\": \"R\", \"periodeAwal\": 2024, \"periodeAkhir\": 2024, \"tujuan\": [], "
        + "\"sasaran\": [{\"kode\": \"S1\", \"uraian\": \"u\", \"indikator\": [{\"kode\": \"I1\", \"nama\": \"n\", \"satuan\": \"%\", "
        + "\"polarity\": \"UP\", \"aggregation\": \"LAST\", \"targetTahunan\": []}]}]}, \"perjanjianKinerja\": [" + pk + "]}");

    List<FieldViolation> v = DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, doc);

    assertThat(rules(v)).isEqualTo(List.of(
        "perjanjianKinerja[0].anggaran[0].pagu must-be-integer",
        "perjanjianKinerja[0].extra unknown-field",
        "perjanjianKinerja[0].sasaran[0].indikator[0].target.nilai must-be-number",
        "perjanjianKinerja[0].sasaran[0].indikator[1] one-of",
        "perjanjianKinerja[0].sasaran[0].indikator[2] one-of",
        "renstra.sasaran[0].indikator[0].polarity must-be-one-of").toString());
    assertThat(v).filteredOn(f -> f.rule().equals("one-of"))
        .allSatisfy(f -> assertThat(f.message().toString()).isEqualTo("isi tepat satu dari: indikatorKode, indikator"));
    assertThat(v).filteredOn(f -> f.rule().equals("must-be-integer")).singleElement()
        .satisfies(f -> assertThat(f.message().toString()).isEqualTo("nilai harus berupa bilangan bulat atau kosong (null)"));
    assertThat(v).filteredOn(f -> f.rule().equals("must-be-one-of")).singleElement()
        .satisfies(f -> assertThat(f.message().render(Messages.ENGLISH, WIB)).startsWith("the value must be one of "));
  }

  @Test
  void aPartIsValidatedWithTheDocumentsDefinitions() {
    assertThat(DokumenSchema.validate(DokumenSchema.Part.SKALA, json("""
        {"bands": [{"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "K"}]}""")))
        .isEmpty();
    List<FieldViolation> v = DokumenSchema.validate(DokumenSchema.Part.PK_DRAFT, json("""
        {"tahun": 2024, "pihakPertama": {"nama": "X"}, "jenis": "AWAL", "versi": 3, "sasaran": [],
         "anggaran": [], "pihakKedua": {"nama": "B"}}"""));
    assertThat(rules(v)).isEqualTo(List.of("pihakKedua.jabatan required", "pihakKedua.peran required", "versi unknown-field")
        .toString());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "NUMBER | nilai=80          | -",
      "NUMBER | teks=100 %        | t.nilai must-be-number",
      "NUMBER | min=1,max=2       | t.nilai must-be-number",
      "RANGE  | min=7,max=8       | -",
      "RANGE  | min=8,max=7       | t.min min-not-above-max",
      "RANGE  | min=7,max=7       | -",
      "RANGE  | nilai=7           | t must-be-range",
      "TEXT   | teks=Opini WTP    | -",
      "TEXT   | nilai=1           | t.teks must-be-text",
  })
  void aTargetHasTheFormOfItsIndicator(TargetType type, String target, String expected) {
    BigDecimal nilai = null;
    BigDecimal min = null;
    BigDecimal max = null;
    String teks = null;
    for (String part : target.split(",")) {
      String[] kv = part.split("=");
      switch (kv[0]) {
        case "nilai" -> nilai = new BigDecimal(kv[1]);
        case "min" -> min = new BigDecimal(kv[1]);
        case "max" -> max = new BigDecimal(kv[1]);
        default -> teks = kv[1];
      }
    }
    Violations v = new Violations();
    TargetRules.check(type, new TargetDok(nilai, min, max, teks), "t", "I1", v);
    assertThat(v.list().stream().map(f -> f.field() + " " + f.rule()).findFirst().orElse(null)).isEqualTo(expected);
  }

  private static AnggaranDok line(String kode, AnggaranLevel level, String parent, Long pagu, List<Long> tw) {
    return new AnggaranDok(kode, "line " + kode, level, parent, pagu, tw, null, null, null);
  }

  @Test
  void aStatedParentPaguMustBeTheSumOfItsChildrenAndTheErrorNamesTheLine() {
    // docs/domain.md E6: the program row (83.365.330) is not the sum of its kegiatan (150.857.850).
    List<AnggaranDok> lines = List.of(
        line("7.01.01", AnggaranLevel.PROGRAM, null, 83_365_330L, null),
        line("7.01.01.2.01", AnggaranLevel.KEGIATAN, "7.01.01", 100_000_000L, null),
        line("7.01.01.2.06", AnggaranLevel.KEGIATAN, "7.01.01", 50_857_850L, null));
    Violations v = new Violations();
    AnggaranRules.check(lines, "anggaran", java.util.Set.of(), v);
    assertThat(v.list()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("anggaran[0].pagu");
      assertThat(f.rule()).isEqualTo("pagu-sum-mismatch");
      // Rupiah grouped the way each language writes amounts.
      assertThat(f.message().render(Messages.INDONESIAN, WIB)).isEqualTo(
          "baris 7.01.01 mencantumkan pagu 83.365.330, padahal jumlah sub-barisnya 150.857.850; kosongkan atau perbaiki pagu itu");
      assertThat(f.message().render(Messages.ENGLISH, WIB)).isEqualTo(
          "line 7.01.01 states pagu 83,365,330 but its sub-lines sum to 150,857,850; omit it or correct it");
    });

    Violations ok = new Violations();
    AnggaranRules.check(List.of(lines.get(0).withPagu(null, null), lines.get(1), lines.get(2)), "anggaran", java.util.Set.of(), ok);
    assertThat(ok.list()).isEmpty();
  }

  /** docs/domain.md §2.12: one belanja line against the rules; "" = accepted. Program tree codes: 7.01.01, 5.1.03. */
  @ParameterizedTest(name = "{0} pagu={1} tw={2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "5.1.01   | 100 | null            | ''",
      "5.2.02   | 0   | 0 0 0 0         | ''",
      "5.1.02   | 100 | 10 20 30 40     | ''",
      "5.1.2    | 100 | null            | b[0].kode pattern",
      "5.01.02  | 100 | null            | b[0].kode pattern",
      "7.01.01  | 100 | null            | b[0].kode pattern",
      "5.1.02.01| 100 | null            | b[0].kode pattern",
      "null     | 100 | null            | b[0].kode pattern",
      "5.1.03   | 100 | null            | b[0].kode belanja-is-anggaran",
      "5.1.01   | null| null            | b[0].pagu required",
      "5.1.01   | -1  | null            | b[0].pagu range",
      "5.1.01   | 100 | 10 20 30 39     | b[0].paguTriwulan pagu-triwulan-sum",
      "5.1.01   | 100 | 50 50 0         | b[0].paguTriwulan size",
      "5.1.01   | 100 | 50 60 -10 0     | b[0].paguTriwulan[2] range",
  })
  void aJenisBelanjaLineHasARekeningCodeOfItsOwnAndAPaguItsTriwulanSumTo(String kode, Long pagu, String tw, String expected) {
    List<Long> paguTriwulan = tw == null ? null
        : java.util.Arrays.stream(tw.trim().split("\\s+")).map(Long::valueOf).toList();
    Violations v = new Violations();
    BelanjaRules.check(List.of(new BelanjaDok(kode, "Belanja", pagu, paguTriwulan)), "b", java.util.Set.of("7.01.01", "5.1.03"), v);
    assertThat(v.list().stream().map(f -> f.field() + " " + f.rule()).collect(java.util.stream.Collectors.joining("; ")))
        .isEqualTo(expected);
  }

  @Test
  void aJenisBelanjaIsListedOnceAndTheRefusalSaysWhy() {
    Violations v = new Violations();
    BelanjaRules.check(List.of(new BelanjaDok("5.1.02", "Belanja Barang dan Jasa", 10L, null),
        new BelanjaDok("5.1.02", "Belanja Barang dan Jasa", 10L, null)), "belanja", java.util.Set.of(), v);
    assertThat(v.list()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("belanja[1].kode");
      assertThat(f.rule()).isEqualTo("duplicate-code");
      assertThat(f.message().render(Messages.INDONESIAN, WIB)).isEqualTo("jenis belanja 5.1.02 tercantum dua kali");
    });
    Violations t = new Violations();
    BelanjaRules.check(List.of(new BelanjaDok("5.1.02", "Belanja Barang dan Jasa", 1_000_000L, List.of(1L, 2L, 3L, 4L))),
        "belanja", java.util.Set.of(), t);
    assertThat(t.list()).singleElement().satisfies(f -> assertThat(f.message().render(Messages.INDONESIAN, WIB))
        .isEqualTo("jumlah pagu triwulan jenis belanja 5.1.02 adalah 10, tidak sama dengan pagunya 1.000.000"));
  }

  @Test
  void budgetCodesFollowTheNomenclature() {
    List<AnggaranDok> lines = List.of(
        line("7.01.01", AnggaranLevel.PROGRAM, null, null, null),
        line("7.01.01.2", AnggaranLevel.KEGIATAN, null, 1L, null),
        line("7.01.02.2.01", AnggaranLevel.KEGIATAN, "7.01.01", 1L, null),
        line("7.01.01.2.01", AnggaranLevel.SUB_KEGIATAN, null, 1L, null),
        line("7.01.03", AnggaranLevel.PROGRAM, null, 10L, List.of(1L, 2L, 3L, 5L)),
        line("7.01.03", AnggaranLevel.PROGRAM, null, 10L, null),
        line("7.01.04", AnggaranLevel.PROGRAM, null, null, null));
    Violations v = new Violations();
    AnggaranRules.check(lines, "a", java.util.Set.of(), v);
    assertThat(rules(v.list())).isEqualTo(List.of(
        "a[1].kode code-level-mismatch",
        "a[2].parentKode code-under-parent",
        "a[3].kode code-level-mismatch",
        "a[5].kode duplicate-code").toString());
    Violations v2 = new Violations();
    AnggaranRules.check(List.of(lines.get(4), lines.get(6)), "a", java.util.Set.of(), v2);
    assertThat(rules(v2.list())).isEqualTo(List.of("a[0].paguTriwulan pagu-triwulan-sum", "a[1].pagu required").toString());
  }

  @Test
  void everyRenstraIndicatorHasATargetForEveryYearOfThePeriod() {
    RenstraDok r = Defaults.renstra(CanonicalJson.read(json("""
        {"kode": "R", "periodeAwal": 2024, "periodeAkhir": 2026, "tujuan": [{"kode": "T1", "uraian": "t", "indikator": []}],
         "sasaran": [{"kode": "S1", "uraian": "s", "tujuanKode": "T9", "indikator": [
           {"kode": "I1", "nama": "n", "satuan": "%", "aggregation": "LAST",
            "targetTahunan": [{"tahun": 2024, "target": {"nilai": 1}}, {"tahun": 2024, "target": {"nilai": 2}},
              {"tahun": 2027, "target": {"nilai": 2}}, {"tahun": 2026, "target": {"teks": "baik"}}]},
           {"kode": "I1", "nama": "n", "satuan": "%", "aggregation": "RATIO_OF_SUMS", "targetType": "RANGE",
            "targetTahunan": [{"tahun": 2024, "target": {"min": 9, "max": 8}}, {"tahun": 2025, "target": {"min": 1, "max": 2}},
              {"tahun": 2026, "target": {"min": 1, "max": 2}}]}]},
         {"kode": "T1", "uraian": "dup", "indikator": []}]}"""), RenstraDok.class));
    Violations v = new Violations();
    RenstraRules.check(r, "renstra", v);
    assertThat(rules(v.list())).isEqualTo(List.of(
        "renstra.sasaran[0].indikator[0].targetTahunan target-required-for-year",
        "renstra.sasaran[0].indikator[0].targetTahunan[1].tahun duplicate-year",
        "renstra.sasaran[0].indikator[0].targetTahunan[2].tahun year-outside-period",
        "renstra.sasaran[0].indikator[0].targetTahunan[3].target.nilai must-be-number",
        "renstra.sasaran[0].indikator[1].kode duplicate-code",
        "renstra.sasaran[0].indikator[1].komponen komponen-required",
        "renstra.sasaran[0].indikator[1].targetTahunan[0].target.min min-not-above-max",
        "renstra.sasaran[0].tujuanKode unknown-code",
        "renstra.sasaran[1].kode duplicate-code").toString());
    assertThat(v.list()).filteredOn(f -> f.rule().equals("target-required-for-year"))
        .singleElement().satisfies(f -> assertThat(f.message().toString()).isEqualTo("indikator I1 belum mempunyai target tahun 2025"));
  }

  private static BandDok band(String lower, boolean li, String upper, boolean ui, int skor, String label) {
    return new BandDok(lower == null ? null : new BigDecimal(lower), li, upper == null ? null : new BigDecimal(upper), ui, skor,
        label, null);
  }

  @Test
  void scalesFromTheGuideAreAcceptedAndGapsAndOverlapsAreNamedByBand() {
    // docs/domain.md §2.6: Ponorogo's scale as encoded, and the five-level scale half-open.
    List<BandDok> ponorogo = List.of(band(null, false, "55", false, 1, "Kurang"), band("55", true, "70", false, 2, "Cukup"),
        band("70", true, "85", true, 3, "Berhasil"), band("85", false, null, false, 4, "Sangat Berhasil"));
    List<BandDok> limaTingkat = List.of(band(null, false, "51", false, 1, "Sangat Rendah"), band("51", true, "66", false, 2, "Rendah"),
        band("66", true, "76", false, 3, "Sedang"), band("76", true, "91", false, 4, "Tinggi"),
        band("91", true, null, false, 5, "Sangat Tinggi"));
    for (List<BandDok> ok : List.of(ponorogo, limaTingkat)) {
      Violations v = new Violations();
      SkalaRules.check(SkalaTujuan.KINERJA, ok, "", v);
      assertThat(v.list()).isEmpty();
    }
    // As printed: 70 in two bands; and the five-level scale with closed integer bands leaves 90,5 without a band.
    List<BandDok> printed = List.of(band(null, false, "55", false, 1, "Kurang"), band("55", true, "70", true, 2, "Cukup"),
        band("70", true, "85", true, 3, "Berhasil"), band("85", false, null, false, 4, "Sangat Berhasil"));
    Violations overlap = new Violations();
    SkalaRules.check(SkalaTujuan.KINERJA, printed, "skalaPredikat[0]", overlap);
    assertThat(rules(overlap.list())).isEqualTo(List.of("skalaPredikat[0].bands[2] no-overlap").toString());
    List<BandDok> gaps = List.of(band(null, false, "50", true, 1, "Sangat Rendah"), band("51", true, "65", true, 2, "Rendah"),
        band("66", true, "75", true, 3, "Sedang"), band("76", true, "90", true, 4, "Tinggi"),
        band("91", true, null, false, 5, "Sangat Tinggi"));
    Violations gap = new Violations();
    SkalaRules.check(SkalaTujuan.KINERJA, gaps, "", gap);
    assertThat(rules(gap.list())).isEqualTo(List.of("bands[1] no-gap", "bands[2] no-gap", "bands[3] no-gap", "bands[4] no-gap")
        .toString());
    // Intervals are written with the decimal sign of the language: "; " between the bounds in Bahasa Indonesia.
    assertThat(gap.list().get(0).message().render(Messages.INDONESIAN, WIB))
        .isEqualTo("nilai antara (−∞; 50] dan [51; 65] tidak masuk rentang mana pun");
    assertThat(gap.list().get(0).message().render(Messages.ENGLISH, WIB))
        .isEqualTo("values between (−∞, 50] and [51, 65] have no band");
    assertThat(overlap.list().get(0).message().toString())
        .isEqualTo("[70; 85] tumpang tindih dengan [55; 70]: 70 masuk ke keduanya");
    // IKM covers [25, 100] only: a band that starts at 30 leaves 25–30 uncovered.
    Violations ikm = new Violations();
    SkalaRules.check(SkalaTujuan.IKM, List.of(band("30", true, "100", true, 1, "X")), "", ikm);
    assertThat(rules(ikm.list())).isEqualTo(List.of("bands[0] no-gap").toString());
    assertThat(ikm.list().get(0).message().toString()).isEqualTo("nilai dari 25 sampai [30; 100] tidak masuk rentang mana pun");
  }
}
