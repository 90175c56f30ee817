package id.kinerja.planning;

import static id.kinerja.planning.PlanningTestSupport.planner;
import static id.kinerja.planning.PlanningTestSupport.relocate;
import static id.kinerja.planning.PlanningTestSupport.resource;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.testing.api.ApiCaller;
import id.kinerja.deploy.testing.api.ApiOperation;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.RequestFactory;
import io.restassured.http.ContentType;

/**
 * The tenants of the access-control and hostile-input suites: kabupaten K with kecamatan A (the Mlarak fixture plan:
 * settings, kecamatan, Renstra, three PKs, two scales, two calendar windows) and B (the same plan as another
 * kecamatan), imported through the API; kabupaten X exists only in tokens. Created once per test JVM.
 */
final class SecurityFixture {

  static final int TAHUN = 2024;
  private static SecurityFixture instance;

  final String kabupaten;
  final String kecamatan;
  final String otherKecamatan;
  final ApiCaller.Tenants tenants;
  final List<ApiCaller> callers;
  final JsonNode document;
  final long draftPk;
  final long signedPk;

  private SecurityFixture() {
    kabupaten = PlanningTestSupport.newKabupaten();
    kecamatan = kabupaten + ".14";
    otherKecamatan = kabupaten + ".15";
    // X: "00.01" is a code no test of this module generates (they draw 10..98), so it never has data.
    tenants = new ApiCaller.Tenants(kabupaten, kecamatan, otherKecamatan, "00.01", "00.01.01");
    callers = ApiCaller.standard(tenants);
    String fixture = resource(RencanaImportTest.FIXTURE);
    String docA = relocate(fixture, "35.02", kabupaten);
    String docB = relocate(relocate(fixture, "35.02.14", "35.02.15"), "35.02", kabupaten);
    importDocument(docA);
    importDocument(docB);
    document = PlanningTestSupport.tree(docA);
    JsonNode pks = given().auth().oauth2(planner(kabupaten)).queryParam("kecamatan", kecamatan).queryParam("tahun", TAHUN)
        .get("/api/kabupaten/" + kabupaten + "/perjanjian-kinerja").then().statusCode(200).extract().as(JsonNode.class);
    long draft = -1;
    long signed = -1;
    for (JsonNode pk : pks.path("items")) {
      if ("DRAFT".equals(pk.path("status").asText())) {
        draft = pk.path("id").asLong();
      } else if (signed < 0) {
        signed = pk.path("id").asLong();
      }
    }
    if (draft < 0 || signed < 0) {
      throw new IllegalStateException("the fixture plan should have a draft and a signed PK: " + pks);
    }
    draftPk = draft;
    signedPk = signed;
    // K has a logo, so that reading it answers 200; uploading the same image again changes nothing.
    given().auth().oauth2(planner(kabupaten)).contentType(LOGO_TYPE).body(LOGO).put("/api/kabupaten/" + kabupaten + "/logo")
        .then().statusCode(200);
    penerima();
    // K's RPJMD and A's links to it (issue #19), so that reading them answers 200.
    given().auth().oauth2(planner(kabupaten)).contentType(ContentType.JSON).body(resource(CascadeTest.RPJMD))
        .put("/api/kabupaten/" + kabupaten + "/rpjmd/" + RPJMD).then().statusCode(200);
    given().auth().oauth2(planner(kabupaten)).contentType(ContentType.JSON).body(resource(CascadeTest.TAUTAN))
        .put("/api/kecamatan/" + kecamatan + "/renstra/" + document.path("renstra").path("kode").asText() + "/tautan")
        .then().statusCode(200);
  }

  static final String RPJMD = "RPJMD-2021-2026";

  /**
   * Addresses for every user of K, A and B (so that each reads and opts out of their own) and the ones the examples
   * name (so that an allowed delete finds what it removes); recorded again after each allowed delete.
   */
  void penerima() {
    String base = "/api/kabupaten/" + kabupaten + "/penerima";
    record User(String username, String peran, String kecamatanKode) {
    }
    List<User> users = List.of(new User("planner.k." + kabupaten, "planner", null),
        new User("bagian-organisasi.k." + kabupaten, "bagian-organisasi", null),
        new User("pimpinan.k." + kabupaten, "pimpinan", null), new User("operator.a." + kecamatan, "operator", kecamatan),
        new User("verifier.a." + kecamatan, "verifier", kecamatan), new User("operator.b." + otherKecamatan, "operator",
            otherKecamatan), new User("verifier.b." + otherKecamatan, "verifier", otherKecamatan),
        new User("operator.mlarak", "operator", kecamatan));
    for (User u : users) {
      String body = "{\"nama\": \"" + u.username() + "\", \"surel\": \"" + u.username() + "@kinerja.example\", \"peran\": \""
          + u.peran() + "\"" + (u.kecamatanKode() == null ? "" : ", \"kecamatanKode\": \"" + u.kecamatanKode() + "\"") + "}";
      given().auth().oauth2(planner(kabupaten)).contentType(ContentType.JSON).body(body).put(base + "/pengguna/" + u.username())
          .then().statusCode(200);
    }
    given().auth().oauth2(planner(kabupaten)).contentType(ContentType.JSON).body("{\"surel\": \"camat@kinerja.example\"}")
        .put(base + "/pejabat/197906081998021001").then().statusCode(200);
  }

