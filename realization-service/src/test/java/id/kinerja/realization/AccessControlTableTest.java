package id.kinerja.realization;

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
 * Every operation of realization-service's OpenAPI document, called by every caller of the standard set, answers as
 * its rule below says (docs/security.md). All its data belongs to one kecamatan: operators of that kecamatan enter,
 * submit and correct, its verifiers verify, approve and return, Bagian Organisasi of the kabupaten returns, and every
 * role of the kabupaten reads. A new endpoint fails this test until it is given a rule here.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class AccessControlTableTest {

  private static final String[] READ = { "operator", "verifier", "bagian-organisasi", "planner", "pimpinan" };
  private static final String OPERATOR = "operator";
  private static final String VERIFIER = "verifier";
  private static final String[] RETURN = { "verifier", "bagian-organisasi" };
  private static final String TW = "/api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}";

  @Test
  void everyOperationAnswersEveryCallerAsItsRuleSays() {
    SecurityFixture f = SecurityFixture.get();
    AccessTable table = new AccessTable("realization-service", ApiOperations.load(), f.requests(), f.tenants);
    table.rule("GET /api/kecamatan/{kecamatan}/audit", KECAMATAN, READ);
    // The triwulan sheet and its batch and triwulan-wide workflow actions.
    table.rule("GET " + TW, KECAMATAN, READ);
    table.rule("POST " + TW + "/batch", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/submit", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/verify", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/approve", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/return", KECAMATAN, RETURN);
    // The triwulan as a workbook.
    table.rule("GET " + TW + "/workbook", KECAMATAN, READ);
    table.rule("POST " + TW + "/workbook/preview", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/workbook/apply", KECAMATAN, OPERATOR);
    // One indicator cell.
    table.rule("GET " + TW + "/indikator/{kode}", KECAMATAN, READ);
    table.rule("PUT " + TW + "/indikator/{kode}", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/indikator/{kode}/submit", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/indikator/{kode}/verify", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/indikator/{kode}/approve", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/indikator/{kode}/return", KECAMATAN, RETURN);
    table.rule("POST " + TW + "/indikator/{kode}/corrections", KECAMATAN, OPERATOR);
    table.rule("GET " + TW + "/indikator/{kode}/versi/{versi}", KECAMATAN, READ);
    // Evidence of a version.
    table.rule("POST " + TW + "/indikator/{kode}/versi/{versi}/bukti", KECAMATAN, OPERATOR);
    table.rule("GET " + TW + "/indikator/{kode}/versi/{versi}/bukti/{id}", KECAMATAN, READ);
    table.rule("DELETE " + TW + "/indikator/{kode}/versi/{versi}/bukti/{id}", KECAMATAN, OPERATOR);
    // One budget cell.
    table.rule("GET " + TW + "/anggaran/{kode}", KECAMATAN, READ);
    table.rule("PUT " + TW + "/anggaran/{kode}", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/anggaran/{kode}/submit", KECAMATAN, OPERATOR);
    table.rule("POST " + TW + "/anggaran/{kode}/verify", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/anggaran/{kode}/approve", KECAMATAN, VERIFIER);
    table.rule("POST " + TW + "/anggaran/{kode}/return", KECAMATAN, RETURN);
    table.rule("POST " + TW + "/anggaran/{kode}/corrections", KECAMATAN, OPERATOR);

    // The inbox: every role of the kabupaten; a kecamatan role reads its own kecamatan's, never another's.
    table.rule("GET /api/kabupaten/{kabupaten}/kotak-masuk", KABUPATEN, READ).hidesOtherKecamatan();

    table.run(f.callers).assertPassed();
  }
}
