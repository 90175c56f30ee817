package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.events;
import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

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
 * The kabupaten's e-mail addresses for notifications (issue #17): users and officials recorded, refused with the field
 * and rule, opted out by the person, following an official's NIP when the kecamatan's officials change, and announced
 * as planning.penerima.published (checked against its schema) only when who can be reached changed.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PenerimaTest {

  private static final String CAMAT = "197906081998021001";
  private static final String SEKCAM = "197601091995102001";
  private static final String CAMAT_BARU = "198001012005011002";

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static String kecamatan(String kec, String camatNip) {
    return """
        {"kode": "%1$s", "nama": "Mlarak", "desa": [],
         "unitKerja": [{"kode": "KEC", "nama": "Kecamatan Mlarak (Camat)"},
           {"kode": "SEKRET", "nama": "Sekretariat Kecamatan", "indukKode": "KEC"}],
         "pejabat": [{"nip": "%2$s", "nama": "Camat %2$s", "jabatan": "Camat Mlarak", "peran": "CAMAT", "unitKode": "KEC"},
           {"nip": "%3$s", "nama": "Joana Da Costa", "jabatan": "Sekretaris Kecamatan", "peran": "SEKCAM", "unitKode": "SEKRET"}]}"""
        .formatted(kec, camatNip, SEKCAM);
  }

  private static List<JsonNode> announced(String kab) {
    return events(kab, PlanningEvents.PENERIMA_PUBLISHED).stream().map(EventEnvelope::payload)
        .map(p -> CanonicalJson.MAPPER.<JsonNode>valueToTree(p)).toList();
  }

  @Test
  void addressesAreRecordedOptedOutFollowTheOfficialAndAreAnnouncedWhenTheyChange() {
    String kab = newKabupaten();
    String kec = kab + ".08";
    as(planner(kab)).body("{\"nama\": \"Ponorogo\", \"negativeFormulaDefault\": \"TWO_T_MINUS_R\", \"overallMode\": \"IKU\"}")
        .put("/api/kabupaten/" + kab).then().statusCode(200);
    as(planner(kab)).body(kecamatan(kec, CAMAT)).put("/api/kecamatan/" + kec).then().statusCode(200);
    String base = "/api/kabupaten/" + kab + "/penerima";
    String bagor = DevTokens.kabupaten("bagor." + kab, "bagian-organisasi", kab);

    as(planner(kab)).body("{\"surel\": \"Camat.Mlarak@Ponorogo.GO.ID\"}").put(base + "/pejabat/" + CAMAT).then()
        .statusCode(200).body("id", equalTo("pejabat:" + CAMAT)).body("nama", equalTo("Camat " + CAMAT))
        .body("surel", equalTo("Camat.Mlarak@ponorogo.go.id")).body("tugas.peran", contains("verifier"))
        .body("tugas.kecamatanKode", contains(kec)).body("versi", equalTo(1));
    String operator = """
        {"nama": "Sri Wahyuni", "surel": "operator.mlarak@ponorogo.go.id", "peran": "operator", "kecamatanKode": "%s"}"""
        .formatted(kec);
    as(bagor).body(operator).put(base + "/pengguna/operator.mlarak").then().statusCode(200)
        .body("id", equalTo("pengguna:operator.mlarak")).body("tugas[0].peran", equalTo("operator"))
        .body("diubahOleh", equalTo("bagor." + kab));
    // The same address again: nothing changes, nothing is announced.
    as(bagor).body(operator).put(base + "/pengguna/operator.mlarak").then().statusCode(200).body("versi", equalTo(1));
    as(planner(kab)).get(base).then().statusCode(200).body("total", equalTo(2)).body("items.jenis",
        contains("PEJABAT", "PENGGUNA"));

    // Refusals name the field and the rule; nothing is stored.
    as(planner(kab)).body(operator.replace("operator.mlarak@ponorogo.go.id", "operator.mlarak")).put(base + "/pengguna/x")
        .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("surel"))
        .body("errors[0].rule", equalTo("must-be-email"));
    as(planner(kab)).body(operator.replace(", \"kecamatanKode\": \"" + kec + "\"", "")).put(base + "/pengguna/x").then()
        .statusCode(400).body("errors[0].field", equalTo("kecamatanKode")).body("errors[0].rule", equalTo("required"));
    as(planner(kab)).body(operator.replace(kec, "99.99.01")).put(base + "/pengguna/x").then().statusCode(400)
        .body("errors[0].field", equalTo("kecamatanKode")).body("errors[0].rule", equalTo("unknown-code"));
    as(planner(kab)).body(operator.replace("\"operator\"", "\"kepala\"")).put(base + "/pengguna/x").then().statusCode(400);
    as(planner(kab)).body("{\"surel\": \"x@y.id\"}").put(base + "/pejabat/199001012020121001").then().statusCode(400)
        .body("errors[0].field", equalTo("nip")).body("errors[0].rule", equalTo("unknown-code"));
    as(planner(kab)).get(base).then().statusCode(200).body("total", equalTo(2));

    // The person opts out themselves; someone without an address has nothing to opt out of.
    String opToken = DevTokens.kecamatan("operator.mlarak", "operator", kab, kec);
    as(opToken).body("{\"berhentiBerlangganan\": true}").put(base + "/saya/berlangganan").then().statusCode(200)
        .body("berhentiBerlangganan", equalTo(true)).body("versi", equalTo(2));
    as(opToken).get(base + "/saya").then().statusCode(200).body("berhentiBerlangganan", equalTo(true));
    as(DevTokens.kecamatan("operator.lain", "operator", kab, kec)).body("{\"berhentiBerlangganan\": true}")
        .put(base + "/saya/berlangganan").then().statusCode(404);

    // A new Camat takes office: the old NIP's address reaches nobody, the list is announced again.
    as(planner(kab)).header("If-Match", "\"1\"").body(kecamatan(kec, CAMAT_BARU)).put("/api/kecamatan/" + kec).then()
        .statusCode(200);
    as(planner(kab)).get(base).then().statusCode(200).body("items[0].tugas", hasSize(0));

    as(planner(kab)).delete(base + "/pengguna/operator.mlarak").then().statusCode(204);
    as(planner(kab)).delete(base + "/pengguna/operator.mlarak").then().statusCode(404);
    // Another kabupaten's list does not exist for this planner.
    as(planner(newKabupaten())).get(base).then().statusCode(404);

    await().atMost(Duration.ofSeconds(30)).until(() -> announced(kab).size() == 5);
    List<JsonNode> list = announced(kab);
    assertThat(list).extracting(p -> p.path("versi").asInt()).containsExactly(1, 2, 3, 4, 5);
    assertThat(list.get(1).path("penerima")).hasSize(2);
    assertThat(list.get(1).path("penerima").get(0).path("id").asText()).isEqualTo("pejabat:" + CAMAT);
    assertThat(list.get(1).path("penerima").get(0).path("peran").asText()).isEqualTo("verifier");
    assertThat(list.get(2).path("penerima").get(1).path("berhentiBerlangganan").asBoolean()).isTrue();
    assertThat(list.get(3).path("penerima").get(0).path("id").asText()).isEqualTo("pengguna:operator.mlarak");
    assertThat(list.get(4).path("penerima")).isEmpty();
  }
}
