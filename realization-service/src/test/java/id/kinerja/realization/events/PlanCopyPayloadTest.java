package id.kinerja.realization.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.kinerja.common.json.CanonicalJson;

/** The plan-copy payload records read what planning writes (full payloads; offsets in timestamps). */
class PlanCopyPayloadTest {

  @Test
  void jadwalWithOffsetTimestampsAndReopenings() throws Exception {
    PlanCopyHandler.JadwalPublished j = CanonicalJson.MAPPER.readValue("""
        {"kabupatenKode": "35.08", "tahun": 2024, "triwulan": 2, "versi": 3,
         "inputDibuka": "2024-07-01T00:00:00+07:00", "inputDitutup": "2024-07-10T17:00:00Z", "verifikasiDitutup": null,
         "perpanjangan": [{"kecamatanKode": null, "sampai": "2024-07-15T00:00:00+07:00", "alasan": "SIPD", "oleh": "p"}]}""",
        PlanCopyHandler.JadwalPublished.class);
    assertThat(j.inputDibuka()).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));
    assertThat(j.perpanjangan()).hasSize(1);
    assertThat(j.perpanjangan().get(0).kecamatanKode()).isNull();
    assertThat(j.perpanjangan().get(0).sampai()).isEqualTo(Instant.parse("2024-07-14T17:00:00Z"));
  }

  @Test
  void negativeValuesArePlausibleOnlyWhereThePlanUsesThem() throws Exception {
    String base = """
        {"kode": "IKU-9", "nama": "n", "satuan": "%", "targetType": "NUMBER", "aggregation": "LAST", "precision": 2,
         "komponen": null, "evidenceRequired": false, "dueTriwulan": [4], "target": {"nilai": 5},
         "targetTriwulan": [{"triwulan": 4, "target": {"nilai": 5}}], "baseline": BASELINE, "targetAkhir": null,
         "anggaranKode": null, "iku": true, "polarity": "HIGHER_IS_BETTER"}""";
    PlanCopyHandler.Indikator positive = CanonicalJson.MAPPER.readValue(base.replace("BASELINE", "{\"tahun\": 2023, \"nilai\": 1.5}"),
        PlanCopyHandler.Indikator.class);
    PlanCopyHandler.Indikator negative = CanonicalJson.MAPPER.readValue(base.replace("BASELINE", "{\"tahun\": 2023, \"nilai\": -1.5}"),
        PlanCopyHandler.Indikator.class);
    PlanCopyHandler.Indikator range = CanonicalJson.MAPPER.readValue(base.replace("BASELINE", "null")
        .replace("\"target\": {\"nilai\": 5}", "\"target\": {\"min\": -2, \"max\": 2}"), PlanCopyHandler.Indikator.class);
    assertThat(PlanCopyHandler.negativeInPlan(positive)).isFalse();
    assertThat(PlanCopyHandler.negativeInPlan(negative)).isTrue();
    assertThat(PlanCopyHandler.negativeInPlan(range)).isTrue();
  }
}
