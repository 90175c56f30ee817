package id.kinerja.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.kinerja.deploy.testing.api.ApiCaller;
import id.kinerja.deploy.testing.api.ApiOperation;
import id.kinerja.deploy.testing.api.RequestFactory;

/**
 * The tenants of the access-control and hostile-input suites: kabupaten K with kecamatan A (Mlarak 2024, every
 * E1/E2/E4/E7 realisasi verified, so every report has figures) and B (the Klakah plan), from the planning and
 * realisasi events the producers publish; kabupaten X exists only in tokens. Created once per test JVM.
 */
final class SecurityFixture {

  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");
  private static SecurityFixture instance;

  final String kabupaten;
  final String kecamatan;
  final String otherKecamatan;
  final ApiCaller.Tenants tenants;
  final List<ApiCaller> callers;

  private SecurityFixture() {
    kabupaten = Fixtures.newKabupaten();
    kecamatan = kabupaten + ".08";
    otherKecamatan = kabupaten + ".14";
    // X: "00.01" is a code Fixtures.newKabupaten never draws (10..98), so it never has data.
    tenants = new ApiCaller.Tenants(kabupaten, kecamatan, otherKecamatan, "00.01", "00.01.01");
    callers = ApiCaller.standard(tenants);
    ReportingApiTest.plan(kabupaten, kecamatan, "Mlarak", false);
    ReportingApiTest.mlarakVerified(kabupaten, kecamatan);
    Fixtures.kecamatanRegistered(kabupaten, otherKecamatan, "Klakah", T0);
    Fixtures.rencanaKlakah(kabupaten, otherKecamatan, 1, T0.plusSeconds(60));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kabupaten))
        .get(ReportingApiTest.laporan(otherKecamatan)).then().statusCode(200));
  }

  static synchronized SecurityFixture get() {
    if (instance == null) {
      instance = new SecurityFixture();
    }
    return instance;
  }

  static final String LANGSUNG_KABUPATEN = "GET /api/laporan/kabupaten/{kabupaten}/langsung";
  static final String LANGSUNG_KECAMATAN = "GET /api/laporan/kecamatan/{kecamatan}/langsung";

  /**
   * Valid requests on A's and K's figures of 2024: the OpenAPI examples relocated to K and A. The live streams are
   * asked to end after "siap" (tunggu=0), so that each answer is complete.
   */
  RequestFactory requests() {
    return new RequestFactory()
        .relocate("35.02.14", kecamatan).relocate("35.02.08", kecamatan).relocate("35.02", kabupaten)
        .path("tahun", () -> String.valueOf(Fixtures.TAHUN))
        .query(LANGSUNG_KABUPATEN, "tunggu", () -> "0")
        .query(LANGSUNG_KECAMATAN, "tunggu", () -> "0");
  }

  /** A token of A or K that the operation allows (Bagian Organisasi first: it reads everything of the kabupaten). */
  String tokenFor(ApiOperation op) {
    for (String role : List.of("bagian-organisasi", "planner", "pimpinan", "operator", "verifier")) {
      if (op.roles().contains(role)) {
        return ApiCaller.own(callers, role).token();
      }
    }
    throw new IllegalStateException(op.key() + " allows no role");
  }

  /** Waits until the projection consumer has applied every event (after a rebuild). */
  void awaitCaughtUp() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
        .oauth2(ReportingApiTest.bagian(kabupaten)).get("/api/admin/proyeksi").then().statusCode(200).extract().jsonPath()
        .getBoolean("caughtUp"));
  }
}
