package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * One rule for the optional fields of a PUT, in the single PUTs and in the batch items alike: the request replaces the
 * cell's entered content as a whole, so an optional field that is left out (or null) is cleared — the narrative, the
 * note and the links alike. Evidence files are resources of their own and stay.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class PutReplacesContentTest {

  /** Every optional field of an indicator's content that a NUMBER indicator takes, set. */
  private static Map<String, Object> full() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keadaan", "REPORTED");
    m.put("nilai", 17.5);
    m.put("alasan", "Catatan operator");
    m.put("faktorPendukung", "Koordinasi baik");
    m.put("faktorPenghambat", "Jaringan lambat");
    m.put("tindakLanjut", "Pendampingan desa");
    m.put("buktiTautan", List.of("https://drive.example.id/bukti/a.pdf", "https://drive.example.id/bukti/b.pdf"));
    return m;
  }

  private static final List<String> OPTIONAL = List.of("alasan", "faktorPendukung", "faktorPenghambat", "tindakLanjut",
      "buktiTautan");

  static String json(Object o) {
    try {
      return CanonicalJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String etag(Response r) {
    return r.header("ETag");
  }

  /** The fields of a version as the answer shows them: links as their urls, files as their names. */
  @SuppressWarnings("unchecked")
  static void assertContent(JsonPath v, Map<String, Object> sent, String field) {
    for (String f : OPTIONAL) {
      boolean kept = sent.get(f) != null;
      if (f.equals("buktiTautan")) {
        List<String> links = v.getList("bukti.findAll { it.jenis == 'LINK' }.url");
        assertThat(links).as("links after leaving out %s", field)
            .containsExactlyInAnyOrderElementsOf(kept ? (List<String>) sent.get(f) : List.of());
      } else if (kept) {
        assertThat(v.getString(f)).as("%s after leaving out %s", f, field).isEqualTo(sent.get(f));
      } else {
        assertThat(v.getString(f)).as("%s left out: cleared", f).isNull();
      }
    }
    // The file uploaded on its own is never touched by a PUT.
    assertThat(v.getList("bukti.findAll { it.jenis == 'FILE' }.namaBerkas")).containsExactly("berita-acara.pdf");
  }

  @Test
  void aPutLeavingOutAnOptionalFieldClearsItAndKeepsTheFiles() {
    Fixture f = Fixture.create();
    String cell = f.indikator(2, "IKU-01");
    Response created = as(f.operator, key()).body(json(full())).put(cell);
    created.then().statusCode(201);
    given().auth().oauth2(f.operator).header("Idempotency-Key", key())
        .multiPart("file", "berita-acara.pdf", SecurityFixture.PDF, "application/pdf").post(cell + "/versi/1/bukti")
        .then().statusCode(201);
    String etag = etag(created);
    for (String field : OPTIONAL) {
      for (boolean asNull : new boolean[] { false, true }) {
        Map<String, Object> body = full();
        if (asNull) {
          body.put(field, null);
        } else {
          body.remove(field);
        }
        Response r = as(f.operator, key()).header("If-Match", etag).body(json(body)).put(cell);
        r.then().statusCode(200);
        assertContent(r.jsonPath(), body, field);
        assertContent(as(f.operator).get(cell + "/versi/1").jsonPath(), body, field);
        // Set everything again for the next field.
        r = as(f.operator, key()).header("If-Match", etag(r)).body(json(full())).put(cell);
        r.then().statusCode(200);
        assertContent(r.jsonPath(), full(), "nothing");
        etag = etag(r);
      }
    }
  }

  @Test
  void aBatchItemLeavingOutAnOptionalFieldClearsItToo() {
    Fixture f = Fixture.create();
    String cell = f.indikator(2, "IKU-01");
    Map<String, Object> first = full();
    first.put("indikatorKode", "IKU-01");
    as(f.operator, key()).body(json(Map.of("indikator", List.of(first)))).post(f.sheet(2) + "/batch").then().statusCode(200);
    given().auth().oauth2(f.operator).header("Idempotency-Key", key())
        .multiPart("file", "berita-acara.pdf", SecurityFixture.PDF, "application/pdf").post(cell + "/versi/1/bukti")
        .then().statusCode(201);
    long revisi = 1;
    for (String field : OPTIONAL) {
      Map<String, Object> item = full();
      item.remove(field);
      item.put("indikatorKode", "IKU-01");
      item.put("revisi", revisi);
      Response r = as(f.operator, key()).body(json(Map.of("indikator", List.of(item)))).post(f.sheet(2) + "/batch");
      r.then().statusCode(200);
      assertThat(r.jsonPath().getString("hasil[0].hasil")).isEqualTo("UPDATED");
      assertContent(as(f.operator).get(cell + "/versi/1").jsonPath(), item, field);
      Map<String, Object> again = full();
      again.put("indikatorKode", "IKU-01");
      again.put("revisi", revisi + 1);
      as(f.operator, key()).body(json(Map.of("indikator", List.of(again)))).post(f.sheet(2) + "/batch").then().statusCode(200);
      revisi += 2;
    }
  }

  @Test
  void aBudgetPutOrBatchItemLeavingOutKeteranganClearsIt() {
    Fixture f = Fixture.create();
    String cell = f.anggaran(2, "7.01.01.2.01.0001");
    Response r = as(f.operator, key()).body("{\"nilai\": 250000, \"keterangan\": \"Belanja ATK\"}").put(cell);
    r.then().statusCode(201);
    assertThat(r.jsonPath().getString("keterangan")).isEqualTo("Belanja ATK");
    r = as(f.operator, key()).header("If-Match", etag(r)).body("{\"nilai\": 250000}").put(cell);
    r.then().statusCode(200);
    assertThat(r.jsonPath().getString("keterangan")).isNull();
    r = as(f.operator, key()).header("If-Match", etag(r)).body("{\"nilai\": 250000, \"keterangan\": \"Belanja ATK\"}").put(cell);
    r.then().statusCode(200);
    assertThat(r.jsonPath().getString("keterangan")).isEqualTo("Belanja ATK");
    long revisi = Long.parseLong(etag(r).replace("\"", ""));
    as(f.operator, key()).body("{\"anggaran\": [{\"anggaranKode\": \"7.01.01.2.01.0001\", \"revisi\": " + revisi
        + ", \"nilai\": 250000}]}").post(f.sheet(2) + "/batch").then().statusCode(200);
    assertThat(as(f.operator).get(cell).jsonPath().getString("versi[0].keterangan")).isNull();
  }
}
