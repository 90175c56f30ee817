package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.domain.dokumen.TautanDok.Dari;
import id.kinerja.planning.domain.dokumen.TautanDok.JenisDari;
import id.kinerja.planning.domain.dokumen.TautanDok.JenisKe;
import id.kinerja.planning.domain.dokumen.TautanDok.Ke;
import id.kinerja.planning.domain.dokumen.TautanDok.Tautan;
import id.kinerja.planning.domain.rules.TautanRules;

/**
 * TautanRules over the Mlarak test plan (fixtures/mlarak-mini.json: Renstra 2024–2026 with tujuan T1, sasaran SS1 and
 * SS2, indicators SS1-01 and SS2-01; the ditetapkan PKs of 2024 with the Sekcam's own indicator SEK-1-01 and budget
 * lines; a draft PK with its own indicator TRANTIB-1-01) and the RPJMD of RpjmdRulesTest (2021–2026, tujuan T1 and T2,
 * sasaran S1, S1.1 under S1, S2): one broken rule per row, the field and the rule named; unlinked nodes a warning.
 */
class TautanRulesTest {

  static final String KAB = "35.02";
  static final JsonNode PLAN = plan();
  static final RenstraDok RENSTRA = CanonicalJson.read(PLAN.get("renstra"), RenstraDok.class);
  static final RpjmdDok RPJMD = RpjmdRulesTest.dok(t -> {
  });

