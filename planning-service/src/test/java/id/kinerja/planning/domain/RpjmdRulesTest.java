package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.rules.RpjmdRules;
import id.kinerja.planning.domain.rules.Violations;

/** RpjmdRules, one broken rule per row: the field and the rule a refusal names. */
class RpjmdRulesTest {

  /** A valid RPJMD 2021–2026: misi M1, M2; tujuan T1 (M1), T2 (M2); sasaran S1 (T1), S1.1 under S1, S2 (T2). */
  static final String BASE = """
      {"kode": "RPJMD-X", "nama": "RPJMD X", "periodeAwal": 2021, "periodeAkhir": 2026, "visi": "Visi",
       "misi": [{"kode": "M1", "uraian": "Misi 1"}, {"kode": "M2", "uraian": "Misi 2"}],
       "tujuan": [{"kode": "T1", "uraian": "Tujuan 1", "misiKode": "M1", "indikator": [%1$s]},
                  {"kode": "T2", "uraian": "Tujuan 2", "misiKode": "M2", "indikator": []}],
       "sasaran": [{"kode": "S1", "uraian": "Sasaran 1", "tujuanKode": "T1", "indukKode": null, "indikator": [%2$s]},
                   {"kode": "S1.1", "uraian": "Sasaran program", "tujuanKode": "T1", "indukKode": "S1", "indikator": []},
                   {"kode": "S2", "uraian": "Sasaran 2", "tujuanKode": "T2", "indikator": []}]}"""
      .formatted(indikator("IT-1"), indikator("IS-1"));

  static String indikator(String kode) {
    return """
        {"kode": "%s", "nama": "Indikator", "satuan": "%%", "polarity": "HIGHER_IS_BETTER", "iku": true,
         "baseline": {"tahun": 2020, "nilai": 50},
         "targetTahunan": [{"tahun": 2021, "nilai": 51}, {"tahun": 2022, "nilai": 52}, {"tahun": 2023, "nilai": 53},
           {"tahun": 2024, "nilai": 54}, {"tahun": 2025, "nilai": 55}, {"tahun": 2026, "nilai": 56}],
         "targetAkhir": {"tahun": 2026, "nilai": 56}}""".formatted(kode);
  }

  static RpjmdDok dok(Consumer<ObjectNode> edit) {
    ObjectNode tree = parse(BASE);
    edit.accept(tree);
    return CanonicalJson.read(tree, RpjmdDok.class);
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<FieldViolation> check(RpjmdDok dok) {
    Violations v = new Violations();
    RpjmdRules.check("RPJMD-X", dok, v);
    return v.list();
  }

  @Test
  void theBaseIsValid() {
    assertThat(check(dok(t -> {
    }))).isEmpty();
  }

  static ObjectNode at(ObjectNode t, String list, int i) {
    return (ObjectNode) t.withArray(list).get(i);
  }

  static ArrayNode targets(ObjectNode t, String list, int i) {
    return (ArrayNode) at(t, list, i).withArray("indikator").get(0).withArray("targetTahunan");
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("another kode than the path", (Consumer<ObjectNode>) t -> t.put("kode", "RPJMD-Y"), "kode", "must-match-path"),
        Arguments.of("period ends before it starts", (Consumer<ObjectNode>) t -> t.put("periodeAkhir", 2020), "periodeAkhir",
            "period-order"),
        Arguments.of("period of seven years", (Consumer<ObjectNode>) t -> t.put("periodeAkhir", 2027), "periodeAkhir",
            "period-length"),
        Arguments.of("misi twice", (Consumer<ObjectNode>) t -> at(t, "misi", 1).put("kode", "M1"), "misi[1].kode",
            "duplicate-code"),
        Arguments.of("tujuan twice", (Consumer<ObjectNode>) t -> at(t, "tujuan", 1).put("kode", "T1"), "tujuan[1].kode",
            "duplicate-code"),
        Arguments.of("sasaran twice", (Consumer<ObjectNode>) t -> at(t, "sasaran", 2).put("kode", "S1"), "sasaran[2].kode",
            "duplicate-code"),
        Arguments.of("indicator twice", (Consumer<ObjectNode>) t -> ((ObjectNode) at(t, "sasaran", 0).withArray("indikator")
            .get(0)).put("kode", "IT-1"), "sasaran[0].indikator[0].kode", "duplicate-code"),
        Arguments.of("unknown misi", (Consumer<ObjectNode>) t -> at(t, "tujuan", 0).put("misiKode", "M9"), "tujuan[0].misiKode",
            "unknown-code"),
        Arguments.of("unknown tujuan", (Consumer<ObjectNode>) t -> at(t, "sasaran", 0).put("tujuanKode", "T9"),
            "sasaran[0].tujuanKode", "unknown-code"),
        Arguments.of("unknown parent", (Consumer<ObjectNode>) t -> at(t, "sasaran", 1).put("indukKode", "S9"),
            "sasaran[1].indukKode", "unknown-code"),
        Arguments.of("own parent", (Consumer<ObjectNode>) t -> at(t, "sasaran", 2).put("indukKode", "S2"), "sasaran[2].indukKode",
            "cycle"),
        Arguments.of("no target for a year", (Consumer<ObjectNode>) t -> targets(t, "tujuan", 0).remove(5),
            "tujuan[0].indikator[0].targetTahunan", "target-required-for-year"),
        Arguments.of("a year twice", (Consumer<ObjectNode>) t -> ((ObjectNode) targets(t, "sasaran", 0).get(5)).put("tahun", 2025),
            "sasaran[0].indikator[0].targetTahunan[5].tahun", "duplicate-year"),
        Arguments.of("a year outside the period", (Consumer<ObjectNode>) t -> targets(t, "sasaran", 0).addObject()
            .put("tahun", 2027).put("nilai", 1), "sasaran[0].indikator[0].targetTahunan[6].tahun", "year-outside-period"),
        Arguments.of("end target outside the period", (Consumer<ObjectNode>) t -> ((ObjectNode) at(t, "tujuan", 0)
            .withArray("indikator").get(0).get("targetAkhir")).put("tahun", 2030), "tujuan[0].indikator[0].targetAkhir.tahun",
            "year-outside-period"));
  }

  @ParameterizedTest(name = "{0}: {2} {3}")
  @MethodSource("broken")
  void eachBrokenRuleIsNamedAtItsField(String what, Consumer<ObjectNode> edit, String field, String rule) {
    List<FieldViolation> v = check(dok(edit));
    assertThat(v).extracting(FieldViolation::field, FieldViolation::rule).contains(org.assertj.core.groups.Tuple.tuple(field, rule));
  }

  @Test
  void aCycleOfTwoIsNamedAtBoth() {
    List<FieldViolation> v = check(dok(t -> at(t, "sasaran", 0).put("indukKode", "S1.1")));
    assertThat(v).extracting(FieldViolation::field).containsExactly("sasaran[0].indukKode", "sasaran[1].indukKode");
    assertThat(v).extracting(FieldViolation::rule).containsOnly("cycle");
  }

  @Test
  void aSixYearPeriodAndAShortTransitionalOneAreAccepted() {
    assertThat(check(dok(t -> {
      t.put("periodeAwal", 2024);
      t.withArray("tujuan").forEach(x -> ((ArrayNode) x.get("indikator")).removeAll());
      t.withArray("sasaran").forEach(x -> ((ArrayNode) x.get("indikator")).removeAll());
    }))).isEmpty();
  }
}
