package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.events;
import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.outboxRows;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.tree;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The single-resource endpoints: master data, Renstra, PK lifecycle, scales, calendar, tenants, OpenAPI. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PlanEndpointsTest {

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static void kabupaten(String kab) {
    as(planner(kab)).body("{\"nama\": \"Ponorogo\", \"negativeFormulaDefault\": \"TWO_T_MINUS_R\", \"overallMode\": \"IKU\"}")
        .put("/api/kabupaten/" + kab).then().statusCode(200);
  }

  private static String kecamatanBody(String kec) {
    return """
        {"kode": "%1$s", "nama": "Mlarak", "desa": [{"kode": "%1$s.2001", "nama": "Tugu", "jenis": "DESA"}],
         "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan", "jabatan": "Camat Mlarak", "peran": "CAMAT"},
           {"nip": "197601091995102001", "nama": "Joana Da Costa", "jabatan": "Sekcam", "peran": "SEKCAM"}]}""".formatted(kec);
  }

  private static final String RENSTRA = """
      {"kode": "R1", "periodeAwal": 2024, "periodeAkhir": 2025, "tujuan": [],
       "sasaran": [{"kode": "SS1", "uraian": "pelayanan", "indikator": [
         {"kode": "SKM", "nama": "Nilai SKM", "satuan": "indeks", "aggregation": "LAST",
          "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}}, {"tahun": 2025, "target": {"nilai": 85}}]}]}]}""";

  private static final String PK_CAMAT = """
      {"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan"}, "jenis": "%s",
       "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SKM", "target": {"nilai": %s}}]}],
       "anggaran": [{"kode": "7.01.01", "nama": "Penunjang", "level": "PROGRAM", "pagu": 1990713900}]}""";

  private static final String PK_SEKCAM = """
      {"tahun": 2024, "pihakPertama": {"nip": "197601091995102001", "nama": "Joana Da Costa"}, "jenis": "AWAL",
       "sasaran": [{"kode": "SEK-1", "uraian": "administrasi", "indikator": [{"indikator": {"kode": "SEK-ADM", "nama": "Adm",
         "satuan": "%", "aggregation": "LAST"}, "target": {"nilai": 100}}]}],
       "anggaran": [{"kode": "7.01.01", "nama": "Penunjang", "level": "PROGRAM"},
         {"kode": "7.01.01.2.06", "nama": "Administrasi Umum", "level": "KEGIATAN", "pagu": 83365330}]}""";

  /** A kabupaten with one kecamatan and a Renstra 2024–2025; returns the kecamatan code. */
  private static String setUp(String kab) {
    String kec = kab + ".14";
    kabupaten(kab);
    as(planner(kab)).body(kecamatanBody(kec)).put("/api/kecamatan/" + kec).then().statusCode(200).header("ETag", "\"1\"");
    as(planner(kab)).body(RENSTRA).put("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(200).header("ETag", "\"1\"");
    return kec;
  }

  @Test
  void masterDataAndRenstraAreValidatedAsAWholeAndAnnounced() {
    String kab = newKabupaten();
    String kec = setUp(kab);
    as(planner(kab)).get("/api/kecamatan/" + kec).then().statusCode(200).body("desa", hasSize(1))
        .body("pejabat[0].peran", equalTo("CAMAT"));
    as(planner(kab)).queryParam("size", 1).get("/api/kabupaten/" + kab + "/kecamatan").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].jumlahDesa", equalTo(1));

    // A desa outside the kecamatan and a duplicate NIP are both named; nothing changes.
    String bad = kecamatanBody(kec).replace(kec + ".2001", kab + ".15.2001").replace("197601091995102001", "197906081998021001");
    as(planner(kab)).header("If-Match", "\"1\"").body(bad).put("/api/kecamatan/" + kec).then().statusCode(400)
        .body("errors.rule", hasItem("must-be-in-kecamatan")).body("errors.field", hasItem("pejabat[1].nip"));
    as(planner(kab)).body(kecamatanBody(kec)).put("/api/kecamatan/" + kec).then().statusCode(428);
    as(planner(kab)).get("/api/kecamatan/" + kec).then().statusCode(200).header("ETag", "\"1\"")
        .body("desa[0].kode", equalTo(kec + ".2001")).body("pejabat[1].nip", equalTo("197601091995102001"));
    // A change keeps desa codes and NIPs (rows are replaced in one transaction).
    as(planner(kab)).header("If-Match", "\"1\"").body(kecamatanBody(kec).replace("\"Tugu\"", "\"Tugu Baru\""))
        .put("/api/kecamatan/" + kec).then().statusCode(200).header("ETag", "\"2\"").body("desa[0].nama", equalTo("Tugu Baru"));

    // Renstra: a missing year is refused with its path; the stored version is unchanged. The refusal is explained in
    // Bahasa Indonesia, or in English when the client prefers it; field and rule code are the same in both.
    String missingYear = RENSTRA.replace(", {\"tahun\": 2025, \"target\": {\"nilai\": 85}}", "");
    as(planner(kab)).header("If-Match", "\"1\"").body(missingYear)
        .put("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(400).header("Content-Language", "id")
        .body("title", equalTo("Permintaan tidak valid"))
        .body("detail", equalTo("sasaran[0].indikator[0].targetTahunan: indikator SKM belum mempunyai target tahun 2025"))
        .body("errors[0].field", equalTo("sasaran[0].indikator[0].targetTahunan"))
        .body("errors[0].rule", equalTo("target-required-for-year"))
        .body("errors[0].message", equalTo("indikator SKM belum mempunyai target tahun 2025"));
    as(planner(kab)).header("If-Match", "\"1\"").header("Accept-Language", "en-GB, id;q=0.5").body(missingYear)
        .put("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(400).header("Content-Language", "en")
        .body("title", equalTo("Invalid request"))
        .body("errors[0].field", equalTo("sasaran[0].indikator[0].targetTahunan"))
        .body("errors[0].rule", equalTo("target-required-for-year"))
        .body("errors[0].message", equalTo("indicator SKM has no target for 2025"));
    as(planner(kab)).get("/api/kecamatan/" + kec + "/renstra/R9").then().statusCode(404)
        .body("detail", equalTo("Renstra R9 tidak ditemukan"));
    as(planner(kab)).header("Accept-Language", "en").get("/api/kecamatan/" + kec + "/renstra/R9").then().statusCode(404)
        .header("Content-Language", "en").body("detail", equalTo("Renstra R9 does not exist"));
    as(planner(kab)).queryParam("tahun", 2025).get("/api/kecamatan/" + kec + "/renstra").then().statusCode(200)
        .body("items[0].versi", equalTo(1));
    as(planner(kab)).get("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(200).header("ETag", "\"1\"")
        .body("renstra.sasaran[0].indikator[0].targetTahunan", hasSize(2))
        .body("renstra.sasaran[0].indikator[0].polarity", equalTo("HIGHER_IS_BETTER"));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kec, PlanningEvents.RENCANA_KINERJA_PUBLISHED).size() == 2);
    assertThat(events(kec, PlanningEvents.KECAMATAN_REGISTERED)).extracting(e -> e.payload().at("/desa/0/nama").asText())
        .containsExactly("Tugu", "Tugu Baru");

    // The kabupaten's default formula is resolved into every indicator without a PK: both plans are republished.
    as(planner(kab)).header("If-Match", "\"1\"")
        .body("{\"nama\": \"Ponorogo\", \"negativeFormulaDefault\": \"T_OVER_R\", \"overallMode\": \"IKU\"}")
        .put("/api/kabupaten/" + kab).then().statusCode(200).header("ETag", "\"2\"");
    await().atMost(Duration.ofSeconds(30)).until(() -> events(kec, PlanningEvents.RENCANA_KINERJA_PUBLISHED).size() == 4);
    assertThat(events(kec, PlanningEvents.RENCANA_KINERJA_PUBLISHED).subList(2, 4))
        .allSatisfy(e -> assertThat(e.payload().at("/indikator/0/negativeFormula").asText()).isEqualTo("T_OVER_R"))
        .allSatisfy(e -> assertThat(e.payload().get("planVersi").asInt()).isEqualTo(2));
  }

  @Test
  void aPkIsDraftedSignedAndThenImmutable() {
    String kab = newKabupaten();
    String kec = setUp(kab);
    String base = "/api/kecamatan/" + kec + "/perjanjian-kinerja";

    int id = as(planner(kab)).body(PK_CAMAT.formatted("AWAL", "78")).post(base).then().statusCode(201).header("ETag", "\"1\"")
        .body("versi", equalTo(1)).body("status", equalTo("DRAFT")).body("pihakPertama.jabatan", equalTo("Camat Mlarak"))
        .extract().path("id");
    as(planner(kab)).body(PK_CAMAT.formatted("AWAL", "78")).post(base).then().statusCode(409)
        .body("errors[0].rule", equalTo("draft-exists"));
    as(planner(kab)).header("If-Match", "\"1\"").body(PK_CAMAT.formatted("AWAL", "80")).put(base + "/" + id).then()
        .statusCode(200).header("ETag", "\"2\"");
    as(planner(kab)).header("If-Match", "\"1\"").post(base + "/" + id + "/penetapan").then().statusCode(412);
    as(planner(kab)).header("If-Match", "\"2\"").post(base + "/" + id + "/penetapan").then().statusCode(200)
        .body("status", equalTo("DITETAPKAN"));

    // Signed: a change is refused and changes nothing.
    long announced = outboxRows(kab, kec);
    as(planner(kab)).header("If-Match", "\"3\"").body(PK_CAMAT.formatted("AWAL", "99")).put(base + "/" + id).then()
        .statusCode(409).contentType("application/problem+json")
        .body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("pk-ditetapkan-immutable"));
    as(planner(kab)).get(base + "/" + id).then().statusCode(200).body("sasaran[0].indikator[0].target.nilai", equalTo(80));
    assertThat(outboxRows(kab, kec)).isEqualTo(announced);

    // The Sekcam's PK puts a kegiatan under 7.01.01, whose pagu the Camat's PK states: the plan would not add up.
    int sekcam = as(planner(kab)).body(PK_SEKCAM).post(base).then().statusCode(201).extract().path("id");
    as(planner(kab)).header("If-Match", "\"1\"").post(base + "/" + sekcam + "/penetapan").then().statusCode(422)
        .body("errors[0].field", equalTo("perjanjianKinerja(id=" + id + ").anggaran[0].pagu"))
        .body("errors[0].rule", equalTo("pagu-sum-mismatch"));

    // A new version: jenis PERUBAHAN; the signed one stays readable.
    as(planner(kab)).body(PK_CAMAT.formatted("AWAL", "82")).post(base).then().statusCode(400)
        .body("errors[0].rule", equalTo("perubahan-after-first"));
    int v2 = as(planner(kab)).body(PK_CAMAT.formatted("PERUBAHAN", "82")).post(base).then().statusCode(201)
        .body("versi", equalTo(2)).extract().path("id");
    as(planner(kab)).header("If-Match", "\"1\"").post(base + "/" + v2 + "/penetapan").then().statusCode(200);
    as(planner(kab)).get(base + "/" + id).then().statusCode(200).body("status", equalTo("DITETAPKAN"))
        .body("sasaran[0].indikator[0].target.nilai", equalTo(80));

    // A signed PK keeps what it refers to: the Renstra cannot drop its indicator.
    as(planner(kab)).header("If-Match", "\"1\"").body(RENSTRA.replace("\"kode\": \"SKM\"", "\"kode\": \"SKM-BARU\""))
        .put("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(400)
        .body("errors[0].rule", equalTo("indicator-in-use"));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kec, PlanningEvents.RENCANA_KINERJA_PUBLISHED).stream()
        .anyMatch(e -> e.payload().get("tahun").asInt() == 2024 && e.payload().get("planVersi").asInt() == 3));
    as(DevTokens.kecamatan("op", "verifier", kab, kec)).get("/api/kecamatan/" + kec + "/rencana-kinerja/2024").then()
        .statusCode(200).header("ETag", "\"3\"").body("indikator[0].target.nilai", equalTo(82))
        .body("perjanjianKinerja.versi", equalTo(java.util.List.of(1, 2)));
  }

  @Test
  void scalesWithGapsOrOverlapsAreRefusedNamingTheBand() {
    String kab = newKabupaten();
    kabupaten(kab);
    String url = "/api/kabupaten/" + kab + "/skala-predikat/2024/KINERJA";
    String bands = """
        {"nama": "Ponorogo", "bands": [
          {"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "Kurang"},
          {"lower": 55, "lowerInclusive": true, "upper": 70, "upperInclusive": false, "skor": 2, "label": "Cukup"},
          {"lower": 70, "lowerInclusive": true, "upper": 85, "upperInclusive": true, "skor": 3, "label": "Berhasil"},
          {"lower": 85, "lowerInclusive": false, "upper": null, "upperInclusive": false, "skor": 4, "label": "Sangat Berhasil"}]}""";
    as(planner(kab)).body(bands.replace("\"lower\": 70, \"lowerInclusive\": true", "\"lower\": 70, \"lowerInclusive\": false"))
        .put(url).then().statusCode(400).body("errors[0].field", equalTo("bands[2]")).body("errors[0].rule", equalTo("no-gap"));
    as(planner(kab)).body(bands.replace("\"upper\": 70, \"upperInclusive\": false", "\"upper\": 70, \"upperInclusive\": true"))
        .put(url).then().statusCode(400).body("errors[0].field", equalTo("bands[2]")).body("errors[0].rule", equalTo("no-overlap"));
    as(planner(kab)).get(url).then().statusCode(404);

    as(planner(kab)).body(bands).put(url).then().statusCode(200).header("ETag", "\"1\"").body("bands[0].lower", nullValue());
    as(planner(kab)).body(bands).put(url).then().statusCode(428);
    as(DevTokens.kecamatan("op", "operator", kab, kab + ".14")).get("/api/kabupaten/" + kab + "/skala-predikat?tahun=2024")
        .then().statusCode(200).body("total", equalTo(1));
    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.SKALA_PREDIKAT_PUBLISHED).size() == 1);
    JsonNode p = events(kab, PlanningEvents.SKALA_PREDIKAT_PUBLISHED).get(0).payload();
    assertThat(p.get("bands").get(3).get("lowerInclusive").asBoolean()).isFalse();
    assertThat(p.get("versi").asInt()).isEqualTo(1);
  }

  @Test
  void theCalendarIsSetAndReopenedByAuthorisedUsers() {
    String kab = newKabupaten();
    String kec = setUp(kab);
    String url = "/api/kabupaten/" + kab + "/jadwal/2024/2";
    // Times in texts are local times of the kabupaten with the zone named (1 July 00:00 UTC is 07:00 WIB, 08:00 WITA).
    String closesFirst = "{\"inputDibuka\": \"2024-07-11T00:00:00Z\", \"inputDitutup\": \"2024-07-01T00:00:00Z\"}";
    as(planner(kab)).body(closesFirst).put(url).then().statusCode(400).body("errors[0].field", equalTo("inputDitutup"))
        .body("errors[0].rule", equalTo("opens-before-closes"))
        .body("errors[0].message", startsWith("pengisian ditutup (1 Juli 2024 pukul 0"));
    as(planner(kab)).header("Accept-Language", "en").body(closesFirst).put(url).then().statusCode(400)
        .body("errors[0].rule", equalTo("opens-before-closes"))
        .body("errors[0].message", startsWith("entry closes (1 July 2024 at 0"));
    // Instants are answered with the kabupaten's offset: compared as instants.
    String dibuka = as(planner(kab))
        .body("{\"inputDibuka\": \"2024-07-01T00:00:00+07:00\", \"inputDitutup\": \"2024-07-11T00:00:00+07:00\"}")
        .put(url).then().statusCode(200).header("ETag", "\"1\"").extract().path("inputDibuka");
    assertThat(OffsetDateTime.parse(dibuka).toInstant()).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));

    String reopen = "{\"kecamatanKode\": \"" + kec + "\", \"sampai\": \"2024-07-15T00:00:00Z\", \"alasan\": \"SIPD tidak dapat diakses\"}";
    as(DevTokens.kecamatan("op", "operator", kab, kec)).header("If-Match", "\"1\"").body(reopen).post(url + "/perpanjangan")
        .then().statusCode(403);
    as(DevTokens.kabupaten("bo", "bagian-organisasi", kab)).body(reopen).post(url + "/perpanjangan").then().statusCode(428);
    as(DevTokens.kabupaten("bo", "bagian-organisasi", kab)).header("If-Match", "\"1\"")
        .body(reopen.replace("2024-07-15", "2024-07-05")).post(url + "/perpanjangan").then().statusCode(400)
        .body("errors[0].rule", equalTo("must-be-after-close"));
    as(DevTokens.kabupaten("bo", "bagian-organisasi", kab)).header("If-Match", "\"1\"").body(reopen).post(url + "/perpanjangan")
        .then().statusCode(200).header("ETag", "\"2\"").body("perpanjangan[0].oleh", equalTo("bo"));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.JADWAL_PUBLISHED).size() == 2);
    JsonNode last = events(kab, PlanningEvents.JADWAL_PUBLISHED).get(1).payload();
    assertThat(last.get("versi").asInt()).isEqualTo(2);
    assertThat(last.get("perpanjangan").get(0).get("kecamatanKode").asText()).isEqualTo(kec);
  }

  @Test
  void tenantsAreSeparated() {
    String kab = newKabupaten();
    String kec = setUp(kab);
    String other = newKabupaten();
    as(planner(other)).get("/api/kecamatan/" + kec).then().statusCode(404);
    as(planner(other)).get("/api/kecamatan/" + kec + "/renstra/R1").then().statusCode(404);
    as(DevTokens.kecamatan("op", "operator", kab, kab + ".15")).get("/api/kecamatan/" + kec).then().statusCode(403);
    as(DevTokens.kecamatan("op", "operator", kab, kec)).get("/api/kecamatan/" + kec).then().statusCode(200);
    as(DevTokens.kecamatan("op", "operator", kab, kec)).body(RENSTRA).put("/api/kecamatan/" + kec + "/renstra/R2")
        .then().statusCode(403);
    as(DevTokens.kecamatan("op", "operator", kab, kec)).queryParam("kecamatan", kab + ".15")
        .get("/api/kabupaten/" + kab + "/perjanjian-kinerja").then().statusCode(403);
    as(DevTokens.kecamatan("op", "operator", kab, kec)).get("/api/kabupaten/" + kab + "/kecamatan").then().statusCode(403);
    given().get("/api/kecamatan/" + kec).then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void everyEndpointDeclaresItsAnswersWithExamples() {
    JsonNode doc = tree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (op.getKey().equals("parameters")) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode responses = op.getValue().get("responses");
        assertThat(responses.has("401") && responses.has("403") && responses.has("500")).as(name).isTrue();
        JsonNode ok = responses.has("200") ? responses.get("200") : responses.get("201");
        // A delete answers 204 without a body: nothing to give an example of.
        assertThat(ok != null || responses.has("204") && op.getKey().equals("delete")).as(name + " success").isTrue();
        if (ok != null) {
          assertThat(ok.toString()).as(name + " success example").contains("example");
        }
        if (op.getValue().has("requestBody")) {
          assertThat(op.getValue().get("requestBody").toString()).as(name + " body example").contains("example");
        }
        op.getValue().path("parameters").forEach(p -> assertThat(p.has("example") || p.path("schema").has("example"))
            .as(name + " parameter " + p.get("name")).isTrue());
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(20);

    // The import example is a real document: it imports.
    JsonNode example = doc.at("/paths/~1api~1rencana-import/post/requestBody/content/application~1json/examples");
    String kab = newKabupaten();
    String body = PlanningTestSupport.relocate(example.elements().next().get("value").toString(), "35.02", kab);
    as(planner(kab)).body(body).post("/api/rencana-import").then().statusCode(200).body("berubah", equalTo(true));
  }
}
