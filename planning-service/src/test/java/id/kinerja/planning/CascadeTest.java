package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.events;
import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.relocate;
import static id.kinerja.planning.PlanningTestSupport.resource;
import static id.kinerja.planning.PlanningTestSupport.tree;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Cascading (issue #19) end to end in planning: the kabupaten's RPJMD saved, versioned and refused with field and rule;
 * the links of a kecamatan Renstra saved with their warnings, refused when a node is missing or belongs to another
 * kabupaten's RPJMD; a change of the kecamatan's plan republishes the links with versi + 1; a link whose node vanished
 * is shown as broken. Every event is read back from the broker and checked against its JSON schema.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class CascadeTest {

  static final String RPJMD = "fixtures/rpjmd-mini.json";
  static final String TAUTAN = "fixtures/tautan-mini.json";

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static List<JsonNode> payloads(String key, String type) {
    return events(key, type).stream().map(EventEnvelope::payload).map(p -> CanonicalJson.MAPPER.<JsonNode>valueToTree(p)).toList();
  }

  /** A kabupaten with the Mlarak test plan imported (kecamatan kab.14, Renstra RENSTRA-2024-2026); returns kab. */
  static String planned() {
    String kab = newKabupaten();
    as(planner(kab)).body(relocate(resource(RencanaImportTest.FIXTURE), "35.02", kab)).post("/api/rencana-import").then()
        .statusCode(200);
    return kab;
  }

  @Test
  void rpjmdIsSavedVersionedAnnouncedAndRefusedWithFieldAndRule() {
    String kab = planned();
    String url = "/api/kabupaten/" + kab + "/rpjmd/RPJMD-2021-2026";
    String rpjmd = resource(RPJMD);
    as(planner(kab)).body(rpjmd).put(url).then().statusCode(200).header("ETag", "\"1\"").body("versi", equalTo(1))
        .body("rpjmd.sasaran[1].indukKode", equalTo("S1"));
    // The same RPJMD again: nothing changes, nothing is announced.
    as(planner(kab)).header("If-Match", "\"1\"").body(rpjmd).put(url).then().statusCode(200).body("versi", equalTo(1));
    as(planner(kab)).body(rpjmd).put(url).then().statusCode(428);
    as(planner(kab)).header("If-Match", "\"7\"").body(rpjmd).put(url).then().statusCode(412);

    ObjectNode broken = (ObjectNode) tree(rpjmd);
    ((ArrayNode) broken.withArray("sasaran").get(1).get("indikator").get(0).get("targetTahunan")).remove(5);
    ((ObjectNode) broken.withArray("sasaran").get(2)).put("indukKode", "S2");
    as(planner(kab)).header("If-Match", "\"1\"").body(broken.toString()).put(url).then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("sasaran[1].indikator[0].targetTahunan", "sasaran[2].indukKode"))
        .body("errors.rule", contains("target-required-for-year", "cycle"))
        .body("errors[0].message", equalTo("indikator IKU-K-03 belum mempunyai target tahun 2026"));
    as(planner(kab)).header("If-Match", "\"1\"").header("Accept-Language", "en").body(broken.toString()).put(url).then()
        .statusCode(400).body("errors[0].message", equalTo("indicator IKU-K-03 has no target for 2026"));
    // Bean rules: an unknown field, a missing visi.
    ObjectNode unknown = (ObjectNode) tree(rpjmd);
    unknown.put("zzTidakDikenal", 1);
    as(planner(kab)).header("If-Match", "\"1\"").body(unknown.toString()).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("zzTidakDikenal"));
    ObjectNode noVisi = (ObjectNode) tree(rpjmd);
    noVisi.remove("visi");
    as(planner(kab)).header("If-Match", "\"1\"").body(noVisi.toString()).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("visi"));

    // A revision: S2 gets an indicator.
    ObjectNode revised = (ObjectNode) tree(rpjmd);
    ((ArrayNode) revised.withArray("sasaran").get(2).get("indikator")).add(tree(rpjmd).at("/sasaran/1/indikator/0").deepCopy());
    ((ObjectNode) revised.at("/sasaran/2/indikator/0")).put("kode", "IKU-K-04").put("polarity", "LOWER_IS_BETTER");
    as(planner(kab)).header("If-Match", "\"1\"").body(revised.toString()).put(url).then().statusCode(200).header("ETag", "\"2\"");

    // Readers: every role of the kabupaten; another kabupaten sees nothing; only the planner writes.
    String operator = DevTokens.kecamatan("operator.x", "operator", kab, kab + ".14");
    given().auth().oauth2(operator).get("/api/kabupaten/" + kab + "/rpjmd").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].kode", equalTo("RPJMD-2021-2026")).body("items[0].versi", equalTo(2));
    given().auth().oauth2(operator).get(url).then().statusCode(200).body("rpjmd.sasaran[2].indikator[0].kode", equalTo("IKU-K-04"));
    as(operator).header("If-Match", "\"2\"").body(rpjmd).put(url).then().statusCode(403);
    given().auth().oauth2(planner(newKabupaten())).get(url).then().statusCode(404);
    given().auth().oauth2(planner(kab)).get("/api/kabupaten/" + kab + "/rpjmd/RPJMD-LAIN").then().statusCode(404);

    await().atMost(Duration.ofSeconds(30)).until(() -> payloads(kab, PlanningEvents.RPJMD_PUBLISHED).size() == 2);
    List<JsonNode> announced = payloads(kab, PlanningEvents.RPJMD_PUBLISHED);
    assertThat(announced).extracting(p -> p.path("versi").asInt()).containsExactly(1, 2);
    JsonNode first = announced.get(0);
    assertThat(first.path("kabupatenKode").asText()).isEqualTo(kab);
    assertThat(first.at("/tujuan/0/misiKode").asText()).isEqualTo("M1");
    assertThat(first.at("/sasaran/0/indukKode").isNull()).isTrue();
    assertThat(first.at("/sasaran/0/indikator/0/baseline/nilai").decimalValue()).isEqualByComparingTo("60");
    assertThat(first.at("/sasaran/1/indikator/0/targetTahunan")).hasSize(6);
    assertThat(announced.get(1).at("/sasaran/2/indikator/0/polarity").asText()).isEqualTo("LOWER_IS_BETTER");
  }

  @Test
  void linksAreSavedWithWarningsRefusedWhenBrokenAndRepublishedWhenThePlanChanges() {
    String kab = planned();
    String kec = kab + ".14";
    String rpjmdUrl = "/api/kabupaten/" + kab + "/rpjmd/RPJMD-2021-2026";
    as(planner(kab)).body(resource(RPJMD)).put(rpjmdUrl).then().statusCode(200);
    String url = "/api/kecamatan/" + kec + "/renstra/RENSTRA-2024-2026/tautan";

    // Before any link: every node is unlinked, nothing is broken, versi 0.
    given().auth().oauth2(planner(kab)).get(url).then().statusCode(200).body("versi", equalTo(0)).body("tautan", hasSize(0))
        .body("tanpaTautan.kode", contains("T1", "SS1", "SS2", "SEK-1-01")).body("tautanRusak", hasSize(0));

    String links = resource(TAUTAN);
    as(planner(kab)).body(links).put(url).then().statusCode(200).header("ETag", "\"1\"").body("versi", equalTo(1))
        .body("rpjmdKode", equalTo("RPJMD-2021-2026")).body("tautan", hasSize(4))
        .body("tanpaTautan", hasSize(1)).body("tanpaTautan[0].jenis", equalTo("PK_INDIKATOR"))
        .body("tanpaTautan[0].kode", equalTo("SEK-1-01")).body("tanpaTautan[0].tahun", equalTo(2024));
    as(planner(kab)).header("If-Match", "\"1\"").body(links).put(url).then().statusCode(200).body("versi", equalTo(1));
    as(planner(kab)).body(links).put(url).then().statusCode(428);

    // Refusals: a missing target node; a node of another kabupaten's RPJMD; a cycle; a wrong pair.
    ObjectNode missing = (ObjectNode) tree(links);
    ((ObjectNode) missing.at("/tautan/1/ke")).put("kode", "S9.9");
    as(planner(kab)).header("If-Match", "\"1\"").body(missing.toString()).put(url).then().statusCode(400)
        .contentType("application/problem+json").body("errors[0].field", equalTo("tautan[1].ke.kode"))
        .body("errors[0].rule", equalTo("unknown-node"));
    String other = newKabupaten();
    as(planner(other)).body("{\"nama\": \"Lain\", \"negativeFormulaDefault\": \"TWO_T_MINUS_R\", \"overallMode\": \"IKU\"}")
        .put("/api/kabupaten/" + other).then().statusCode(200);
    as(planner(other)).body(resource(RPJMD).replace("RPJMD-2021-2026", "RPJMD-LAIN")).put("/api/kabupaten/" + other
        + "/rpjmd/RPJMD-LAIN").then().statusCode(200);
    as(planner(kab)).header("If-Match", "\"1\"").body(links.replace("RPJMD-2021-2026", "RPJMD-LAIN")).put(url).then()
        .statusCode(400).body("errors[0].field", equalTo("rpjmdKode")).body("errors[0].rule", equalTo("unknown-code"));
    ObjectNode cycle = (ObjectNode) tree(links);
    cycle.withArray("tautan").addObject().set("dari", tree("{\"jenis\": \"SASARAN\", \"kode\": \"SS1\", \"tahun\": null}"));
    ((ObjectNode) cycle.at("/tautan/4")).set("ke", tree("{\"jenis\": \"SASARAN\", \"kode\": \"SS2\"}"));
    as(planner(kab)).header("If-Match", "\"1\"").header("Accept-Language", "en").body(cycle.toString()).put(url).then()
        .statusCode(400).body("errors.rule", contains("cycle", "cycle"))
        .body("errors[0].message", equalTo("link 2 closes a cycle between sasaran"));
    ObjectNode kind = (ObjectNode) tree(links);
    ((ObjectNode) kind.at("/tautan/3/ke")).put("jenis", "RPJMD_SASARAN");
    as(planner(kab)).header("If-Match", "\"1\"").body(kind.toString()).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("tautan[3].ke.jenis")).body("errors[0].rule", equalTo("link-kind"))
        .body("errors[0].message", containsString("ANGGARAN tidak dapat ditautkan ke RPJMD_SASARAN"));
    ObjectNode unknownJenis = (ObjectNode) tree(links);
    ((ObjectNode) unknownJenis.at("/tautan/3/ke")).put("jenis", "PROGRAM");
    as(planner(kab)).header("If-Match", "\"1\"").body(unknownJenis.toString()).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("tautan[3].ke.jenis"));
    // Nobody else writes links; a kecamatan's own operator reads them, another kecamatan's does not.
    as(DevTokens.kabupaten("bagor.x", "bagian-organisasi", kab)).header("If-Match", "\"1\"").body(links).put(url).then()
        .statusCode(403);
    given().auth().oauth2(DevTokens.kecamatan("operator.x", "operator", kab, kec)).get(url).then().statusCode(200)
        .body("versi", equalTo(1));
    given().auth().oauth2(DevTokens.kecamatan("operator.y", "operator", kab, kab + ".15")).get(url).then().statusCode(403);
    given().auth().oauth2(planner(kab)).get("/api/kecamatan/" + kec + "/renstra/RENSTRA-LAIN/tautan").then().statusCode(404);

    // The kecamatan's Renstra gets a third sasaran: the links are announced again with SS3 unlinked.
    String renstraUrl = "/api/kecamatan/" + kec + "/renstra/RENSTRA-2024-2026";
    JsonNode stored = given().auth().oauth2(planner(kab)).get(renstraUrl).then().statusCode(200).extract().as(JsonNode.class);
    ObjectNode renstra = (ObjectNode) stored.get("renstra").deepCopy();
    ObjectNode ss3 = (ObjectNode) renstra.withArray("sasaran").get(1).deepCopy();
    ss3.put("kode", "SS3");
    ((ObjectNode) ss3.at("/indikator/0")).put("kode", "SS3-01");
    renstra.withArray("sasaran").add(ss3);
    as(planner(kab)).header("If-Match", "\"" + stored.get("versi").asInt() + "\"").body(renstra.toString()).put(renstraUrl)
        .then().statusCode(200);
    given().auth().oauth2(planner(kab)).get(url).then().statusCode(200).header("ETag", "\"2\"").body("versi", equalTo(2))
        .body("tanpaTautan.kode", contains("SS3", "SEK-1-01")).body("tautanRusak", hasSize(0));

    // The RPJMD loses S1.1: the link to it is kept and shown as broken.
    ObjectNode rpjmd = (ObjectNode) tree(resource(RPJMD));
    rpjmd.withArray("sasaran").remove(1);
    as(planner(kab)).header("If-Match", "\"1\"").body(rpjmd.toString()).put(rpjmdUrl).then().statusCode(200);
    given().auth().oauth2(planner(kab)).get(url).then().statusCode(200).body("tautan", hasSize(4))
        .body("tautanRusak", hasSize(1)).body("tautanRusak[0].field", equalTo("tautan[1].ke.kode"))
        .body("tautanRusak[0].rule", equalTo("unknown-node"));

    await().atMost(Duration.ofSeconds(30)).until(() -> payloads(kec, PlanningEvents.TAUTAN_KINERJA_PUBLISHED).size() == 2);
    List<JsonNode> announced = payloads(kec, PlanningEvents.TAUTAN_KINERJA_PUBLISHED);
    assertThat(announced).extracting(p -> p.path("versi").asInt()).containsExactly(1, 2);
    JsonNode first = announced.get(0);
    assertThat(first.path("kabupatenKode").asText()).isEqualTo(kab);
    assertThat(first.path("renstraKode").asText()).isEqualTo("RENSTRA-2024-2026");
    assertThat(first.path("rpjmdKode").asText()).isEqualTo("RPJMD-2021-2026");
    assertThat(first.at("/tautan/0/dari/tahun").isNull()).isTrue();
    assertThat(first.at("/tautan/3/dari/tahun").asInt()).isEqualTo(2024);
    assertThat(first.path("tanpaTautan")).hasSize(1);
    assertThat(announced.get(1).path("tanpaTautan")).extracting(n -> n.path("kode").asText()).containsExactly("SS3", "SEK-1-01");
    assertThat(announced.get(1).path("tautan")).isEqualTo(first.path("tautan"));
  }

  /** The illustrative demo RPJMD and Mlarak's links to it (docs/demo-data.md §7) load onto the demo plan. */
  @Test
  void theDemoRpjmdAndLinksLoadOntoTheDemoPlan() {
    String kab = newKabupaten();
    String kec = kab + ".08";
    as(planner(kab)).body(relocate(resource(RencanaImportTest.DEMO), "35.02", kab)).post("/api/rencana-import").then()
        .statusCode(200);
    as(planner(kab)).body(resource("demo/rpjmd-ponorogo-2021-2026.json"))
        .put("/api/kabupaten/" + kab + "/rpjmd/RPJMD-PONOROGO-2021-2026").then().statusCode(200);
    as(planner(kab)).body(resource("demo/tautan-mlarak-2024-2026.json"))
        .put("/api/kecamatan/" + kec + "/renstra/RENSTRA-MLARAK-2024-2026/tautan").then().statusCode(200)
        .body("tautan", hasSize(11)).body("tanpaTautan.kode", contains("TRANTIB-KASUS", "TRANTIB-MONEV-PEMILU", "7.01.01"));
  }
}
