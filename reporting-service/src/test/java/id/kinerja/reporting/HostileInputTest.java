package id.kinerja.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.api.ApiOperations;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.HostileInputs;
import id.kinerja.deploy.testing.api.RequestFactory;
import id.kinerja.deploy.testing.api.Snapshots;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Malformed and hostile input at every reporting-service operation (driven by its OpenAPI document): every answer is
 * a 4xx problem+json naming the field, leaking nothing, and K's figures (kecamatan report, LKjIP tables, consolidated
 * view) are the same afterwards. The projection status and the national roll-up are left out of the snapshot: they
 * move with every other test's events.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class HostileInputTest {

  @Test
  void hostileInputIsRefusedAndChangesNothing() {
    SecurityFixture f = SecurityFixture.get();
    ApiOperations api = ApiOperations.load();
    RequestFactory requests = f.requests();
    var readable = Snapshots.readable(api, requests, f::tokenFor,
        Set.of("GET /api/admin/proyeksi", "GET /api/laporan/nasional/{tahun}"));
    long maxBody = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    new HostileInputs("reporting-service", api, requests, f::tokenFor, readable)
        .maxBodyBytes(maxBody)
        .extra(SecurityFixture.LANGSUNG_KABUPATEN, HostileInputTest::lastEventIds)
        .extra(SecurityFixture.LANGSUNG_KECAMATAN, HostileInputTest::lastEventIds)
        .run().assertPassed();
  }

  /** A Last-Event-ID that is not an announcement number: 400 naming the header. */
  static List<HostileInputs.Variant> lastEventIds(ApiRequest base) {
    List<HostileInputs.Variant> out = new ArrayList<>();
    for (String v : List.of("abc", "-1", "1.5", "1e3", "9".repeat(19), "1; DROP TABLE pengumuman_angka", "${jndi:x}")) {
      out.add(new HostileInputs.Variant("header", "header Last-Event-ID=" + ApiRequest.cut(v, 20),
          base.withHeader("Last-Event-ID", v), HostileInputs.Expect.field("Last-Event-ID", 400), List.of(v)));
    }
    return out;
  }
}
