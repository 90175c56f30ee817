package id.kinerja.planning;

import static id.kinerja.deploy.testing.api.AccessTable.Scope.KABUPATEN;
import static id.kinerja.deploy.testing.api.AccessTable.Scope.KECAMATAN;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.api.AccessTable;
import id.kinerja.deploy.testing.api.ApiOperations;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of planning-service's OpenAPI document, called by every caller of the standard set (no token,
 * refused tokens, each role of K, operator and verifier of A and of B, each role of another kabupaten), answers as
 * its rule below says (docs/security.md). A new endpoint fails this test until it is given a rule here.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class AccessControlTableTest {

  private static final String[] ALL = { "planner", "bagian-organisasi", "pimpinan", "operator", "verifier" };
  private static final String[] KABUPATEN_WIDE = { "planner", "bagian-organisasi", "pimpinan" };
  private static final String PLANNER = "planner";

  @Test
  void everyOperationAnswersEveryCallerAsItsRuleSays() {
    SecurityFixture f = SecurityFixture.get();
    AccessTable table = new AccessTable("planning-service", ApiOperations.load(), f.requests(), f.tenants);
    // Kabupaten settings, calendar and scales: every role of the kabupaten reads them, the planner changes them.
    table.rule("GET /api/kabupaten/{kode}", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}", KABUPATEN, PLANNER);
    // The logo on the kabupaten's letterheads: read like the settings, uploaded by the planner.
    table.rule("GET /api/kabupaten/{kode}/logo", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}/logo", KABUPATEN, PLANNER);
    table.rule("GET /api/kabupaten/{kode}/jadwal", KABUPATEN, ALL);
    table.rule("GET /api/kabupaten/{kode}/jadwal/{tahun}/{triwulan}", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}/jadwal/{tahun}/{triwulan}", KABUPATEN, PLANNER);
    table.rule("POST /api/kabupaten/{kode}/jadwal/{tahun}/{triwulan}/perpanjangan", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("GET /api/kabupaten/{kode}/skala-predikat", KABUPATEN, ALL);
    table.rule("GET /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", KABUPATEN, PLANNER);
    // Lists over the kabupaten's kecamatan: kabupaten-wide roles; the PK list shows a kecamatan role its own only.
    table.rule("GET /api/kabupaten/{kode}/kecamatan", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET /api/kabupaten/{kode}/perjanjian-kinerja", KABUPATEN, ALL).hidesOtherKecamatan();
    // One kecamatan's master data and plans: read by its own operator/verifier and the kabupaten, changed by the planner.
    table.rule("GET /api/kecamatan/{kode}", KECAMATAN, ALL);
    table.rule("PUT /api/kecamatan/{kode}", KECAMATAN, PLANNER);
    table.rule("GET /api/kecamatan/{kode}/iku", KECAMATAN, ALL);
    table.rule("GET /api/kecamatan/{kode}/renstra", KECAMATAN, ALL);
    table.rule("GET /api/kecamatan/{kode}/renstra/{renstra}", KECAMATAN, ALL);
    table.rule("PUT /api/kecamatan/{kode}/renstra/{renstra}", KECAMATAN, PLANNER);
    table.rule("POST /api/kecamatan/{kode}/perjanjian-kinerja", KECAMATAN, PLANNER);
    table.rule("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}", KECAMATAN, ALL);
    table.rule("PUT /api/kecamatan/{kode}/perjanjian-kinerja/{id}", KECAMATAN, PLANNER);
    table.rule("POST /api/kecamatan/{kode}/perjanjian-kinerja/{id}/penetapan", KECAMATAN, PLANNER);
    // The PK formulir is read like the PK.
    table.rule("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.pdf", KECAMATAN, ALL);
    table.rule("GET /api/kecamatan/{kode}/perjanjian-kinerja/{id}/formulir.docx", KECAMATAN, ALL);
    table.rule("GET /api/kecamatan/{kode}/rencana-export", KECAMATAN, ALL);
    table.rule("GET /api/kecamatan/{kode}/rencana-kinerja/{tahun}", KECAMATAN, ALL);
    // The plan as a workbook: read like the export; uploaded (preview or apply) by the kabupaten's planner, like the import.
    table.rule("GET /api/kecamatan/{kode}/rencana-workbook", KECAMATAN, ALL);
    table.rule("POST /api/kecamatan/{kode}/rencana-workbook/preview", KECAMATAN, PLANNER);
    table.rule("POST /api/kecamatan/{kode}/rencana-workbook/apply", KECAMATAN, PLANNER);
    // The whole-plan import names its kabupaten in the body: another kabupaten's planner gets 404.
    table.rule("POST /api/rencana-import", KABUPATEN, PLANNER);

    // E-mail addresses for notifications: kept by the planner and Bagian Organisasi; each person reads and opts out
    // of their own (404 when none is recorded for their username).
    table.rule("GET /api/kabupaten/{kode}/penerima", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("PUT /api/kabupaten/{kode}/penerima/pengguna/{username}", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("DELETE /api/kabupaten/{kode}/penerima/pengguna/{username}", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("PUT /api/kabupaten/{kode}/penerima/pejabat/{nip}", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("DELETE /api/kabupaten/{kode}/penerima/pejabat/{nip}", KABUPATEN, PLANNER, "bagian-organisasi");
    table.rule("GET /api/kabupaten/{kode}/penerima/saya", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}/penerima/saya/berlangganan", KABUPATEN, ALL);

    // Cascading (issue #19): the kabupaten's RPJMD is read by every role of the kabupaten and changed by the planner; the
    // links of a kecamatan Renstra are read like the Renstra and changed by the planner.
    table.rule("GET /api/kabupaten/{kode}/rpjmd", KABUPATEN, ALL);
    table.rule("GET /api/kabupaten/{kode}/rpjmd/{rpjmd}", KABUPATEN, ALL);
    table.rule("PUT /api/kabupaten/{kode}/rpjmd/{rpjmd}", KABUPATEN, PLANNER);
    table.rule("GET /api/kecamatan/{kode}/renstra/{renstra}/tautan", KECAMATAN, ALL);
    table.rule("PUT /api/kecamatan/{kode}/renstra/{renstra}/tautan", KECAMATAN, PLANNER);

    table.afterAllowedCall("DELETE /api/kabupaten/{kode}/penerima/pengguna/{username}", deleted -> f.penerima());
    table.afterAllowedCall("DELETE /api/kabupaten/{kode}/penerima/pejabat/{nip}", deleted -> f.penerima());
    table.run(f.callers).assertPassed();
  }
}
