package id.kinerja.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.reporting.domain.plan.Rpjmd;
import id.kinerja.reporting.domain.plan.TautanKinerja;

/**
 * The two cascade events of issue #19 exactly as the contract with planning-service states them
 * (planning.rpjmd.published v1, planning.tautan-kinerja.published v1): they follow the schemas reporting checks what it
 * consumes against, and are read into the copies' records; payloads that break the contract are refused.
 */
class CascadePayloadTest {

  static final String RPJMD = """
      {"kabupatenKode": "35.02", "kode": "RPJMD-PONOROGO-2021-2026", "nama": "RPJMD Kabupaten Ponorogo Tahun 2021-2026",
       "periodeAwal": 2021, "periodeAkhir": 2026, "versi": 1, "visi": "Ponorogo Hebat ...",
       "misi": [{"kode": "M1", "uraian": "..."}],
       "tujuan": [{"kode": "T1", "uraian": "...", "misiKode": "M1", "indikator": [
         {"kode": "IKU-K-01", "nama": "Indeks Reformasi Birokrasi", "satuan": "indeks", "polarity": "HIGHER_IS_BETTER",
          "iku": true, "baseline": {"tahun": 2020, "nilai": 61.5},
          "targetTahunan": [{"tahun": 2021, "nilai": 63}, {"tahun": 2024, "nilai": 66.25}],
          "targetAkhir": {"tahun": 2026, "nilai": 70}}]}],
       "sasaran": [{"kode": "S1.1", "uraian": "...", "tujuanKode": "T1", "indukKode": null, "indikator": [
         {"kode": "IKU-K-02", "nama": "Indeks Kepuasan Masyarakat", "satuan": "indeks", "polarity": "LOWER_IS_BETTER",
          "iku": false, "baseline": null, "targetTahunan": [], "targetAkhir": null}]},
         {"kode": "S1.1.1", "uraian": "...", "tujuanKode": null, "indukKode": "S1.1", "indikator": []}]}""";

