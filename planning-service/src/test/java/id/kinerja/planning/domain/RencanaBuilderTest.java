package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.rencana.Penetapan;
import id.kinerja.planning.domain.rencana.RencanaBuilder;
import id.kinerja.planning.domain.rencana.RencanaKinerja;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.RenstraIndex;

/** What the published plan of a kecamatan and year contains (docs/planning/README.md, "The published plan"). */
class RencanaBuilderTest {

  static final RenstraDok RENSTRA = Defaults.renstra(CanonicalJson.read(tree("""
      {"kode": "R", "periodeAwal": 2024, "periodeAkhir": 2025,
       "tujuan": [{"kode": "T1", "uraian": "tujuan", "indikator": [{"kode": "T1-01", "nama": "t", "satuan": "%", "aggregation": "LAST",
         "targetTahunan": [{"tahun": 2024, "target": {"nilai": 70}}, {"tahun": 2025, "target": {"nilai": 75}}]}]}],
       "sasaran": [{"kode": "SS1", "uraian": "pelayanan", "tujuanKode": "T1", "indikator": [
         {"kode": "SKM", "nama": "Nilai SKM", "satuan": "indeks", "aggregation": "LAST", "iku": true,
          "baseline": {"tahun": 2023, "nilai": 86.90}, "riwayat": [{"tahun": 2023, "realisasi": 86.9}],
          "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}}, {"tahun": 2025, "target": {"nilai": 85}}],
          "targetAkhir": {"tahun": 2025, "target": {"nilai": 90}}},
         {"kode": "KASUS", "nama": "Kasus trantibum", "satuan": "kasus", "aggregation": "SUM", "polarity": "LOWER_IS_BETTER",
          "targetTahunan": [{"tahun": 2024, "target": {"nilai": 1}}, {"tahun": 2025, "target": {"nilai": 1}}]}]}]}"""),
      RenstraDok.class));

  static final PejabatDok CAMAT = new PejabatDok("197906081998021001", "Joko Setiawan", "Camat Mlarak", Peran.CAMAT, null, null);
  static final PejabatDok SEKCAM = new PejabatDok("197601091995102001", "Joana Da Costa", "Sekcam", Peran.SEKCAM, null, null);

