package id.kinerja.realization.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.time.ZonaWaktu;

/**
 * planning.kabupaten.configured with and without its optional zonaWaktu: both follow the contract and are read, an
 * event without the field meaning the zone of the kabupaten's province; a zone that is not one of the three is refused.
 */
class KabupatenConfiguredPayloadTest {

  private static ObjectNode payload(String kode, String zona) {
    ObjectNode p = CanonicalJson.MAPPER.createObjectNode().put("kode", kode).put("nama", "Kabupaten Uji")
        .put("negativeFormulaDefault", "TWO_T_MINUS_R").put("overallMode", "IKU").putNull("capaianScoreCap")
        .put("floorNegativeAtZero", false).put("konfigurasiVersi", 3);
    if (zona != null) {
      p.put("zonaWaktu", zona);
    }
    return p;
  }

  private static EventEnvelope envelope(ObjectNode payload) {
    return new EventEnvelope(UUID.randomUUID(), PlanCopyHandler.KABUPATEN_CONFIGURED, 1, payload.get("kode").asText(),
        Instant.parse("2024-07-01T00:00:00Z"), "planning-service", payload);
  }

  @ParameterizedTest(name = "{0} with zonaWaktu {1} → {2}")
  @CsvSource({
      "35.02, WIB, WIB", "73.71, WITA, WITA", "91.01, WIT, WIT",
      "35.02, WITA, WITA", // a zone named is kept, whatever the province
      "35.02, , WIB", "73.71, , WITA", "91.01, , WIT", "64.72, , WITA", "61.71, , WIB" }) // absent: the province's
  void theZoneIsReadAndAnOlderEventMeansTheProvincesZone(String kode, String zona, ZonaWaktu expected) throws Exception {
    ObjectNode p = payload(kode, zona);
    assertThat(EventSchemas.validate(envelope(p))).isEmpty();
    PlanCopyHandler.KabupatenConfigured read = CanonicalJson.MAPPER.treeToValue(p, PlanCopyHandler.KabupatenConfigured.class);
    assertThat(read.zona()).isEqualTo(expected);
    assertThat(read.konfigurasiVersi()).isEqualTo(3);
  }

  @ParameterizedTest(name = "zonaWaktu {0} is refused")
  @CsvSource({ "UTC", "wib", "Asia/Jakarta" })
  void anotherZoneBreaksTheContract(String zona) {
    assertThat(EventSchemas.validate(envelope(payload("35.02", zona)))).isNotEmpty();
  }
}
