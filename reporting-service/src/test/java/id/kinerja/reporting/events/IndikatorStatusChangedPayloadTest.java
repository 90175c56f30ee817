package id.kinerja.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.reporting.domain.Narasi;

/**
 * realisasi.indikator.status-changed in both versions reporting reads: v1 without a narrative, v2 with one (each field
 * a text or null, never empty). Each version's contract is its own: a v1 event carrying the narrative and a v2 event
 * lacking it break theirs, and both versions are read into the same payload.
 */
class IndikatorStatusChangedPayloadTest {

  private static ObjectNode v1() {
    return CanonicalJson.MAPPER.createObjectNode().put("kabupatenKode", "35.02").put("kecamatanKode", "35.02.08")
        .put("tahun", 2024).put("triwulan", 4).put("indikatorKode", "IKU-SKM").put("versi", 1).put("revisi", 2)
        .put("transition", "VERIFIED").put("status", "VERIFIED").put("keadaan", "REPORTED").put("nilai", 99)
        .putNull("pembilang").putNull("penyebut").put("terlambat", false).put("oleh", "verifier.35.02.08")
        .put("peran", "verifier").put("waktu", "2025-01-10T03:00:00Z");
  }

  private static ObjectNode v2(String pendukung, String penghambat, String tindakLanjut) {
    ObjectNode p = v1();
    p.put("faktorPendukung", pendukung);
    p.put("faktorPenghambat", penghambat);
    p.put("tindakLanjut", tindakLanjut);
    return p;
  }

  private static EventEnvelope envelope(int version, ObjectNode payload) {
    return new EventEnvelope(UUID.randomUUID(), ProjectionHandler.INDIKATOR_CHANGED, version, "35.02.08",
        Instant.parse("2025-01-10T03:00:00Z"), "realization-service", payload);
  }

  @Test
  void v1HasNoNarrativeAndIsReadWithout() throws Exception {
    assertThat(EventSchemas.validate(envelope(1, v1()))).isEmpty();
    Payloads.IndikatorStatusChanged read = CanonicalJson.MAPPER.treeToValue(v1(), Payloads.IndikatorStatusChanged.class);
    assertThat(read.narasi()).isEqualTo(Narasi.NONE);
    assertThat(read.nilai()).isEqualByComparingTo("99");
  }

  @ParameterizedTest(name = "v2 [{0}] [{1}] [{2}]")
  @CsvSource(nullValues = "-", value = {
      "Koordinasi baik, Jaringan terbatas, Pendampingan desa",
      "Koordinasi baik, -, -",
      "-, -, Survei tiap semester",
      "-, -, -" })
  void v2CarriesTheNarrativeTextOrNull(String pendukung, String penghambat, String tindakLanjut) throws Exception {
    ObjectNode p = v2(pendukung, penghambat, tindakLanjut);
    assertThat(EventSchemas.validate(envelope(2, p))).isEmpty();
    Narasi n = CanonicalJson.MAPPER.treeToValue(p, Payloads.IndikatorStatusChanged.class).narasi();
    assertThat(n.faktorPendukung()).isEqualTo(pendukung);
    assertThat(n.faktorPenghambat()).isEqualTo(penghambat);
    assertThat(n.tindakLanjut()).isEqualTo(tindakLanjut);
    assertThat(n.isEmpty()).isEqualTo(pendukung == null && penghambat == null && tindakLanjut == null);
  }

  @Test
  void eachVersionKeepsToItsOwnContract() {
    // v1 never carries the narrative; v2 always states it (null when none); an empty text is not a narrative.
    assertThat(EventSchemas.validate(envelope(1, v2("Koordinasi baik", null, null)))).isNotEmpty();
    assertThat(EventSchemas.validate(envelope(2, v1()))).isNotEmpty();
    ObjectNode missingOne = v2("Koordinasi baik", null, null);
    missingOne.remove("tindakLanjut");
    assertThat(EventSchemas.validate(envelope(2, missingOne))).isNotEmpty();
    assertThat(EventSchemas.validate(envelope(2, v2("", null, null)))).isNotEmpty();
    assertThat(EventSchemas.validate(envelope(3, v2(null, null, null)))).isNotEmpty();
  }
}