  static final String TAUTAN = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "renstraKode": "RENSTRA-MLARAK-2024-2026",
       "rpjmdKode": "RPJMD-PONOROGO-2021-2026", "versi": 2,
       "tautan": [
         {"dari": {"jenis": "TUJUAN", "kode": "T1", "tahun": null},  "ke": {"jenis": "RPJMD_SASARAN", "kode": "S1.1"}},
         {"dari": {"jenis": "SASARAN", "kode": "S1", "tahun": null}, "ke": {"jenis": "RPJMD_SASARAN", "kode": "S1.1"}},
         {"dari": {"jenis": "SASARAN", "kode": "S2", "tahun": null}, "ke": {"jenis": "SASARAN", "kode": "S1"}},
         {"dari": {"jenis": "PK_INDIKATOR", "kode": "IK-KASI-1", "tahun": 2024}, "ke": {"jenis": "INDIKATOR", "kode": "IKU-SKM"}},
         {"dari": {"jenis": "ANGGARAN", "kode": "7.01.01.2.01", "tahun": 2024}, "ke": {"jenis": "SASARAN", "kode": "S1"}}
       ],
       "tanpaTautan": [{"jenis": "SASARAN", "kode": "S3", "tahun": null}]}""";

  private static ObjectNode read(String json) {
    try {
      return (ObjectNode) CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static EventEnvelope envelope(String type, String key, JsonNode payload) {
    return new EventEnvelope(UUID.randomUUID(), type, 1, key, Instant.parse("2024-07-01T00:00:00Z"), "planning-service",
        payload);
  }

  @Test
  void theContractsRpjmdFollowsTheSchemaAndIsRead() throws Exception {
    ObjectNode p = read(RPJMD);
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.RPJMD_PUBLISHED, "35.02", p))).isEmpty();
    Rpjmd r = CanonicalJson.MAPPER.treeToValue(p, Rpjmd.class);
    assertThat(r.covers(2024)).isTrue();
    assertThat(r.tujuan().get(0).indikator().get(0).target(2024)).isEqualByComparingTo("66.25");
    assertThat(r.sasaran().get(1).indukKode()).isEqualTo("S1.1");
    Payloads.RpjmdHeader h = CanonicalJson.MAPPER.treeToValue(p, Payloads.RpjmdHeader.class);
    assertThat(h.versi()).isEqualTo(1);
  }

  @Test
  void theContractsTautanFollowsTheSchemaAndIsRead() throws Exception {
    ObjectNode p = read(TAUTAN);
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.TAUTAN_PUBLISHED, "35.02.08", p))).isEmpty();
    TautanKinerja t = CanonicalJson.MAPPER.treeToValue(p, TautanKinerja.class);
    assertThat(t.tautan()).hasSize(5);
    assertThat(t.tautan().get(3).dari().tahun()).isEqualTo(2024);
    assertThat(t.tanpaTautan().get(0).kode()).isEqualTo("S3");
  }

  /** The members that may be null may also be left out (a producer writing without nulls is not dead-lettered). */
  @Test
  void nullableMembersMayBeAbsent() throws Exception {
    ObjectNode r = read(RPJMD);
    ((ObjectNode) r.at("/tujuan/0")).remove("misiKode");
    ((ObjectNode) r.at("/sasaran/0")).remove(java.util.List.of("tujuanKode", "indukKode"));
    ((ObjectNode) r.at("/sasaran/0/indikator/0")).remove(java.util.List.of("baseline", "targetAkhir"));
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.RPJMD_PUBLISHED, "35.02", r))).isEmpty();
    assertThat(CanonicalJson.MAPPER.treeToValue(r, Rpjmd.class).sasaran().get(0).indukKode()).isNull();
    ObjectNode t = read(TAUTAN);
    ((ObjectNode) t.at("/tautan/0/dari")).remove("tahun");
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.TAUTAN_PUBLISHED, "35.02.08", t))).isEmpty();
    assertThat(CanonicalJson.MAPPER.treeToValue(t, TautanKinerja.class).tautan().get(0).dari().tahun()).isNull();
  }

  @ParameterizedTest(name = "rpjmd: {0} breaks the contract")
  @CsvSource(delimiter = '|', value = {
      "/versi | 0", "/kabupatenKode | 35.2", "/periodeAwal | \"2021\"", "/tujuan/0/indikator/0/polarity | UP",
      "/sasaran/0/lain | x", "/tujuan/0/indikator/0/targetTahunan/0/nilai | \"63\"" })
  void aBrokenRpjmdIsRefused(String pointer, String value) {
    ObjectNode p = read(RPJMD);
    set(p, pointer, value);
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.RPJMD_PUBLISHED, "35.02", p))).isNotEmpty();
  }

  @ParameterizedTest(name = "tautan: {0} breaks the contract")
  @CsvSource(delimiter = '|', value = {
      "/versi | 0", "/kecamatanKode | 35.02", "/tautan/0/dari/jenis | RPJMD_SASARAN", "/tautan/0/ke/jenis | TUJUAN",
      "/tautan/3/dari/tahun | \"2024\"", "/lain | x" })
  void aBrokenTautanIsRefused(String pointer, String value) {
    ObjectNode p = read(TAUTAN);
    set(p, pointer, value);
    assertThat(EventSchemas.validate(envelope(ProjectionHandler.TAUTAN_PUBLISHED, "35.02.08", p))).isNotEmpty();
  }

  /** Sets the member a JSON pointer names to a JSON value (a number, or text when not JSON). */
  private static void set(ObjectNode root, String pointer, String value) {
    int cut = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, cut));
    JsonNode v;
    try {
      v = CanonicalJson.MAPPER.readTree(value);
    } catch (java.io.IOException e) {
      v = CanonicalJson.MAPPER.getNodeFactory().textNode(value);
    }
    parent.set(pointer.substring(cut + 1), v);
  }
}
