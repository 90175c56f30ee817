package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A whole triwulan in one request (all or nothing), and workflow actions on a whole triwulan. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class RealisasiBatchTest {

  @Inject
  DataSource dataSource;

  long outbox(String kecamatan) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where event_key = ?")) {
      ps.setString(1, kecamatan);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static final String GOOD = """
      {"ajukan": true,
       "indikator": [
         {"indikatorKode": "IKU-01", "keadaan": "REPORTED", "nilai": 37.84, "faktorPendukung": "Koordinasi baik"},
         {"indikatorKode": "IKU-02", "keadaan": "REPORTED", "pembilang": 12, "penyebut": 36},
         {"indikatorKode": "IKU-03", "keadaan": "REPORTED", "nilai": 86.90, "buktiTautan": ["https://drive.example.id/skm.pdf"]},
         {"indikatorKode": "IKU-05", "keadaan": "REPORTED", "nilai": 0}],
       "anggaran": [
         {"anggaranKode": "7.01.01.2.01.0001", "nilai": 498729771},
         {"anggaranKode": "7.01.01.2.01.0002", "nilai": 0}]}""";

  @Test
  void batchWithBadItemsNamesEachAndAppliesNothing() throws Exception {
    Fixture f = Fixture.create();
    String bad = GOOD.replace("\"pembilang\": 12, \"penyebut\": 36", "\"nilai\": 33.33")
        .replace("\"anggaranKode\": \"7.01.01.2.01.0002\"", "\"anggaranKode\": \"7.01.09.2.01.0001\"");
    Response refused = as(f.operator, key()).body(bad).post(f.sheet(2) + "/batch");
    refused.then().statusCode(422).contentType("application/problem+json")
        .body("detail", equalTo("4 masalah pada kiriman sekaligus ini; tidak ada yang disimpan"))
        .body("errors.field", hasItem("indikator[1].nilai"))
        .body("errors.find { it.field == 'indikator[1].nilai' }.rule", equalTo("must-use-komponen"))
        .body("errors.find { it.field == 'anggaran[1].anggaranKode' }.rule", equalTo("must-exist-in-plan"));
    // Evidence is required for IKU-03 when submitting: a batch without it names that item.
    as(f.operator, key()).body(GOOD.replace(", \"buktiTautan\": [\"https://drive.example.id/skm.pdf\"]", ""))
        .post(f.sheet(2) + "/batch").then().statusCode(422)
        .body("errors[0].field", equalTo("indikator[2].buktiTautan")).body("errors[0].rule", equalTo("bukti-required"));
    // Nothing at all was applied.
    as(f.operator).get(f.sheet(2)).then().statusCode(200).body("revisi", equalTo(0))
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.keadaan", equalTo("NOT_REPORTED"))
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.nilai", nullValue());
    assertThat(outbox(f.kecamatan)).isZero();

    String k = key();
    Response ok = as(f.operator, k).body(GOOD).post(f.sheet(2) + "/batch");
    ok.then().statusCode(200).body("hasil.size()", equalTo(6)).body("hasil[0].hasil", equalTo("CREATED"))
        .body("hasil[0].status", equalTo("SUBMITTED")).body("hasil[4].jenis", equalTo("ANGGARAN"))
        .body("hasil[4].peringatan[0].rule", equalTo("melebihi-pagu"))
        .body("hasil[4].peringatan[0].field", equalTo("anggaran[0].nilai"))
        .body("hasil[5].peringatan.size()", equalTo(0)).body("revisi", equalTo(12));
    assertThat(ok.header("ETag")).isEqualTo("\"12\"");
    assertThat(outbox(f.kecamatan)).isEqualTo(6);
    // Retry of the whole batch with the same key: same answer, nothing new.
    Response again = as(f.operator, k).body(GOOD).post(f.sheet(2) + "/batch");
    again.then().statusCode(200).header("Idempotency-Replayed", "true");
    assertThat(again.asString()).isEqualTo(ok.asString());
    assertThat(outbox(f.kecamatan)).isEqualTo(6);
    // A new batch for existing cells needs their revisi; stale and missing ones are named.
    as(f.operator, key()).body("{\"indikator\": [{\"indikatorKode\": \"IKU-01\", \"keadaan\": \"REPORTED\", \"nilai\": 1},"
        + " {\"indikatorKode\": \"IKU-05\", \"revisi\": 1, \"keadaan\": \"REPORTED\", \"nilai\": 1}]}")
        .post(f.sheet(2) + "/batch").then().statusCode(412)
        .body("errors.find { it.field == 'indikator[1].revisi' }.rule", equalTo("must-match-current-revisi"))
        .body("errors.find { it.field == 'indikator[0].revisi' }.rule", equalTo("required-for-existing-cell"));

    List<JsonNode> events = f.events();
    assertThat(events).hasSize(6);
    assertThat(events).extracting(e -> e.get("type").asText()).containsOnly("realisasi.indikator.status-changed",
        "realisasi.anggaran.status-changed");
    JsonNode iku02 = f.eventsOf("IKU-02").get(0);
    assertThat(iku02.get("pembilang").decimalValue()).isEqualByComparingTo("12");
    assertThat(iku02.get("penyebut").decimalValue()).isEqualByComparingTo("36");
    assertThat(iku02.get("nilai").isNull()).isTrue();
  }

  @Test
  void portalVerifiesAndApprovesAWholeTriwulanAtOnce() {
    Fixture f = Fixture.create();
    // Submitting the whole triwulan needs every due indicator entered.
    Response sheet = as(f.operator).get(f.sheet(2));
    as(f.operator, key()).header("If-Match", sheet.header("ETag")).body("{}").post(f.sheet(2) + "/submit")
        .then().statusCode(422).body("errors[0].rule", equalTo("every-due-indicator-entered"))
        .body("errors[0].message", containsString("IKU-01"));
    as(f.operator, key()).body(GOOD.replace("\"ajukan\": true", "\"ajukan\": false")).post(f.sheet(2) + "/batch")
        .then().statusCode(200).body("hasil[0].status", equalTo("DRAFT"));
    sheet = as(f.operator).get(f.sheet(2));
    Response submitted = as(f.operator, key()).header("If-Match", sheet.header("ETag")).body("{}").post(f.sheet(2) + "/submit");
    submitted.then().statusCode(200).body("sel.size()", equalTo(6)).body("sel.status", org.hamcrest.Matchers.everyItem(equalTo("SUBMITTED")));

    // The verifier works on what the portal showed: a stale sheet ETag is refused.
    as(f.verifier, key()).header("If-Match", sheet.header("ETag")).body("{}").post(f.sheet(2) + "/verify").then().statusCode(412);
    as(f.verifier, key()).body("{}").post(f.sheet(2) + "/verify").then().statusCode(428);
    sheet = as(f.verifier).get(f.sheet(2));
    Response verified = as(f.verifier, key()).header("If-Match", sheet.header("ETag")).body("{}").post(f.sheet(2) + "/verify");
    verified.then().statusCode(200).body("aksi", equalTo("VERIFY")).body("sel.size()", equalTo(6));
    // Return only one listed cell, then approve the rest.
    Response returned = as(f.bagor, key()).header("If-Match", verified.header("ETag"))
        .body("{\"indikator\": [\"IKU-05\"], \"alasanKode\": \"CAPAIAN_DITELITI_ULANG\"}").post(f.sheet(2) + "/return");
    returned.then().statusCode(200).body("sel.size()", equalTo(1)).body("sel[0].status", equalTo("RETURNED"));
    Response approved = as(f.verifier, key()).header("If-Match", returned.header("ETag")).body("{}").post(f.sheet(2) + "/approve");
    approved.then().statusCode(200).body("sel.size()", equalTo(5));
    as(f.verifier).get(f.sheet(2)).then().body("ringkasan.status.APPROVED", equalTo(5))
        .body("ringkasan.status.RETURNED", equalTo(1))
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.versiResmi", equalTo(1));
    // Nothing left to approve.
    as(f.verifier, key()).header("If-Match", approved.header("ETag")).body("{}").post(f.sheet(2) + "/approve")
        .then().statusCode(409).body("errors[0].rule", equalTo("must-have-eligible-cell"));

    List<JsonNode> iku01 = f.awaitEvents("IKU-01", 3);
    assertThat(iku01).extracting(e -> e.get("transition").asText()).containsExactly("SUBMITTED", "VERIFIED", "APPROVED");
    List<JsonNode> iku05 = f.awaitEvents("IKU-05", 3);
    assertThat(iku05).extracting(e -> e.get("transition").asText()).containsExactly("SUBMITTED", "VERIFIED", "RETURNED");
    assertThat(iku05.get(2).get("alasanKode").asText()).isEqualTo("CAPAIAN_DITELITI_ULANG");
  }
}
