package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kinerja.deploy.testing.api.ApiCaller;
import id.kinerja.deploy.testing.api.ApiOperation;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.RequestFactory;
import io.restassured.response.Response;

/**
 * The tenants of the access-control and hostile-input suites: kabupaten K with kecamatan A and B, both with the
 * {@link Fixture} plan and calendar (TW 2 open). A has data in TW 2: IKU-01 entered and submitted, IKU-03 a draft
 * with two evidence files, a budget line entered. Kabupaten X exists only in tokens. Created once per test JVM.
 */
final class SecurityFixture {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static SecurityFixture instance;

  final Fixture a;
  final Fixture b;
  final ApiCaller.Tenants tenants;
  final List<ApiCaller> callers;
  final String buktiKept;
  final String buktiToDelete;

  private SecurityFixture() {
    a = Fixture.create();
    b = a.sibling();
    // X: "00.01" is a code Fixture never generates (10..99), so it never has data.
    tenants = new ApiCaller.Tenants(a.kabupaten, a.kecamatan, b.kecamatan, "00.01", "00.01.01");
    callers = ApiCaller.standard(tenants);
    as(a.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00, \"ajukan\": true}").put(a.indikator(2, "IKU-01"))
        .then().statusCode(201);
    as(a.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 86.90}").put(a.indikator(2, "IKU-03")).then().statusCode(201);
    buktiKept = upload("skm-2024.pdf");
    buktiToDelete = upload("skm-lama.pdf");
    as(a.operator, key()).body("{\"nilai\": 250000}").put(a.anggaran(2, "7.01.01.2.01.0001")).then().statusCode(201);
    // B has data too.
    as(b.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 21.00}").put(b.indikator(2, "IKU-01")).then().statusCode(201);
  }

  private String upload(String name) {
    Response r = given().auth().oauth2(a.operator).header("Idempotency-Key", key())
        .multiPart("file", name, PDF, "application/pdf").multiPart("keterangan", "Hasil SKM")
        .post(a.indikator(2, "IKU-03") + "/versi/1/bukti");
    r.then().statusCode(201);
    return r.jsonPath().getString("id");
  }

  static synchronized SecurityFixture get() {
    if (instance == null) {
      instance = new SecurityFixture();
    }
    return instance;
  }

  private static final String WORKBOOK = "/api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}/workbook";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** A workbook with the template's header and one row: the access table asks who may send it, not what it holds. */
  static final byte[] EMPTY_WORKBOOK = emptyWorkbook();

  private static byte[] emptyWorkbook() {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Row h = wb.createSheet("Indikator").createRow(0);
      h.createCell(0).setCellValue("Kode");
      h.createCell(1).setCellValue("Keadaan");
      h.createCell(2).setCellValue("Nilai");
      org.apache.poi.ss.usermodel.Row r = wb.getSheet("Indikator").createRow(1);
      r.createCell(0).setCellValue("IKU-01");
      r.createCell(1).setCellValue("Dilaporkan");
      r.createCell(2).setCellValue("37,84");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String BUKTI = "/api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}/indikator/{kode}/versi/{versi}/bukti";

  /**
   * Valid requests on A's resources in TW 2 of 2024: the OpenAPI examples (the demo's Mlarak, TW IV) relocated to K
   * and A and to the codes of the Fixture plan (IKU-SKM → IKU-01, IKU-IDM → IKU-02 with components, TRANTIB-KASUS →
   * IKU-05, budget lines 7.01.05 and 7.01.06 → the two sub kegiatan), evidence operations on IKU-03 version 1 with
   * this run's ids, an upload of a real PDF, and If-Match read live.
   */
  RequestFactory requests() {
    return new RequestFactory()
        .relocate("35.02.08", a.kecamatan).relocate("35.02", a.kabupaten)
        .relocate("IKU-SKM", "IKU-01").relocate("IKU-IDM", "IKU-02").relocate("TRANTIB-KASUS", "IKU-05")
        .relocate("7.01.05", "7.01.01.2.01.0001").relocate("7.01.06", "7.01.01.2.01.0002")
        .relocate("indeks", "%").relocate("kasus", "dokumen")
        .etagsReadWith(a.bagor)
        .path("tahun", () -> String.valueOf(Fixture.TAHUN))
        .path("triwulan", () -> "2")
        .path("versi", () -> "1")
        .path("POST " + BUKTI, "kode", () -> "IKU-03")
        .path("GET " + BUKTI + "/{id}", "kode", () -> "IKU-03")
        .path("GET " + BUKTI + "/{id}", "id", () -> buktiKept)
        .path("DELETE " + BUKTI + "/{id}", "kode", () -> "IKU-03")
        .path("DELETE " + BUKTI + "/{id}", "id", () -> buktiToDelete)
        .customize("POST " + BUKTI, r -> r.withParts(List.of(ApiRequest.Part.file("file", "bukti.pdf", "application/pdf", PDF),
            ApiRequest.Part.text("keterangan", "Hasil SKM"))))
        .customize("POST " + WORKBOOK + "/preview", r -> r.withParts(List.of(ApiRequest.Part.file("berkas",
            "realisasi.xlsx", XLSX, EMPTY_WORKBOOK))))
        .customize("POST " + WORKBOOK + "/apply", r -> r.withParts(List.of(ApiRequest.Part.file("berkas",
            "realisasi.xlsx", XLSX, EMPTY_WORKBOOK))));
  }

  /** A token of A or K that the operation allows (the kecamatan's own operator or verifier first). */
  String tokenFor(ApiOperation op) {
    for (String role : List.of("operator", "verifier", "bagian-organisasi", "planner", "pimpinan")) {
      if (op.roles().contains(role)) {
        return ApiCaller.own(callers, role).token();
      }
    }
    throw new IllegalStateException(op.key() + " allows no role");
  }
}
