package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.events;
import static id.kinerja.planning.PlanningTestSupport.newKabupaten;
import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.png;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.planning.domain.rules.LogoRules;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A kecamatan's tugas pokok, fungsi and dasar hukum through the master data API, and the kabupaten's logo: both
 * validated, both announced in the v2 events (checked against their schemas) with the organisation's heads.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class KecamatanProfilLogoTest {

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static void kabupaten(String kab) {
    as(planner(kab)).body("{\"nama\": \"Ponorogo\", \"negativeFormulaDefault\": \"TWO_T_MINUS_R\", \"overallMode\": \"IKU\"}")
        .put("/api/kabupaten/" + kab).then().statusCode(200);
  }

  private static String body(String kec, String profil) {
    return """
        {"kode": "%1$s", "nama": "Mlarak", "alamat": "Jalan Raya Mlarak-Sambit No.10", "desa": [],
         "unitKerja": [{"kode": "KEC", "nama": "Kecamatan Mlarak (Camat)"},
           {"kode": "SEKRET", "nama": "Sekretariat Kecamatan", "indukKode": "KEC"},
           {"kode": "SEKSI-PMD", "nama": "Seksi Pemberdayaan Masyarakat", "indukKode": "KEC"}],
         "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan", "jabatan": "Camat Mlarak", "peran": "CAMAT",
             "unitKode": "KEC", "pangkat": "Pembina Tingkat I (IV/b)"},
           {"nip": "198203192009032006", "nama": "Hanik Maryana", "jabatan": "Bendahara", "peran": "STAF", "unitKode": "SEKRET"},
           {"nip": "197601091995102001", "nama": "Joana Da Costa", "jabatan": "Sekretaris Kecamatan Mlarak", "peran": "SEKCAM",
             "unitKode": "SEKRET"}]%2$s}""".formatted(kec, profil);
  }

  private static final String PROFIL = """
      , "tugasPokok": "Melaksanakan tugas yang dilimpahkan oleh Bupati",
       "fungsi": ["Pelaksanaan tugas-tugas pembinaan wilayah", "Pelaporan penyelenggaraan pemerintahan kecamatan kepada Bupati"],
       "dasarHukum": ["Peraturan Bupati Ponorogo Nomor 84 Tahun 2016"]""";

  @Test
  void tugasFungsiAndDasarHukumAreStoredReadAndAnnouncedWithTheOrganisation() {
    String kab = newKabupaten();
    String kec = kab + ".08";
    kabupaten(kab);
    as(planner(kab)).body(body(kec, PROFIL)).put("/api/kecamatan/" + kec).then().statusCode(200)
        .body("tugasPokok", equalTo("Melaksanakan tugas yang dilimpahkan oleh Bupati"))
        .body("fungsi", contains("Pelaksanaan tugas-tugas pembinaan wilayah",
            "Pelaporan penyelenggaraan pemerintahan kecamatan kepada Bupati"))
        .body("dasarHukum", contains("Peraturan Bupati Ponorogo Nomor 84 Tahun 2016"));
    as(planner(kab)).get("/api/kecamatan/" + kec).then().statusCode(200).body("fungsi[1]",
        equalTo("Pelaporan penyelenggaraan pemerintahan kecamatan kepada Bupati"));
    // The same content again changes nothing; without the profile it is removed (the PUT is the whole kecamatan).
    as(planner(kab)).header("If-Match", "\"1\"").body(body(kec, PROFIL)).put("/api/kecamatan/" + kec).then()
        .statusCode(200).header("ETag", "\"1\"");
    as(planner(kab)).header("If-Match", "\"1\"").body(body(kec, "")).put("/api/kecamatan/" + kec).then()
        .statusCode(200).header("ETag", "\"2\"").body("tugasPokok", nullValue()).body("fungsi", equalTo(List.of()));

    await().atMost(Duration.ofSeconds(30)).until(() -> events(kec, PlanningEvents.KECAMATAN_REGISTERED).size() == 2);
    List<EventEnvelope> registered = events(kec, PlanningEvents.KECAMATAN_REGISTERED);
    assertThat(registered).allSatisfy(e -> assertThat(e.version()).isEqualTo(2));
    JsonNode first = registered.get(0).payload();
    assertThat(first.get("alamat").asText()).isEqualTo("Jalan Raya Mlarak-Sambit No.10");
    assertThat(first.get("tugasPokok").asText()).isEqualTo("Melaksanakan tugas yang dilimpahkan oleh Bupati");
    assertThat(first.get("fungsi")).hasSize(2);
    assertThat(first.at("/dasarHukum/0").asText()).isEqualTo("Peraturan Bupati Ponorogo Nomor 84 Tahun 2016");
    // The head of each unit: its first structural official (the Bendahara is staff); a unit without one has none.
    assertThat(first.at("/organisasi/0/kepala/nama").asText()).isEqualTo("Joko Setiawan");
    assertThat(first.at("/organisasi/0/kepala/pangkat").asText()).isEqualTo("Pembina Tingkat I (IV/b)");
    assertThat(first.at("/organisasi/1/indukKode").asText()).isEqualTo("KEC");
    assertThat(first.at("/organisasi/1/kepala/nama").asText()).isEqualTo("Joana Da Costa");
    assertThat(first.at("/organisasi/2/kepala").isNull()).isTrue();
    JsonNode second = registered.get(1).payload();
    assertThat(second.get("tugasPokok").isNull()).isTrue();
    assertThat(second.get("fungsi")).isEmpty();
  }

  @Test
  void blankOrTooLongTextsAreRefusedNamingTheField() {
    String kab = newKabupaten();
    String kec = kab + ".08";
    kabupaten(kab);
    as(planner(kab)).body(body(kec, ", \"tugasPokok\": \"   \", \"fungsi\": [\"Pembinaan wilayah\", \"\"]"))
        .put("/api/kecamatan/" + kec).then().statusCode(400)
        .body("errors.field", hasItem("fungsi[1]")).body("errors.rule", hasItem("not-blank"));
    as(planner(kab)).body(body(kec, ", \"tugasPokok\": \"   \"")).put("/api/kecamatan/" + kec).then().statusCode(400)
        .body("errors[0].field", equalTo("tugasPokok")).body("errors[0].rule", equalTo("not-blank"));
    as(planner(kab)).body(body(kec, ", \"tugasPokok\": \"" + "a".repeat(4001) + "\"")).put("/api/kecamatan/" + kec).then()
        .statusCode(400).body("errors[0].field", equalTo("tugasPokok")).body("errors[0].rule", equalTo("max-length"));
    String many = ", \"dasarHukum\": [" + String.join(", ", java.util.Collections.nCopies(41, "\"Perbup\"")) + "]";
    as(planner(kab)).body(body(kec, many)).put("/api/kecamatan/" + kec).then().statusCode(400)
        .body("errors[0].field", equalTo("dasarHukum")).body("errors[0].rule", equalTo("size"));
    as(planner(kab)).get("/api/kecamatan/" + kec).then().statusCode(404);
  }

  @Test
  void theLogoIsCheckedStoredAnnouncedAndReadBack() {
    String kab = newKabupaten();
    kabupaten(kab);
    String url = "/api/kabupaten/" + kab + "/logo";
    given().auth().oauth2(planner(kab)).get(url).then().statusCode(404).contentType("application/problem+json");

    byte[] logo = png(400, 480);
    given().auth().oauth2(planner(kab)).contentType("image/png").body(logo).put(url).then().statusCode(200)
        .header("ETag", "\"2\"").body("mediaType", equalTo("image/png")).body("lebar", equalTo(400))
        .body("tinggi", equalTo(480)).body("ukuran", equalTo(logo.length)).body("sha256", equalTo(LogoRules.sha256(logo)));
    String operator = DevTokens.kecamatan("operator." + kab, "operator", kab, kab + ".08");
    byte[] back = given().auth().oauth2(operator).get(url).then().statusCode(200).contentType("image/png").extract()
        .asByteArray();
    assertThat(back).isEqualTo(logo);
    // The same image again: nothing changes; the settings' ETag moved with the logo.
    given().auth().oauth2(planner(kab)).contentType("image/png").body(logo).put(url).then().statusCode(200).header("ETag", "\"2\"");
    given().auth().oauth2(planner(kab)).get("/api/kabupaten/" + kab).then().statusCode(200).header("ETag", "\"2\"");
    given().auth().oauth2(planner(kab)).contentType("image/png").header("If-Match", "\"1\"").body(png(10, 10)).put(url)
        .then().statusCode(412);

    // Refusals: named field body, the rule, nothing stored.
    given().auth().oauth2(planner(kab)).contentType("image/png").body("GIF89a not a png".getBytes()).put(url).then()
        .statusCode(415).contentType("application/problem+json").body("errors[0].field", equalTo("body"))
        .body("errors[0].rule", equalTo("must-be-png-or-jpeg"));
    given().auth().oauth2(planner(kab)).contentType("image/jpeg").body(png(10, 10)).put(url).then().statusCode(415)
        .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("declared-type-must-match-content"));
    given().auth().oauth2(planner(kab)).contentType("image/png").body(Arrays.copyOf(png(300, 300), 70)).put(url).then()
        .statusCode(400).body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("must-be-readable-image"));
    given().auth().oauth2(planner(kab)).contentType("image/png").body(png(2001, 20)).put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("max-dimensions"))
        .body("errors[0].message", equalTo("paling besar 2000 × 2000 piksel; gambar ini 2001 × 20 piksel"));
    given().auth().oauth2(planner(kab)).contentType("image/png").body(Arrays.copyOf(logo, LogoRules.MAX_BYTES + 1)).put(url)
        .then().statusCode(413).body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("max-size"));
    given().auth().oauth2(planner(kab)).contentType("text/plain").body("logo").put(url).then().statusCode(415)
        .contentType("application/problem+json");
    assertThat(given().auth().oauth2(planner(kab)).get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(logo);

    // Announced with the settings as planning.kabupaten.configured v2 (schema-checked by events()).
    await().atMost(Duration.ofSeconds(30)).until(() -> events(kab, PlanningEvents.KABUPATEN_CONFIGURED).size() == 2);
    List<EventEnvelope> configured = events(kab, PlanningEvents.KABUPATEN_CONFIGURED);
    assertThat(configured).allSatisfy(e -> assertThat(e.version()).isEqualTo(2));
    assertThat(configured.get(0).payload().get("logo").isNull()).isTrue();
    JsonNode withLogo = configured.get(1).payload();
    assertThat(withLogo.get("konfigurasiVersi").asInt()).isEqualTo(2);
    assertThat(withLogo.at("/logo/mediaType").asText()).isEqualTo("image/png");
    assertThat(Base64.getDecoder().decode(withLogo.at("/logo/isi").asText())).isEqualTo(logo);
  }
}
