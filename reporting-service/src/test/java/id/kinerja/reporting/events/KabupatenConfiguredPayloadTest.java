package id.kinerja.reporting.events;

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
 * event without the field meaning the zone of the kabupaten's province; another zone breaks the contract.
 */
class KabupatenConfiguredPayloadTest {

  private static ObjectNode payload(String kode, String zona) {
    ObjectNode p = CanonicalJson.MAPPER.createObjectNode().put("kode", kode).put("nama", "Kabupaten Uji")
        .put("negativeFormulaDefault", "TWO_T_MINUS_R").put("overallMode", "SASARAN").put("capaianScoreCap", 120)
        .put("floorNegativeAtZero", true).put("konfigurasiVersi", 2);
    if (zona != null) {
      p.put("zonaWaktu", zona);
    }
    return p;
  }

  private static EventEnvelope envelope(ObjectNode payload) {
    return new EventEnvelope(UUID.randomUUID(), ProjectionHandler.KABUPATEN_CONFIGURED, 1, payload.get("kode").asText(),
        Instant.parse("2024-07-01T00:00:00Z"), "planning-service", payload);
  }

  @ParameterizedTest(name = "{0} with zonaWaktu {1} → {2}")
  @CsvSource({ "35.02, WIB, WIB", "73.71, WITA, WITA", "91.01, WIT, WIT", "91.01, WIB, WIB",
      "35.02, , WIB", "52.01, , WITA", "81.71, , WIT", "12.71, , WIB" })
  void theZoneIsReadAndAnOlderEventMeansTheProvincesZone(String kode, String zona, ZonaWaktu expected) throws Exception {
    ObjectNode p = payload(kode, zona);
    assertThat(EventSchemas.validate(envelope(p))).isEmpty();
    Payloads.KabupatenConfigured read = CanonicalJson.MAPPER.treeToValue(p, Payloads.KabupatenConfigured.class);
    assertThat(read.zona()).isEqualTo(expected);
    assertThat(read.capaianScoreCap()).isEqualByComparingTo("120");
  }

  @ParameterizedTest(name = "zonaWaktu {0} is refused")
  @CsvSource({ "UTC", "wita", "Asia/Makassar" })
  void anotherZoneBreaksTheContract(String zona) {
    assertThat(EventSchemas.validate(envelope(payload("73.71", zona)))).isNotEmpty();
  }
}