  static com.fasterxml.jackson.databind.JsonNode tree(String s) {
    try {
      return CanonicalJson.MAPPER.readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static PkDok pk(String json) {
    return Defaults.pk(CanonicalJson.read(tree(json), PkDok.class), new RenstraIndex(RENSTRA).sasaranKode());
  }

  static RencanaBuilder.PkMasuk signed(String id, PejabatDok who, PkDok pk, RenstraDok renstraAtPenetapan) {
    return new RencanaBuilder.PkMasuk(id, "pk" + id, who.nip(), pk,
        Penetapan.of(pk, who, new RenstraIndex(renstraAtPenetapan), NegativeFormula.T_OVER_R));
  }

  static final String CAMAT_V1 = """
      {"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan"}, "jenis": "AWAL", "versi": 1,
       "ditetapkan": true, "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SKM", "target": {"nilai": 78}}]}],
       "anggaran": [{"kode": "7.01.02", "nama": "Pelayanan Publik", "level": "PROGRAM", "pagu": 1000}]}""";

  static final String CAMAT_V2 = """
      {"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan"}, "jenis": "PERUBAHAN", "versi": 2,
       "ditetapkan": true, "tanggal": "2024-10-23",
       "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SKM", "target": {"nilai": 80}}]}],
       "anggaran": [{"kode": "7.01.01", "nama": "Penunjang", "level": "PROGRAM"},
         {"kode": "7.01.01.2.01", "nama": "Perencanaan", "level": "KEGIATAN", "pagu": 5000, "paguTriwulan": [1000, 2000, 1000, 1000]},
         {"kode": "7.01.02", "nama": "Pelayanan Publik", "level": "PROGRAM", "pagu": 1200}]}""";

  static final String SEKCAM_V1 = """
      {"tahun": 2024, "pihakPertama": {"nip": "197601091995102001", "nama": "Joana Da Costa"}, "jenis": "AWAL", "versi": 1,
       "ditetapkan": true, "sasaran": [{"kode": "SEK-1", "uraian": "administrasi", "level": "PROGRAM", "indikator": [
         {"indikator": {"kode": "SEK-ADM", "nama": "Administrasi sesuai SOP", "satuan": "%", "aggregation": "LAST",
          "anggaranKode": "7.01.01.2.06"}, "target": {"nilai": 100}}]}],
       "anggaran": [{"kode": "7.01.01", "nama": "Penunjang", "level": "PROGRAM"},
         {"kode": "7.01.01.2.06", "nama": "Administrasi Umum", "level": "KEGIATAN", "pagu": 83365330,
          "paguTriwulan": [20000000, 20000000, 20000000, 23365330]}]}""";

  @Test
  void thePlanHoldsTheNewestSignedVersionPerOfficialTheRenstraIndicatorsAndTheBudgetUnion() {
    List<RencanaBuilder.PkMasuk> pks = List.of(signed("1", CAMAT, pk(CAMAT_V1), RENSTRA), signed("2", CAMAT, pk(CAMAT_V2), RENSTRA),
        signed("3", SEKCAM, pk(SEKCAM_V1), RENSTRA));

    RencanaBuilder.Result r = RencanaBuilder.build("35.02", "35.02.14", 2024, NegativeFormula.T_OVER_R, RENSTRA, pks);

    assertThat(r.violations()).isEmpty();
    RencanaKinerja plan = r.rencana();
    assertThat(plan.indikator()).extracting(RencanaKinerja.Indikator::kode).containsExactly("T1-01", "SKM", "KASUS", "SEK-ADM");
    RencanaKinerja.Indikator skm = plan.indikator().get(1);
    assertThat(skm.target().nilai()).isEqualByComparingTo("80"); // PK perubahan (versi 2), not versi 1's 78
    assertThat(skm.sasaranKode()).isEqualTo("SS1");
    assertThat(skm.baseline().nilai()).isEqualByComparingTo("86.9");
    assertThat(skm.targetAkhir().target().nilai()).isEqualByComparingTo("90");
    // Not in any PK: the Renstra target of the year, the kabupaten's lower-is-better formula.
    RencanaKinerja.Indikator kasus = plan.indikator().get(2);
    assertThat(kasus.target().nilai()).isEqualByComparingTo("1");
    assertThat(kasus.negativeFormula()).isEqualTo("T_OVER_R");
    assertThat(plan.indikator().get(0).sasaranKode()).isEqualTo("T1");
    assertThat(plan.indikator().get(3)).satisfies(i -> {
      assertThat(i.sasaranKode()).isEqualTo("SEK-1");
      assertThat(i.level()).isEqualTo("PROGRAM");
      assertThat(i.baseline()).isNull();
    });
    assertThat(plan.sasaran()).extracting(RencanaKinerja.SasaranRef::kode, RencanaKinerja.SasaranRef::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SS1", "STRATEGIS"), org.assertj.core.groups.Tuple.tuple("SEK-1", "PROGRAM"));
    // One code = one line; 7.01.01 = 5.000 + 83.365.330, its triwulan split the sums of its children's.
    assertThat(plan.anggaran()).extracting(a -> a.kode() + "=" + a.pagu() + "<" + a.parentKode())
        .containsExactly("7.01.01=83370330<null", "7.01.01.2.01=5000<7.01.01", "7.01.01.2.06=83365330<7.01.01", "7.01.02=1200<null");
    assertThat(plan.anggaran().get(0).paguTriwulan()).containsExactly(20001000L, 20002000L, 20001000L, 23366330L);
    // Every signed version stays in the plan, the superseded one too.
    assertThat(plan.perjanjianKinerja()).extracting(RencanaKinerja.Pk::id).containsExactly("1", "2", "3");
    assertThat(plan.perjanjianKinerja().get(1).anggaranKode()).containsExactly("7.01.01", "7.01.01.2.01", "7.01.02");

    assertThat(plan.belanja()).isEmpty();

    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "planning.rencana-kinerja.published",
        id.kinerja.planning.events.PlanningEvents.RENCANA_VERSI, "35.02.14", Instant.now(),
        "planning-service", CanonicalJson.tree(plan.withPlanVersi(1)));
    assertThat(EventSchemas.validate(e)).isEmpty();
  }

  static final String BELANJA = ", \"belanja\": [{\"kode\": \"5.1.02\", \"nama\": \"Belanja Barang dan Jasa\", \"pagu\": 900,"
      + " \"paguTriwulan\": [200, 300, 200, 200]}, {\"kode\": \"5.1.01\", \"nama\": \"Belanja Pegawai\", \"pagu\": 300}]}";

  @Test
  void theBudgetByJenisBelanjaIsAViewOfItsOwnOneCodeOneLineOverThePks() {
    // docs/domain.md §2.12: the Camat's and the Sekcam's PK may both state a jenis belanja; one code = one line.
    PkDok camat = pk(CAMAT_V2.substring(0, CAMAT_V2.length() - 1) + BELANJA);
    PkDok sekcam = pk(SEKCAM_V1.substring(0, SEKCAM_V1.length() - 1)
        + ", \"belanja\": [{\"kode\": \"5.1.02\", \"nama\": \"Belanja Barang dan Jasa\", \"pagu\": 900}]}");
    RencanaBuilder.Result r = RencanaBuilder.build("35.02", "35.02.14", 2024, NegativeFormula.T_OVER_R, RENSTRA,
        List.of(signed("2", CAMAT, camat, RENSTRA), signed("3", SEKCAM, sekcam, RENSTRA)));

    assertThat(r.violations()).isEmpty();
    assertThat(r.rencana().belanja()).extracting(b -> b.kode() + "=" + b.pagu() + " " + b.paguTriwulan())
        .containsExactly("5.1.01=300 null", "5.1.02=900 [200, 300, 200, 200]");
    // The program tree is untouched by the second view.
    assertThat(r.rencana().anggaran()).extracting(a -> a.kode()).doesNotContain("5.1.01", "5.1.02");
    EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "planning.rencana-kinerja.published",
        id.kinerja.planning.events.PlanningEvents.RENCANA_VERSI, "35.02.14", Instant.now(), "planning-service",
        CanonicalJson.tree(r.rencana().withPlanVersi(1)));
    assertThat(EventSchemas.validate(e)).isEmpty();
    // v1 has no belanja: a plan with it cannot be written as v1.
    EventEnvelope v1 = new EventEnvelope(UUID.randomUUID(), "planning.rencana-kinerja.published", 1, "35.02.14",
        Instant.now(), "planning-service", CanonicalJson.tree(r.rencana().withPlanVersi(1)));
    assertThat(EventSchemas.validate(v1)).isNotEmpty();

    // Another pagu for the same jenis in another PK, and a jenis belanja code that is a program code of the year.
    PkDok sekcamOther = pk(SEKCAM_V1.substring(0, SEKCAM_V1.length() - 1)
        + ", \"belanja\": [{\"kode\": \"5.1.02\", \"nama\": \"Belanja Barang dan Jasa\", \"pagu\": 950},"
        + " {\"kode\": \"5.1.01\", \"nama\": \"Belanja Pegawai\", \"pagu\": 300, \"paguTriwulan\": [0, 0, 0, 300]}]}");
    String camatWithProgram = CAMAT_V2.replace("\"7.01.02\"", "\"5.1.01\"");
    PkDok camatProgram = pk(camatWithProgram.substring(0, camatWithProgram.length() - 1) + BELANJA);
    RencanaBuilder.Result bad = RencanaBuilder.build("35.02", "35.02.14", 2024, NegativeFormula.T_OVER_R, RENSTRA,
        List.of(signed("2", CAMAT, camatProgram, RENSTRA), signed("3", SEKCAM, sekcamOther, RENSTRA)));
    assertThat(bad.rencana()).isNull();
    assertThat(bad.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactlyInAnyOrder(
        "pk2.belanja[1].kode belanja-is-anggaran",
        "pk3.belanja[0].pagu conflicting-line",
        "pk3.belanja[1].kode belanja-is-anggaran");
  }

  @Test
  void rulesAreThoseFixedWhenThePkWasSigned() {
    // docs/domain.md E7: polarity is fixed on the indicator at PK time. The Renstra later says HIGHER_IS_BETTER for KASUS.
    RenstraDok revised = Defaults.renstra(CanonicalJson.read(tree(CanonicalJson.write(RENSTRA)
        .replace("\"LOWER_IS_BETTER\"", "\"HIGHER_IS_BETTER\"")), RenstraDok.class));
    PkDok kasi = pk("""
        {"tahun": 2024, "pihakPertama": {"nip": "197601091995102001", "nama": "x"}, "jenis": "AWAL", "versi": 1, "ditetapkan": true,
         "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "KASUS", "target": {"nilai": 1}}]}], "anggaran": []}""");
    RencanaBuilder.Result r = RencanaBuilder.build("35.02", "35.02.14", 2024, NegativeFormula.TWO_T_MINUS_R, revised,
        List.of(signed("9", SEKCAM, kasi, RENSTRA)));
    RencanaKinerja.Indikator kasus = r.rencana().indikator().stream().filter(i -> i.kode().equals("KASUS")).findFirst().orElseThrow();
    assertThat(kasus.polarity()).isEqualTo("LOWER_IS_BETTER");
    assertThat(kasus.negativeFormula()).isEqualTo("T_OVER_R"); // the kabupaten default when it was signed
  }

  @Test
  void conflictsBetweenOfficialsPksAreNamedByTheirPath() {
    PkDok sekcamSkm = pk(SEKCAM_V1.replaceAll("(?s)\\{\"indikator\": \\{\"kode\": \"SEK-ADM\".*?\"target\": \\{\"nilai\": 100}}",
        "{\"indikatorKode\": \"SKM\", \"target\": {\"nilai\": 81}}"));
    assertThat(CanonicalJson.write(sekcamSkm)).contains("\"indikatorKode\":\"SKM\"");
    // The Camat's PK states 7.01.01 as a line of its own with a pagu; the Sekcam's lists a kegiatan under it.
    PkDok camat = pk(CAMAT_V1.replace("{\"kode\": \"7.01.02\", \"nama\": \"Pelayanan Publik\", \"level\": \"PROGRAM\", \"pagu\": 1000}",
        "{\"kode\": \"7.01.01\", \"nama\": \"Penunjang\", \"level\": \"PROGRAM\", \"pagu\": 1990713900}"));
    List<RencanaBuilder.PkMasuk> pks = new ArrayList<>(List.of(signed("1", CAMAT, camat, RENSTRA),
        signed("3", SEKCAM, sekcamSkm, RENSTRA)));

    RencanaBuilder.Result r = RencanaBuilder.build("35.02", "35.02.14", 2024, NegativeFormula.T_OVER_R, RENSTRA, pks);

    assertThat(r.rencana()).isNull();
    assertThat(r.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactlyInAnyOrder(
        "pk3.sasaran[0].indikator[0].indikatorKode duplicate-code",
        "pk1.anggaran[0].pagu pagu-sum-mismatch");
    assertThat(r.violations()).filteredOn(v -> v.rule().equals("pagu-sum-mismatch")).singleElement()
        .satisfies(v -> assertThat(v.message().toString()).isEqualTo("pagu baris 7.01.01 dalam PK ini 1.990.713.900, tetapi "
            + "jumlah sub-barisnya dalam PK tahun ini 83.365.330; cantumkan semua sub-barisnya atau tidak satu pun"));
  }
}
