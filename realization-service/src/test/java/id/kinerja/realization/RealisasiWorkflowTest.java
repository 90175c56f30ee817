package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The verification workflow, corrections as new versions, the audit trail. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class RealisasiWorkflowTest {

  @Inject
  DataSource dataSource;

  private static String etag(Response r) {
    return r.header("ETag");
  }

  @Test
  void correctionAfterApprovalCreatesVersion2AndKeepsVersion1() {
    Fixture f = Fixture.create();
    String cell = f.indikator(2, "IKU-01");
    Response r = as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00, \"ajukan\": true}").put(cell);
    r.then().statusCode(201);
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/verify");
    r.then().statusCode(200).body("status", equalTo("VERIFIED")).body("diverifikasiOleh", equalTo("sekcam." + f.kecamatan));
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/approve");
    r.then().statusCode(200).body("status", equalTo("APPROVED"));
    String approved = etag(r);

    // Approved data are never overwritten.
    as(f.operator, key()).header("If-Match", approved).body("{\"keadaan\": \"REPORTED\", \"nilai\": 19}").put(cell)
        .then().statusCode(409).body("errors[0].rule", equalTo("must-be-editable")).body("detail", containsString("buka koreksi"));
    as(f.verifier, key()).header("If-Match", approved).body("{\"alasanKode\": \"LAPORAN_DIPERBAIKI\"}").post(cell + "/return")
        .then().statusCode(409);
    // A correction needs its reason.
    as(f.operator, key()).header("If-Match", approved).body("{\"keadaan\": \"REPORTED\", \"nilai\": 19}").post(cell + "/corrections")
        .then().statusCode(400).body("errors[0].field", equalTo("alasanKoreksi"));
    r = as(f.operator, key()).header("If-Match", approved)
        .body("{\"alasanKoreksi\": \"Salah ketik\", \"keadaan\": \"REPORTED\", \"nilai\": 19}").post(cell + "/corrections");
    r.then().statusCode(201).body("versi", equalTo(2)).body("status", equalTo("DRAFT")).body("nilai", equalTo(19))
        .body("alasanKoreksi", equalTo("Salah ketik"));

    // Both versions readable; version 1 stays the official one until version 2 is approved.
    as(f.bagor).get(cell).then().statusCode(200).body("versi.size()", equalTo(2)).body("versiResmi", equalTo(1))
        .body("versiTerkini", equalTo(2)).body("versi[0].nilai", equalTo(17.00f)).body("versi[0].status", equalTo("APPROVED"))
        .body("versi[0].terkini", equalTo(false)).body("versi[1].nilai", equalTo(19));
    as(f.operator).get(cell + "/versi/1").then().statusCode(200).body("nilai", equalTo(17.00f)).body("status", equalTo("APPROVED"));
    as(f.operator).get(f.sheet(2)).then().body("indikator.find { it.indikatorKode == 'IKU-01' }.versiResmi", equalTo(1))
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.versi", equalTo(2));

    r = as(f.operator, key()).header("If-Match", etag(r)).post(cell + "/submit");
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/verify");
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/approve");
    r.then().statusCode(200).body("versi", equalTo(2)).body("status", equalTo("APPROVED"));
    as(f.operator).get(cell).then().body("versiResmi", equalTo(2)).body("versi[0].nilai", equalTo(17.00f));

    List<JsonNode> events = f.awaitEvents("IKU-01", 7);
    assertThat(events).extracting(e -> e.get("transition").asText() + "@" + e.get("versi").asInt() + ":" + e.get("status").asText())
        .containsExactly("SUBMITTED@1:SUBMITTED", "VERIFIED@1:VERIFIED", "APPROVED@1:APPROVED",
            "CORRECTION_OPENED@2:DRAFT", "SUBMITTED@2:SUBMITTED", "VERIFIED@2:VERIFIED", "APPROVED@2:APPROVED");
    assertThat(events).extracting(e -> e.get("revisi").asInt()).isSorted().doesNotHaveDuplicates();
    assertThat(events.get(3).get("alasan").asText()).isEqualTo("Salah ketik");
    assertThat(events.get(3).get("nilai").decimalValue()).isEqualByComparingTo("19");
    assertThat(events.get(1).get("peran").asText()).isEqualTo("verifier");
    assertThat(events.get(1).get("oleh").asText()).isEqualTo("sekcam." + f.kecamatan);
  }

  @Test
  void returnNeedsAReasonAndTheVerifierIsNeverTheSubmitter() throws Exception {
    Fixture f = Fixture.create();
    String both = DevTokens.token("merangkap." + f.kecamatan, Set.of("operator", "verifier"), f.kabupaten, f.kecamatan);
    String cell = f.indikator(2, "IKU-01");
    Response r = as(both, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 5, \"ajukan\": true}").put(cell);
    r.then().statusCode(201);
    as(both, key()).header("If-Match", etag(r)).post(cell + "/verify").then().statusCode(403)
        .contentType("application/problem+json").body("errors[0].rule", equalTo("verifier-is-not-submitter"));
    as(f.verifier, key()).header("If-Match", etag(r)).body("{}").post(cell + "/return").then().statusCode(400)
        .body("errors[0].field", equalTo("alasanKode"));
    as(f.verifier, key()).header("If-Match", etag(r)).body("{\"alasanKode\": \"LAIN_LAIN\"}").post(cell + "/return")
        .then().statusCode(400).body("errors[0].field", equalTo("alasan"));
    as(f.verifier, key()).header("If-Match", etag(r)).body("{\"alasanKode\": \"TIDAK_ADA\"}").post(cell + "/return")
        .then().statusCode(400).body("errors[0].field", equalTo("alasanKode"));
    r = as(f.verifier, key()).header("If-Match", etag(r))
        .body("{\"alasanKode\": \"REALISASI_DITELITI_ULANG\", \"alasan\": \"Cek data desa\"}").post(cell + "/return");
    r.then().statusCode(200).body("status", equalTo("RETURNED")).body("pengembalian.alasanKode", equalTo("REALISASI_DITELITI_ULANG"));
    // Returned is editable again: the edit makes it a draft, then it is submitted again.
    r = as(both, key()).header("If-Match", etag(r)).body("{\"keadaan\": \"REPORTED\", \"nilai\": 6}").put(cell);
    r.then().statusCode(200).body("status", equalTo("DRAFT"));
    r = as(both, key()).header("If-Match", etag(r)).post(cell + "/submit");
    r.then().statusCode(200).body("status", equalTo("SUBMITTED"));
    // Bagian Organisasi of the kabupaten can return too.
    r = as(f.bagor, key()).header("If-Match", etag(r)).body("{\"alasanKode\": \"LAPORAN_KURANG_BAIK\"}").post(cell + "/return");
    r.then().statusCode(200).body("status", equalTo("RETURNED"));

    List<JsonNode> events = f.awaitEvents("IKU-01", 4);
    assertThat(events).extracting(e -> e.get("transition").asText()).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED",
        "RETURNED");
    assertThat(events.get(1).get("alasanKode").asText()).isEqualTo("REALISASI_DITELITI_ULANG");
    assertThat(events.get(1).get("alasan").asText()).isEqualTo("Cek data desa");
    assertThat(events.get(3).get("peran").asText()).isEqualTo("bagian-organisasi");
    assertThat(events.get(2).get("nilai").decimalValue()).isEqualByComparingTo("6");

    // The audit trail: who, when, what changed, append-only.
    Response audit = as(f.operator).queryParam("kode", "IKU-01").get("/api/kecamatan/" + f.kecamatan + "/audit");
    audit.then().statusCode(200).body("total", equalTo(6));
    List<String> aksi = audit.jsonPath().getList("items.aksi");
    assertThat(aksi).containsExactly("CREATED", "SUBMITTED", "RETURNED", "UPDATED", "SUBMITTED", "RETURNED");
    audit.then().body("items[3].perubahan.nilai.lama", equalTo(5)).body("items[3].perubahan.nilai.baru", equalTo(6))
        .body("items[3].perubahan.status.lama", equalTo("RETURNED")).body("items[3].oleh", equalTo("merangkap." + f.kecamatan))
        .body("items[2].alasan", equalTo("REALISASI_DITELITI_ULANG: Cek data desa")).body("items[2].peran", equalTo("verifier"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("update audit_log set oleh = 'someone' where kecamatan_kode = ?")) {
      ps.setString(1, f.kecamatan);
      assertThatThrownBy(ps::executeUpdate).hasMessageContaining("append-only");
    }
  }

  @Test
  void budgetRealisasiGoesThroughTheSameWorkflowAndCorrection() {
    Fixture f = Fixture.create();
    String cell = f.anggaran(2, "7.01.01.2.01.0001");
    Response r = as(f.operator, key()).body("{\"nilai\": 400000, \"keterangan\": \"ATK\", \"ajukan\": true}").put(cell);
    r.then().statusCode(201).body("status", equalTo("SUBMITTED")).body("melebihiPagu", equalTo(false));
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/verify");
    r.then().statusCode(200).body("status", equalTo("VERIFIED"));
    r = as(f.verifier, key()).header("If-Match", etag(r)).post(cell + "/approve");
    r.then().statusCode(200).body("status", equalTo("APPROVED"));
    as(f.operator, key()).header("If-Match", etag(r)).body("{\"nilai\": 1}").put(cell).then().statusCode(409);
    as(f.operator, key()).header("If-Match", "\"1\"").body("{\"alasanKoreksi\": \"SP2D\", \"nilai\": 1200000}")
        .post(cell + "/corrections").then().statusCode(412);
    r = as(f.operator, key()).header("If-Match", etag(r)).body("{\"alasanKoreksi\": \"SP2D terlambat dicatat\", \"nilai\": 1200000}")
        .post(cell + "/corrections");
    r.then().statusCode(201).body("versi", equalTo(2)).body("status", equalTo("DRAFT")).body("melebihiPagu", equalTo(true))
        .body("keterangan", equalTo("ATK")).body("alasanKoreksi", equalTo("SP2D terlambat dicatat"));
    as(f.bagor).get(cell).then().statusCode(200).body("versi.size()", equalTo(2)).body("versiResmi", equalTo(1))
        .body("versi[0].nilai", equalTo(400000)).body("pagu", equalTo(1000000));

    List<JsonNode> events = f.awaitEvents("7.01.01.2.01.0001", 4);
    assertThat(events).extracting(e -> e.get("transition").asText() + "@" + e.get("versi").asInt())
        .containsExactly("SUBMITTED@1", "VERIFIED@1", "APPROVED@1", "CORRECTION_OPENED@2");
    assertThat(events.get(3).get("nilai").asLong()).isEqualTo(1_200_000L);
    assertThat(events.get(3).get("melebihiPagu").asBoolean()).isTrue();
    assertThat(events.get(3).get("alasan").asText()).isEqualTo("SP2D terlambat dicatat");
  }
}
