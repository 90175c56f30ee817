package id.kinerja.realization.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;

/**
 * planning.kabupaten.configured v2 (with the logo) and planning.kecamatan.registered v2 (with the kecamatan's profile),
 * as planning now writes them, follow their contracts and are read by the plan copy like v1: realization keeps what it
 * kept before and reads past the fields it has no use for.
 */
class PlanningV2PayloadsTest {

  private static EventEnvelope v2(String type, String key, ObjectNode payload) {
    return new EventEnvelope(UUID.randomUUID(), type, 2, key, Instant.parse("2024-07-01T00:00:00Z"), "planning-service",
        payload);
  }

  @Test
  void theKabupatenWithItsLogoIsReadAsBefore() throws Exception {
    ObjectNode p = CanonicalJson.MAPPER.createObjectNode().put("kode", "35.02").put("nama", "Ponorogo")
        .put("negativeFormulaDefault", "TWO_T_MINUS_R").put("overallMode", "IKU").putNull("capaianScoreCap")
        .put("floorNegativeAtZero", false).put("konfigurasiVersi", 4).put("zonaWaktu", "WIB");
    p.putObject("logo").put("mediaType", "image/png").put("isi", "iVBORw0KGgo=")
        .put("sha256", "f212bf11c623bc54d472f3607582c67f4a2ca53b7c4699811d6d1a1a004dc5f0");
    EventEnvelope e = v2(PlanCopyHandler.KABUPATEN_CONFIGURED, "35.02", p);
    assertThat(EventSchemas.validate(e)).isEmpty();
    PlanCopyHandler.KabupatenConfigured read = e.payloadAs(PlanCopyHandler.KabupatenConfigured.class);
    assertThat(read.konfigurasiVersi()).isEqualTo(4);
    assertThat(read.nama()).isEqualTo("Ponorogo");
    // v2 requires the logo field (null when there is none); v1's payload alone is not a v2
    p.remove("logo");
    assertThat(EventSchemas.validate(v2(PlanCopyHandler.KABUPATEN_CONFIGURED, "35.02", p))).isNotEmpty();
  }

  @Test
  void theKecamatanWithItsProfileIsReadAsBefore() {
    ObjectNode p = CanonicalJson.MAPPER.createObjectNode().put("kabupatenKode", "35.02").put("kode", "35.02.08")
        .putNull("kodeBps").put("nama", "Mlarak").put("alamat", "Jalan Raya Mlarak-Sambit No.10")
        .put("tugasPokok", "Melaksanakan tugas yang dilimpahkan oleh Bupati");
    p.putArray("desa").addObject().put("kode", "35.02.08.2001").put("nama", "Tugu").put("jenis", "DESA");
    p.putArray("fungsi").add("Pelaksanaan tugas-tugas pembinaan wilayah");
    p.putArray("dasarHukum");
    ObjectNode unit = p.putArray("organisasi").addObject().put("kode", "KEC").put("nama", "Kecamatan Mlarak")
        .putNull("indukKode");
    unit.putObject("kepala").put("nama", "Joko Setiawan").put("nip", "197906081998021001").put("jabatan", "Camat Mlarak")
        .put("peran", "CAMAT").putNull("pangkat");
    EventEnvelope e = v2(PlanCopyHandler.KECAMATAN_REGISTERED, "35.02.08", p);
    assertThat(EventSchemas.validate(e)).isEmpty();
    PlanCopyHandler.KecamatanRegistered read = e.payloadAs(PlanCopyHandler.KecamatanRegistered.class);
    assertThat(read.nama()).isEqualTo("Mlarak");
    assertThat(read.desa()).hasSize(1);
    // a head that is staff is not a head: the contract refuses it
    ((ObjectNode) unit.get("kepala")).put("peran", "STAF");
    assertThat(EventSchemas.validate(v2(PlanCopyHandler.KECAMATAN_REGISTERED, "35.02.08", p))).isNotEmpty();
  }
}