  static final String LOGO_TYPE = "image/png";
  static final byte[] LOGO = PlanningTestSupport.png(40, 48);

  static synchronized SecurityFixture get() {
    if (instance == null) {
      instance = new SecurityFixture();
    }
    return instance;
  }

  private void importDocument(String doc) {
    given().auth().oauth2(planner(kabupaten)).contentType(ContentType.JSON).body(doc).post("/api/rencana-import").then().statusCode(200);
  }

  /** A part of the fixture document without some properties, as JSON text. */
  private String part(JsonNode node, String... without) {
    ObjectNode copy = node.deepCopy();
    copy.remove(Set.of(without));
    return copy.toString();
  }

  private JsonNode draftPkDocument() {
    for (JsonNode pk : document.path("perjanjianKinerja")) {
      if (!pk.path("ditetapkan").asBoolean()) {
        return pk;
      }
    }
    throw new IllegalStateException("no draft PK in the fixture");
  }

  /**
   * Valid requests on A's and K's resources: the examples of the OpenAPI document relocated to K and A, with the
   * fixture's own content as the bodies that must match stored state (so that an allowed call changes nothing it
   * need not), the PK ids of this run, and If-Match read live.
   */
  RequestFactory requests() {
    String tahun = String.valueOf(TAHUN);
    return new RequestFactory()
        .relocate("35.02.08", kecamatan).relocate("35.02.14", kecamatan).relocate("35.02", kabupaten)
        .etagsReadWith(planner(kabupaten))
        .path("tahun", () -> tahun)
        .path("triwulan", () -> "2")
        .path("tujuan", () -> "KINERJA")
        .path("renstra", () -> document.path("renstra").path("kode").asText())
        .path("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}", "id", () -> String.valueOf(signedPk))
        .path("PUT /api/kecamatan/{kode}/perjanjian-kinerja/{id}", "id", () -> String.valueOf(draftPk))
        .path("POST /api/kecamatan/{kode}/perjanjian-kinerja/{id}/penetapan", "id", () -> String.valueOf(signedPk))
        .path("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.pdf", "id", () -> String.valueOf(signedPk))
        .path("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.docx", "id", () -> String.valueOf(signedPk))
        .customize("PUT /api/kabupaten/{kode}/logo", r -> r.withBody(LOGO_TYPE, LOGO))
        .query("GET /api/kecamatan/{kode}/iku", "tahun", () -> tahun)
        .query("GET /api/kecamatan/{kode}/rencana-export", "tahun", () -> tahun)
        .body("PUT /api/kabupaten/{kode}", () -> part(document.path("kabupaten"), "kode"))
        .body("PUT /api/kecamatan/{kode}", () -> document.path("kecamatan").toString())
        .body("PUT /api/kecamatan/{kode}/renstra/{renstra}", () -> document.path("renstra").toString())
        .body("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}",
            () -> part(document.path("skalaPredikat").get(0), "tahun", "tujuan"))
        .body("PUT /api/kabupaten/{kode}/jadwal/{tahun}/{triwulan}", () -> part(document.path("jadwal").get(1), "tahun", "triwulan"))
        .body("POST /api/kecamatan/{kode}/perjanjian-kinerja", () -> part(draftPkDocument(), "versi", "ditetapkan"))
        .body("PUT /api/kecamatan/{kode}/perjanjian-kinerja/{id}", () -> part(draftPkDocument(), "versi", "ditetapkan"))
        .body("POST /api/rencana-import", () -> document.toString())
        .path("rpjmd", () -> RPJMD)
        .body("PUT /api/kabupaten/{kode}/rpjmd/{rpjmd}", () -> resource(CascadeTest.RPJMD))
        .body("PUT /api/kecamatan/{kode}/renstra/{renstra}/tautan", () -> resource(CascadeTest.TAUTAN))
        .query("GET /api/kecamatan/{kode}/rencana-workbook", "tahun", () -> tahun)
        .customize("POST " + WORKBOOK + "/preview", r -> r.withParts(List.of(ApiRequest.Part.file("berkas",
            "rencana.xlsx", XLSX, workbook()))))
        .customize("POST " + WORKBOOK + "/apply", r -> r.withParts(List.of(ApiRequest.Part.file("berkas",
            "rencana.xlsx", XLSX, workbook()))));
  }

  static final String WORKBOOK = "/api/kecamatan/{kode}/rencana-workbook";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private byte[] workbook;

  /** A's plan as its own workbook: a valid upload that changes nothing (the suites ask who may send it). */
  synchronized byte[] workbook() {
    if (workbook == null) {
      workbook = given().auth().oauth2(planner(kabupaten)).queryParam("tahun", TAHUN)
          .get("/api/kecamatan/" + kecamatan + "/rencana-workbook").then().statusCode(200).extract().asByteArray();
    }
    return workbook;
  }

  /** A token of A or K that the operation allows (planner first: it may do everything in planning). */
  String tokenFor(ApiOperation op) {
    for (String role : List.of("planner", "bagian-organisasi", "operator", "verifier", "pimpinan")) {
      if (op.roles().contains(role)) {
        return ApiCaller.own(callers, role).token();
      }
    }
    throw new IllegalStateException(op.key() + " allows no role");
  }
}