  static JsonNode plan() {
    try (InputStream in = TautanRulesTest.class.getClassLoader().getResourceAsStream("fixtures/mlarak-mini.json")) {
      return CanonicalJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ditetapkan PKs of 2024, each changed by {@code edit} first. */
  static TautanRules.Rencana rencana(UnaryOperator<ObjectNode> edit) {
    List<PkDok> pks = new ArrayList<>();
    for (JsonNode pk : PLAN.get("perjanjianKinerja")) {
      if (pk.get("ditetapkan").asBoolean()) {
        pks.add(CanonicalJson.read(edit.apply(((ObjectNode) pk).deepCopy()), PkDok.class));
      }
    }
    return new TautanRules.Rencana(KAB, RENSTRA, Map.of(2024, pks));
  }

  static Tautan link(JenisDari dari, String kode, Integer tahun, JenisKe ke, String keKode) {
    return new Tautan(new Dari(dari, kode, tahun), new Ke(ke, keKode));
  }

  static List<Tautan> base() {
    return new ArrayList<>(List.of(
        link(JenisDari.TUJUAN, "T1", null, JenisKe.RPJMD_TUJUAN, "T1"),
        link(JenisDari.SASARAN, "SS1", null, JenisKe.RPJMD_SASARAN, "S1.1"),
        link(JenisDari.SASARAN, "SS2", null, JenisKe.SASARAN, "SS1"),
        link(JenisDari.PK_INDIKATOR, "SEK-1-01", 2024, JenisKe.INDIKATOR, "SS1-01"),
        link(JenisDari.ANGGARAN, "7.01.01.2.06", 2024, JenisKe.SASARAN, "SS2")));
  }

  static TautanRules.Hasil check(List<Tautan> links, TautanRules.Rpjmd rpjmd) {
    return TautanRules.check(new TautanDok("RPJMD-X", links), rencana(pk -> pk), rpjmd);
  }

  static final TautanRules.Rpjmd OWN = new TautanRules.Rpjmd(KAB, RPJMD);

  @Test
  void theBaseIsValidAndLeavesNothingUnlinked() {
    TautanRules.Hasil h = check(base(), OWN);
    assertThat(h.pelanggaran()).isEmpty();
    assertThat(h.tanpaTautan()).isEmpty();
  }

  static List<Tautan> with(int index, Tautan replacement) {
    List<Tautan> l = base();
    if (index == l.size()) {
      l.add(replacement);
    } else {
      l.set(index, replacement);
    }
    return l;
  }

  static RpjmdDok period(int awal, int akhir) {
    return new RpjmdDok(RPJMD.kode(), RPJMD.nama(), awal, akhir, RPJMD.visi(), RPJMD.misi(), RPJMD.tujuan(), RPJMD.sasaran());
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("no such RPJMD in the kabupaten", base(), null, "rpjmdKode", "unknown-code"),
        Arguments.of("another kabupaten's RPJMD", base(), new TautanRules.Rpjmd("35.03", RPJMD), "rpjmdKode",
            "must-be-same-kabupaten"),
        Arguments.of("an RPJMD whose period misses the Renstra's", base(), new TautanRules.Rpjmd(KAB, period(2016, 2021)),
            "rpjmdKode", "period-overlap"),
        Arguments.of("missing Renstra sasaran", with(1, link(JenisDari.SASARAN, "SS9", null, JenisKe.RPJMD_SASARAN, "S1")), OWN,
            "tautan[1].dari.kode", "unknown-node"),
        Arguments.of("missing Renstra tujuan", with(0, link(JenisDari.TUJUAN, "T9", null, JenisKe.RPJMD_TUJUAN, "T1")), OWN,
            "tautan[0].dari.kode", "unknown-node"),
        Arguments.of("missing RPJMD sasaran", with(1, link(JenisDari.SASARAN, "SS1", null, JenisKe.RPJMD_SASARAN, "S9")), OWN,
            "tautan[1].ke.kode", "unknown-node"),
        Arguments.of("missing RPJMD tujuan", with(0, link(JenisDari.TUJUAN, "T1", null, JenisKe.RPJMD_TUJUAN, "T9")), OWN,
            "tautan[0].ke.kode", "unknown-node"),
        Arguments.of("missing Renstra indicator", with(3, link(JenisDari.PK_INDIKATOR, "SEK-1-01", 2024, JenisKe.INDIKATOR, "X")),
            OWN, "tautan[3].ke.kode", "unknown-node"),
        Arguments.of("an indicator of a draft PK", with(3, link(JenisDari.PK_INDIKATOR, "TRANTIB-1-01", 2024, JenisKe.SASARAN,
            "SS1")), OWN, "tautan[3].dari.kode", "unknown-node"),
        Arguments.of("a Renstra indicator is no PK own indicator", with(3, link(JenisDari.PK_INDIKATOR, "SS1-01", 2024,
            JenisKe.SASARAN, "SS1")), OWN, "tautan[3].dari.kode", "unknown-node"),
        Arguments.of("a budget line of another year", with(4, link(JenisDari.ANGGARAN, "7.01.01.2.06", 2025, JenisKe.SASARAN,
            "SS2")), OWN, "tautan[4].dari.kode", "unknown-node"),
        Arguments.of("a PK node without tahun", with(3, link(JenisDari.PK_INDIKATOR, "SEK-1-01", null, JenisKe.INDIKATOR,
            "SS1-01")), OWN, "tautan[3].dari.tahun", "required"),
        Arguments.of("a Renstra node with tahun", with(0, link(JenisDari.TUJUAN, "T1", 2024, JenisKe.RPJMD_TUJUAN, "T1")), OWN,
            "tautan[0].dari.tahun", "must-be-null"),
        Arguments.of("a year outside the Renstra", with(3, link(JenisDari.PK_INDIKATOR, "SEK-1-01", 2023, JenisKe.INDIKATOR,
            "SS1-01")), OWN, "tautan[3].dari.tahun", "year-outside-period"),
        Arguments.of("TUJUAN to a Renstra sasaran", with(0, link(JenisDari.TUJUAN, "T1", null, JenisKe.SASARAN, "SS1")), OWN,
            "tautan[0].ke.jenis", "link-kind"),
        Arguments.of("ANGGARAN to the RPJMD", with(4, link(JenisDari.ANGGARAN, "7.01.01.2.06", 2024, JenisKe.RPJMD_SASARAN,
            "S1")), OWN, "tautan[4].ke.jenis", "link-kind"),
        Arguments.of("PK_INDIKATOR to the RPJMD", with(3, link(JenisDari.PK_INDIKATOR, "SEK-1-01", 2024, JenisKe.RPJMD_SASARAN,
            "S1")), OWN, "tautan[3].ke.jenis", "link-kind"),
        Arguments.of("a second RPJMD parent", with(5, link(JenisDari.SASARAN, "SS1", null, JenisKe.RPJMD_SASARAN, "S2")), OWN,
            "tautan[5].ke", "duplicate-link"),
        Arguments.of("a second Renstra parent", with(5, link(JenisDari.PK_INDIKATOR, "SEK-1-01", 2024, JenisKe.SASARAN, "SS2")),
            OWN, "tautan[5].ke", "duplicate-link"),
        Arguments.of("the same link twice", with(5, base().get(1)), OWN, "tautan[5].ke", "duplicate-link"),
        Arguments.of("a sasaran serving itself", with(2, link(JenisDari.SASARAN, "SS2", null, JenisKe.SASARAN, "SS2")), OWN,
            "tautan[2]", "cycle"),
        Arguments.of("two sasaran serving each other", with(5, link(JenisDari.SASARAN, "SS1", null, JenisKe.SASARAN, "SS2")), OWN,
            "tautan[5]", "cycle"));
  }

  @ParameterizedTest(name = "{0}: {3} {4}")
  @MethodSource("broken")
  void eachBrokenRuleIsNamedAtItsField(String what, List<Tautan> links, TautanRules.Rpjmd rpjmd, String field, String rule) {
    List<FieldViolation> v = check(links, rpjmd).pelanggaran();
    assertThat(v).extracting(FieldViolation::field, FieldViolation::rule).contains(tuple(field, rule));
  }

  @Test
  void aCycleIsNamedAtEveryLinkThatClosesIt() {
    List<FieldViolation> v = check(with(5, link(JenisDari.SASARAN, "SS1", null, JenisKe.SASARAN, "SS2")), OWN).pelanggaran();
    assertThat(v).extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(tuple("tautan[2]", "cycle"), tuple("tautan[5]", "cycle"));
  }

  @Test
  void aChainOfSasaranUpToTheRpjmdIsNoCycle() {
    // SS2 serves SS1, SS1 serves RPJMD S1.1, whose parent is S1: a chain, not a cycle.
    assertThat(check(base(), OWN).pelanggaran()).isEmpty();
  }

  @Test
  void unlinkedNodesAreAWarningNeverARefusal() {
    List<Tautan> links = base();
    links.remove(3);
    links.remove(0);
    // Without the Camat's program sasaranKode, its kegiatan and sub kegiatan have no sasaran either.
    TautanRules.Hasil h = TautanRules.check(new TautanDok("RPJMD-X", links), rencana(pk -> {
      pk.withArray("anggaran").forEach(a -> {
        if (a.get("kode").asText().equals("7.01.01")) {
          ((ObjectNode) a).remove("sasaranKode");
        }
      });
      return pk;
    }), OWN);
    assertThat(h.pelanggaran()).isEmpty();
    assertThat(h.tanpaTautan()).containsExactly(new Dari(JenisDari.TUJUAN, "T1", null),
        new Dari(JenisDari.PK_INDIKATOR, "SEK-1-01", 2024), new Dari(JenisDari.ANGGARAN, "7.01.01", 2024),
        new Dari(JenisDari.ANGGARAN, "7.01.01.2.01", 2024), new Dari(JenisDari.ANGGARAN, "7.01.01.2.01.0001", 2024),
        new Dari(JenisDari.ANGGARAN, "7.01.01.2.01.0007", 2024));
  }

  @Test
  void withoutAnyLinkEveryRenstraNodeIsListed() {
    TautanRules.Hasil h = check(List.of(), OWN);
    assertThat(h.pelanggaran()).isEmpty();
    assertThat(h.tanpaTautan()).extracting(Dari::jenis, Dari::kode).containsExactly(tuple(JenisDari.TUJUAN, "T1"),
        tuple(JenisDari.SASARAN, "SS1"), tuple(JenisDari.SASARAN, "SS2"), tuple(JenisDari.PK_INDIKATOR, "SEK-1-01"));
  }
}
