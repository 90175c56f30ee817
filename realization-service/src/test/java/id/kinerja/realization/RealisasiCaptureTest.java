package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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

/** Entering realisasi over the real database and broker: idempotency, windows, not-reported ≠ 0, concurrency. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class RealisasiCaptureTest {

  @Inject
  DataSource dataSource;

  private static final String SUBMIT_17 = """
      {"keadaan": "REPORTED", "nilai": 17.00, "satuan": "%", "faktorPendukung": "Koordinasi baik", "ajukan": true}""";

  long count(String sql, Object... params) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void submittedValueReachesTheBrokerOnceAndRetriesCreateNothing() throws Exception {
    Fixture f = Fixture.create();
    String k = key();
    Response first = as(f.operator, k).body(SUBMIT_17).put(f.indikator(2, "IKU-01"));
    first.then().statusCode(201).header("ETag", "\"2\"").body("status", equalTo("SUBMITTED"))
        .body("versi", equalTo(1)).body("nilai", equalTo(17.00f));
    assertThat(first.header("Idempotency-Replayed")).isNull();

    // The mobile client did not get the answer and retries twice with the same key and the same body.
    for (int i = 0; i < 2; i++) {
      Response retry = as(f.operator, k).body("{\"ajukan\": true, \"nilai\": 17.0, \"satuan\": \"%\", \"keadaan\": \"REPORTED\","
          + " \"faktorPendukung\": \"Koordinasi baik\"}").put(f.indikator(2, "IKU-01"));
      retry.then().statusCode(201).header("ETag", "\"2\"").header("Idempotency-Replayed", "true");
      assertThat(retry.asString()).isEqualTo(first.asString());
    }
    // The same key with another body is refused and changes nothing.
    as(f.operator, k).body(SUBMIT_17.replace("17.00", "18.00")).put(f.indikator(2, "IKU-01"))
        .then().statusCode(409).contentType("application/problem+json")
        .body("errors[0].field", equalTo("Idempotency-Key")).body("errors[0].rule", equalTo("same-key-same-body"));

    assertThat(count("select count(*) from realisasi_indikator where kecamatan_kode = ?", f.kecamatan)).isEqualTo(1);
    assertThat(count("select count(*) from outbox_event where event_key = ?", f.kecamatan)).isEqualTo(1);
    List<JsonNode> events = f.awaitEvents("IKU-01", 1);
    assertThat(events).hasSize(1);
    JsonNode e = events.get(0);
    assertThat(e.get("transition").asText()).isEqualTo("SUBMITTED");
    assertThat(e.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(e.get("keadaan").asText()).isEqualTo("REPORTED");
    assertThat(e.get("nilai").decimalValue()).isEqualByComparingTo("17.00");
    assertThat(e.get("versi").asInt()).isEqualTo(1);
    assertThat(e.get("revisi").asInt()).isEqualTo(2);
    assertThat(e.get("oleh").asText()).isEqualTo("operator." + f.kecamatan);
    assertThat(e.get("peran").asText()).isEqualTo("operator");
    assertThat(e.get("terlambat").asBoolean()).isFalse();
    assertThat(e.get("kabupatenKode").asText()).isEqualTo(f.kabupaten);
    // v2 carries the version's narrative; what was not given is null, never "".
    assertThat(e.get("faktorPendukung").asText()).isEqualTo("Koordinasi baik");
    assertThat(e.get("faktorPenghambat").isNull()).isTrue();
    assertThat(e.get("tindakLanjut").isNull()).isTrue();
    assertThat(f.events()).allSatisfy(env -> assertThat(env.get("version").asInt()).isEqualTo(2));
    // Still exactly one after the relay had every chance to send more.
    assertThat(f.eventsOf("IKU-01")).hasSize(1);
  }

  @Test
  void theNarrativeOfEachVersionTravelsWithItsEvent() {
    Fixture f = Fixture.create();
    Response draft = as(f.operator, key()).body("""
        {"keadaan": "REPORTED", "nilai": 12, "satuan": "%", "faktorPendukung": "Koordinasi lintas seksi baik",
         "faktorPenghambat": "Jaringan internet desa terbatas", "tindakLanjut": "Pendampingan operator desa"}""")
        .put(f.indikator(2, "IKU-01"));
    draft.then().statusCode(201).body("status", equalTo("DRAFT"));
    // A draft publishes nothing; the submission carries what the operator wrote last (a blank field is no narrative).
    as(f.operator, key()).header("If-Match", draft.header("ETag")).body("""
        {"keadaan": "REPORTED", "nilai": 12, "satuan": "%", "faktorPendukung": "Koordinasi lintas seksi baik",
         "faktorPenghambat": "   ", "tindakLanjut": "Pendampingan operator desa", "ajukan": true}""")
        .put(f.indikator(2, "IKU-01")).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    JsonNode e = f.awaitEvents("IKU-01", 1).get(0);
    assertThat(e.get("transition").asText()).isEqualTo("SUBMITTED");
    assertThat(e.get("faktorPendukung").asText()).isEqualTo("Koordinasi lintas seksi baik");
    assertThat(e.get("faktorPenghambat").isNull()).isTrue();
    assertThat(e.get("tindakLanjut").asText()).isEqualTo("Pendampingan operator desa");
  }

  @Test
  void concurrentRetriesWithTheSameKeyCreateOneVersionAndOneEvent() throws Exception {
    Fixture f = Fixture.create();
    String k = key();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> as(f.operator, k).body(SUBMIT_17).put(f.indikator(2, "IKU-01"))));
      }
      java.util.Set<String> bodies = new java.util.HashSet<>();
      for (java.util.concurrent.Future<Response> a : answers) {
        Response r = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(201);
        bodies.add(r.asString());
      }
      assertThat(bodies).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    // Different keys racing to create the same cell: one wins, the others are told to read it and send its revisi.
    List<Integer> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      statuses.add(as(f.operator, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).statusCode());
    }
    assertThat(statuses).containsOnly(428);
    assertThat(count("select count(*) from realisasi_indikator where kecamatan_kode = ?", f.kecamatan)).isEqualTo(1);
    assertThat(count("select count(*) from outbox_event where event_key = ?", f.kecamatan)).isEqualTo(1);
  }

  @Test
  void draftSaveEmitsNothingAndStaleOrMissingIfMatchIsRefused() throws Exception {
    Fixture f = Fixture.create();
    String cell = f.indikator(2, "IKU-01");
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 10}").put(cell)
        .then().statusCode(201).header("ETag", "\"1\"").body("status", equalTo("DRAFT"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 11}").put(cell)
        .then().statusCode(428).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
    as(f.operator, key()).header("If-Match", "\"7\"").body("{\"keadaan\": \"REPORTED\", \"nilai\": 11}").put(cell)
        .then().statusCode(412).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
    as(f.operator2, key()).header("If-Match", "\"1\"").body("{\"keadaan\": \"REPORTED\", \"nilai\": 11}").put(cell)
        .then().statusCode(200).header("ETag", "\"2\"").body("nilai", equalTo(11)).body("diubahOleh", equalTo("operator2." + f.kecamatan));
    // The first operator's edit based on revisi 1 is now stale.
    as(f.operator, key()).header("If-Match", "\"1\"").body("{\"keadaan\": \"REPORTED\", \"nilai\": 12}").put(cell)
        .then().statusCode(412);
    as(f.operator).get(cell).then().statusCode(200).header("ETag", "\"2\"").body("versi[0].nilai", equalTo(11));
    // Workflow actions need the current ETag too.
    as(f.operator, key()).post(cell + "/submit").then().statusCode(428);
    as(f.operator, key()).header("If-Match", "\"1\"").post(cell + "/submit").then().statusCode(412);
    assertThat(count("select count(*) from outbox_event where event_key = ?", f.kecamatan)).isZero();
    as(f.operator, key()).header("If-Match", "\"2\"").post(cell + "/submit").then().statusCode(200).header("ETag", "\"3\"");
    assertThat(count("select count(*) from outbox_event where event_key = ?", f.kecamatan)).isEqualTo(1);
    // Once submitted the value cannot be edited until it is returned.
    as(f.operator, key()).header("If-Match", "\"3\"").body("{\"keadaan\": \"REPORTED\", \"nilai\": 12}").put(cell)
        .then().statusCode(409).body("errors[0].rule", equalTo("must-be-editable"));
  }

  @Test
  void valuePostedAfterTheWindowClosedIsRefusedAndAReopeningMarksItLate() throws Exception {
    Fixture f = Fixture.create();
    as(f.operator, key()).body(SUBMIT_17).put(f.indikator(1, "IKU-01"))
        .then().statusCode(422).contentType("application/problem+json")
        .body("errors[0].field", equalTo("triwulan")).body("errors[0].rule", equalTo("entry-window-open"))
        .header("Content-Language", "id").body("detail", startsWith("triwulan: pengisian TW 1 2024 ditutup "))
        .body("detail", endsWith(" WIB; perlu perpanjangan dari Bagian Organisasi"));
    as(f.operator, key()).header("Accept-Language", "en").body(SUBMIT_17).put(f.indikator(1, "IKU-01"))
        .then().statusCode(422).header("Content-Language", "en").body("errors[0].rule", equalTo("entry-window-open"))
        .body("detail", containsString("closed on")).body("detail", containsString("reopening"));
    as(f.operator, key()).body(SUBMIT_17).put(f.indikator(4, "IKU-04"))
        .then().statusCode(422).body("errors[0].field", equalTo("triwulan")).body("detail", containsString("dibuka mulai"));
    // The sheet tells the same, in the reader's language.
    as(f.operator).get(f.sheet(1)).then().statusCode(200)
        .body("jendela.pesan", startsWith("pengisian TW 1 2024 ditutup "));
    as(f.operator).header("Accept-Language", "en").get(f.sheet(1)).then().statusCode(200)
        .header("Content-Language", "en").body("jendela.pesan", startsWith("entry for TW 1 2024 closed on "));
    // The batch endpoint applies the same window.
    as(f.operator, key()).body("{\"indikator\": [{\"indikatorKode\": \"IKU-01\", \"keadaan\": \"REPORTED\", \"nilai\": 1}]}")
        .post(f.sheet(1) + "/batch").then().statusCode(422).body("errors[0].field", equalTo("triwulan"));
    assertThat(count("select count(*) from realisasi_indikator where kecamatan_kode = ?", f.kecamatan)).isZero();

    // TW 3 closed too, but Bagian Organisasi reopened it for this kecamatan: accepted and marked late.
    as(f.operator, key()).body(SUBMIT_17).put(f.indikator(3, "IKU-01"))
        .then().statusCode(201).body("terlambat", equalTo(true));
    JsonNode e = f.awaitEvents("IKU-01", 1).get(0);
    assertThat(e.get("triwulan").asInt()).isEqualTo(3);
    assertThat(e.get("terlambat").asBoolean()).isTrue();
  }

  @Test
  void notReportedStaysDistinctFromZeroEndToEnd() throws Exception {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 0, \"ajukan\": true}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(201).body("keadaan", equalTo("REPORTED")).body("nilai", equalTo(0));
    // NOT_REPORTED is the absence of a value: it cannot be entered (and is never turned into 0).
    as(f.operator, key()).body("{\"keadaan\": \"NOT_REPORTED\"}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(422).body("errors[0].field", equalTo("keadaan"))
        .body("errors[0].rule", equalTo("must-be-reported-or-not-applicable"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\"}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(422).body("errors[0].field", equalTo("nilai")).body("errors[0].rule", equalTo("required-when-reported"));
    as(f.operator, key()).body("{\"keadaan\": \"NOT_APPLICABLE\", \"alasan\": \"Tidak ada kegiatan\", \"ajukan\": true}")
        .put(f.indikator(2, "IKU-03")).then().statusCode(201).body("nilai", nullValue());

    Response sheet = as(f.operator).get(f.sheet(2));
    sheet.then().statusCode(200)
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.keadaan", equalTo("REPORTED"))
        .body("indikator.find { it.indikatorKode == 'IKU-01' }.nilai", equalTo(0))
        .body("indikator.find { it.indikatorKode == 'IKU-05' }.keadaan", equalTo("NOT_REPORTED"))
        .body("indikator.find { it.indikatorKode == 'IKU-05' }.nilai", nullValue())
        .body("indikator.find { it.indikatorKode == 'IKU-05' }.status", nullValue())
        .body("indikator.find { it.indikatorKode == 'IKU-03' }.keadaan", equalTo("NOT_APPLICABLE"))
        .body("indikator.find { it.indikatorKode == 'IKU-04' }.keadaan", equalTo("NOT_DUE"))
        .body("anggaran.find { it.anggaranKode == '7.01.01.2.01.0001' }.keadaan", equalTo("NOT_REPORTED"))
        .body("anggaran.find { it.anggaranKode == '7.01.01.2.01.0001' }.nilai", nullValue())
        .body("ringkasan.reported", equalTo(1)).body("ringkasan.notApplicable", equalTo(1))
        .body("ringkasan.notReported", equalTo(2)).body("ringkasan.notDue", equalTo(1));
    // Budget lines with children are summed, never entered: the sheet lists only the sub kegiatan.
    assertThat(sheet.jsonPath().getList("anggaran.anggaranKode")).containsExactly("7.01.01.2.01.0001", "7.01.01.2.01.0002");
    as(f.operator).get(f.indikator(2, "IKU-05")).then().statusCode(200)
        .body("keadaan", equalTo("NOT_REPORTED")).body("versi.size()", equalTo(0)).header("ETag", nullValue());

    JsonNode zero = f.awaitEvents("IKU-01", 1).get(0);
    assertThat(zero.get("keadaan").asText()).isEqualTo("REPORTED");
    assertThat(zero.get("nilai").isNumber()).isTrue();
    assertThat(zero.get("nilai").decimalValue()).isZero();
    JsonNode na = f.awaitEvents("IKU-03", 1).get(0);
    assertThat(na.get("keadaan").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(na.get("nilai").isNull()).isTrue();
    assertThat(na.get("alasan").asText()).isEqualTo("Tidak ada kegiatan");
    // Nothing at all is sent for the cell that was not reported.
    assertThat(f.eventsOf("IKU-05")).isEmpty();
  }

  @Test
  void valuesAreValidatedAgainstThePlanCopy() {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}").put(f.indikator(2, "IKU-99"))
        .then().statusCode(422).body("errors[0].field", equalTo("indikatorKode")).body("errors[0].rule", equalTo("must-exist-in-plan"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}")
        .put("/api/kecamatan/" + f.kecamatan + "/realisasi/2023/2/indikator/IKU-01")
        .then().statusCode(422).body("errors[0].field", equalTo("tahun")).body("errors[0].rule", equalTo("must-have-plan"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}")
        .put("/api/kecamatan/" + f.kecamatan + "/realisasi/" + Fixture.TAHUN + "/5/indikator/IKU-01")
        .then().statusCode(400).body("errors[0].field", equalTo("triwulan"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}").put(f.indikator(2, "IKU-04"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-be-due"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": -3}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(422).body("errors[0].field", equalTo("nilai")).body("errors[0].rule", equalTo("must-not-be-negative"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 2.5}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(422).body("errors[0].rule", equalTo("max-precision"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 2, \"satuan\": \"desa\"}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(422).body("errors[0].field", equalTo("satuan")).body("errors[0].rule", equalTo("must-match-plan-satuan"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": \"banyak\"}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(400).body("errors[0].field", equalTo("nilai"));
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 33.33}").put(f.indikator(2, "IKU-02"))
        .then().statusCode(422).body("errors.rule", hasItem("must-use-komponen"));
    // E11: 12 of 36 documents, kept as components (the value 33,33… is computed downstream, unrounded).
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"pembilang\": 12, \"penyebut\": 36}").put(f.indikator(2, "IKU-02"))
        .then().statusCode(201).body("pembilang", equalTo(12)).body("penyebut", equalTo(36)).body("nilai", nullValue());
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}").put(f.anggaran(2, "7.01.01.2.01"))
        .then().statusCode(400);
    as(f.operator, key()).body("{\"nilai\": 5}").put(f.anggaran(2, "7.01.09.2.01.0001"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-exist-in-plan"));
    as(f.operator, key()).body("{\"nilai\": -5}").put(f.anggaran(2, "7.01.01.2.01.0001"))
        .then().statusCode(400).body("errors[0].field", equalTo("nilai"));
    as(f.operator).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @Test
  void aBudgetLineCarriesItsRealisasiItselfOrThroughItsSubLinesNeverBoth() {
    Fixture f = Fixture.create();
    // The kegiatan's sub kegiatan are not itemised: the kegiatan takes its own realisasi, and publishes it.
    as(f.operator, key()).body("{\"nilai\": 600000, \"ajukan\": true}").put(f.anggaran(2, "7.01.01.2.01"))
        .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("melebihiPagu", equalTo(false));
    JsonNode e = f.awaitEvents("7.01.01.2.01", 1).get(0);
    assertThat(e.get("nilai").asLong()).isEqualTo(600_000L);
    // Then neither a line below it nor one above it takes realisasi in that year, in any triwulan.
    as(f.operator, key()).body("{\"nilai\": 5}").put(f.anggaran(2, "7.01.01.2.01.0001"))
        .then().statusCode(422).contentType("application/problem+json")
        .body("errors[0].field", equalTo("anggaranKode"))
        .body("errors[0].rule", equalTo("must-not-overlap-budget-line"))
        .body("errors[0].message", equalTo("7.01.01.2.01.0001 adalah rincian dari 7.01.01.2.01, yang sudah berisi"
            + " realisasi tahun 2024; realisasi sebuah baris anggaran dicatat pada baris itu sendiri atau pada"
            + " rinciannya, tidak keduanya"));
    as(f.operator, key()).header("Accept-Language", "en").body("{\"nilai\": 5}").put(f.anggaran(3, "7.01.01"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-not-overlap-budget-line"))
        .body("errors[0].message", startsWith("7.01.01 has the sub-line 7.01.01.2.01, which already has realisasi in 2024"));
    // Its own next triwulan is fine.
    as(f.operator, key()).body("{\"nilai\": 100000}").put(f.anggaran(3, "7.01.01.2.01")).then().statusCode(201);
    assertThat(f.eventsOf("7.01.01.2.01.0001")).isEmpty();

    // The other way round, and within one batch: the sub kegiatan first, so the program is refused.
    Fixture g = Fixture.create();
    as(g.operator, key()).body("""
        {"anggaran": [{"anggaranKode": "7.01.01.2.01.0002", "nilai": 0}, {"anggaranKode": "7.01.01", "nilai": 1}]}""")
        .post(g.sheet(2) + "/batch").then().statusCode(422)
        .body("errors.size()", equalTo(1)).body("errors[0].field", equalTo("anggaran[1].anggaranKode"))
        .body("errors[0].rule", equalTo("must-not-overlap-budget-line"));
    as(g.operator, key()).body("{\"nilai\": 0}").put(g.anggaran(2, "7.01.01.2.01.0002")).then().statusCode(201);
    as(g.operator, key()).body("{\"nilai\": 1}").put(g.anggaran(2, "7.01.01"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-not-overlap-budget-line"));
    // A sibling sub kegiatan is not above or below it.
    as(g.operator, key()).body("{\"nilai\": 7}").put(g.anggaran(2, "7.01.01.2.01.0001")).then().statusCode(201);
  }

  @Test
  void budgetAbovePaguIsAcceptedWithAWarningNotSilently() throws Exception {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"nilai\": 1500000, \"ajukan\": true}").put(f.anggaran(2, "7.01.01.2.01.0001"))
        .then().statusCode(201).body("melebihiPagu", equalTo(true))
        .body("peringatan[0].rule", equalTo("melebihi-pagu")).body("peringatan[0].field", equalTo("nilai"));
    as(f.operator, key()).body("{\"nilai\": 0, \"ajukan\": true}").put(f.anggaran(2, "7.01.01.2.01.0002"))
        .then().statusCode(201).body("melebihiPagu", equalTo(false)).body("nilai", equalTo(0));
    JsonNode e = f.awaitEvents("7.01.01.2.01.0001", 1).get(0);
    assertThat(e.get("melebihiPagu").asBoolean()).isTrue();
    assertThat(e.get("nilai").asLong()).isEqualTo(1_500_000L);
    assertThat(e.get("transition").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void refusalsAreInBahasaIndonesiaByDefaultAndInEnglishOnRequestWithTheSameRule() {
    Fixture f = Fixture.create();
    String negative = "{\"keadaan\": \"REPORTED\", \"nilai\": -1}";
    as(f.operator, key()).body(negative).put(f.indikator(2, "IKU-01"))
        .then().statusCode(422).header("Content-Language", "id")
        .body("title", equalTo("Tidak diizinkan oleh aturan"))
        .body("errors[0].field", equalTo("nilai")).body("errors[0].rule", equalTo("must-not-be-negative"))
        .body("errors[0].message", equalTo("nilai IKU-01 (%) harus 0 atau lebih"))
        .body("detail", equalTo("nilai: nilai IKU-01 (%) harus 0 atau lebih"));
    as(f.operator, key()).header("Accept-Language", "en-US,en;q=0.9,id;q=0.5").body(negative).put(f.indikator(2, "IKU-01"))
        .then().statusCode(422).header("Content-Language", "en")
        .body("title", equalTo("Not allowed by the rules"))
        .body("errors[0].field", equalTo("nilai")).body("errors[0].rule", equalTo("must-not-be-negative"))
        .body("errors[0].message", equalTo("nilai of IKU-01 (%) must be 0 or more"));
    // Not found, in both languages.
    as(f.operator).get(f.indikator(2, "IKU-99")).then().statusCode(404).header("Content-Language", "id")
        .body("detail", equalTo("Indikator IKU-99 kecamatan " + f.kecamatan + " tahun 2024 tidak ditemukan"));
    as(f.operator).header("Accept-Language", "en").get(f.indikator(2, "IKU-99")).then().statusCode(404)
        .body("detail", equalTo("Indicator IKU-99 of kecamatan " + f.kecamatan + " in 2024 does not exist"));
  }

  @Test
  void aReplayAnswersInTheLanguageItWasStoredIn() {
    Fixture f = Fixture.create();
    String cell = f.anggaran(2, "7.01.01.2.01.0001");
    String k = key();
    Response first = as(f.operator, k).header("Accept-Language", "en").body("{\"nilai\": 1500000}").put(cell);
    first.then().statusCode(201).header("Content-Language", "en")
        .body("peringatan[0].rule", equalTo("melebihi-pagu"))
        .body("peringatan[0].message", equalTo("realisasi s.d. TW 2 (1,500,000) exceeds the pagu of 7.01.01.2.01.0001"
            + " (1,000,000); accepted and flagged"))
        .body("dibuatPada", endsWith("+07:00"));
    // The retry asks for Bahasa Indonesia but gets the stored answer, saying it is English.
    Response replay = as(f.operator, k).body("{\"nilai\": 1500000}").put(cell);
    replay.then().statusCode(201).header("Idempotency-Replayed", "true").header("Content-Language", "en");
    assertThat(replay.asString()).isEqualTo(first.asString());
    // A new request is answered in its own language.
    as(f.operator, key()).header("If-Match", first.header("ETag")).body("{\"nilai\": 1500001}").put(cell)
        .then().statusCode(200).header("Content-Language", "id")
        .body("peringatan[0].message", equalTo("realisasi s.d. TW 2 (1.500.001) melebihi pagu 7.01.01.2.01.0001"
            + " (1.000.000); diterima dan ditandai"));
  }

  @Test
  void tenantsAndRolesAreSeparated() {
    Fixture f = Fixture.create();
    String otherKabupaten = id.kinerja.deploy.localstack.DevTokens.kecamatan("op.x", "operator", "99.98", "99.98.01");
    String otherKecamatan = id.kinerja.deploy.localstack.DevTokens.kecamatan("op.y", "operator", f.kabupaten, f.kabupaten + ".99");
    String pimpinan = id.kinerja.deploy.localstack.DevTokens.kabupaten("bupati", "pimpinan", f.kabupaten);
    as(otherKabupaten).get(f.sheet(2)).then().statusCode(404).contentType("application/problem+json");
    as(otherKabupaten, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).then().statusCode(404);
    as(otherKecamatan).get(f.sheet(2)).then().statusCode(403).contentType("application/problem+json");
    as(otherKecamatan, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).then().statusCode(403);
    as(pimpinan).get(f.sheet(2)).then().statusCode(200);
    as(pimpinan, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).then().statusCode(403);
    as(f.bagor, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).then().statusCode(403);
    as(f.verifier, key()).body(SUBMIT_17).put(f.indikator(2, "IKU-01")).then().statusCode(403);
    io.restassured.RestAssured.given().get(f.sheet(2)).then().statusCode(401).contentType("application/problem+json");
    as(f.operator).get("/api/kecamatan/" + f.kecamatan + "/audit").then().statusCode(200);
    as(otherKabupaten).get("/api/kecamatan/" + f.kecamatan + "/audit").then().statusCode(404);
  }
}
