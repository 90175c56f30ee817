package id.kinerja.reporting;

import static id.kinerja.deploy.testing.api.AccessTable.Scope.KABUPATEN;
import static id.kinerja.deploy.testing.api.AccessTable.Scope.KECAMATAN;
import static id.kinerja.deploy.testing.api.AccessTable.Scope.SERVICE;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.api.AccessTable;
import id.kinerja.deploy.testing.api.ApiOperations;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of reporting-service's OpenAPI document, called by every caller of the standard set, answers as its
 * rule below says (docs/security.md). A kecamatan's report is read by its own operator and verifier and by every
 * kabupaten-wide role; the consolidated view only by the kabupaten-wide roles; the national roll-up shows a caller
 * their own kabupaten's row and the aggregate, never another kabupaten's row. A new endpoint fails this test until it
 * is given a rule here.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AccessControlTableTest {

  private static final String[] ALL = { "operator", "verifier", "bagian-organisasi", "pimpinan", "planner" };
  private static final String[] KABUPATEN_WIDE = { "bagian-organisasi", "pimpinan", "planner" };
  private static final String[] RULE_OWNERS = { "bagian-organisasi", "planner" };
  private static final String[] OPERATIONS = { "operator-sistem" };
  private static final String KEC = "/api/laporan/kecamatan/{kecamatan}/{tahun}";
  private static final String KAB = "/api/laporan/kabupaten/{kabupaten}/{tahun}";

  @Test
  void everyOperationAnswersEveryCallerAsItsRuleSays() {
    SecurityFixture f = SecurityFixture.get();
    AccessTable table = new AccessTable("reporting-service", ApiOperations.load(), f.requests(), f.tenants);
    table.rule("GET " + KEC, KECAMATAN, ALL);
    table.rule("GET " + KEC + "/lkjip", KECAMATAN, ALL);
    table.rule("GET " + KEC + "/lkjip.xlsx", KECAMATAN, ALL);
    table.rule("GET " + KEC + "/laporan.pdf", KECAMATAN, ALL);
    table.rule("GET " + KEC + "/lkjip.docx", KECAMATAN, ALL);
    table.rule("GET " + KEC + "/lkjip.pdf", KECAMATAN, ALL);
    table.rule("POST " + KEC + "/audit", KECAMATAN, ALL);
    table.rule("GET " + KAB + "/konsolidasi", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KAB + "/konsolidasi.xlsx", KABUPATEN, KABUPATEN_WIDE);
    // The pohon kinerja (issue #19): the kabupaten's tree, its contributors and audit as the consolidated view; a
    // kecamatan's tree as its report.
    table.rule("GET " + KAB + "/pohon-kinerja", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KAB + "/pohon-kinerja/sasaran/{sasaran}/kontributor", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KAB + "/pohon-kinerja/tanpa-tautan", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KEC + "/pohon-kinerja", KECAMATAN, ALL);
    table.rule("GET " + KAB + "/pohon-kinerja.pdf", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KAB + "/pohon-kinerja.xlsx", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET " + KEC + "/pohon-kinerja.pdf", KECAMATAN, ALL);
    table.rule("GET " + KEC + "/pohon-kinerja.xlsx", KECAMATAN, ALL);
    // The live figures: the readers of the report each stream announces (SecurityFixture ends them after "siap").
    table.rule("GET /api/laporan/kabupaten/{kabupaten}/langsung", KABUPATEN, KABUPATEN_WIDE);
    table.rule("GET /api/laporan/kecamatan/{kecamatan}/langsung", KECAMATAN, ALL);
    // Not one kabupaten's resource: the caller's own kabupaten row and the national aggregate.
    table.rule("GET /api/laporan/nasional/{tahun}", SERVICE, KABUPATEN_WIDE);
    // Service-wide operations of the projection (status, rebuild from the topics): the operations role only, never a
    // kabupaten's role (a rebuild empties every kabupaten's figures until it has caught up).
    table.rule("GET /api/admin/proyeksi", SERVICE, OPERATIONS);
    table.rule("POST /api/admin/proyeksi/rebuild", SERVICE, OPERATIONS);
    // The portal's webhooks of K: registered and read by the planner and Bagian Organisasi, replayed by Bagian
    // Organisasi (the kabupaten's admin).
    String webhook = SecurityFixture.WEBHOOK;
    table.rule("POST " + webhook, KABUPATEN, RULE_OWNERS);
    table.rule("GET " + webhook, KABUPATEN, RULE_OWNERS);
    table.rule("GET " + webhook + "/{id}", KABUPATEN, RULE_OWNERS);
    table.rule("PUT " + webhook + "/{id}", KABUPATEN, RULE_OWNERS);
    table.rule("DELETE " + webhook + "/{id}", KABUPATEN, RULE_OWNERS);
    table.rule("GET " + webhook + "/{id}/pengiriman", KABUPATEN, RULE_OWNERS);
    table.rule("POST " + SecurityFixture.REPLAY, KABUPATEN, "bagian-organisasi");
    // A replay is sent at once: wait until it is delivered again, so the next caller replays a finished delivery.
    table.afterAllowedCall("POST " + SecurityFixture.REPLAY, replayed -> f.awaitDelivered());
    // A rebuild empties the projections until the consumer has replayed the topics: wait before going on.
    table.afterAllowedCall("POST /api/admin/proyeksi/rebuild", started -> f.awaitCaughtUp());

    table.run(f.callers).assertPassed();
  }
}
