package id.kinerja.planning;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.api.ApiOperations;
import id.kinerja.deploy.testing.api.HostileInputs;
import id.kinerja.deploy.testing.api.RequestFactory;
import id.kinerja.deploy.testing.api.Snapshots;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Malformed and hostile input at every planning-service operation (driven by its OpenAPI document): every answer is a
 * 4xx problem+json naming the field, leaking nothing, and what K, A and B have stored (every readable resource, and
 * the events announced for them) is the same afterwards.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class HostileInputTest {

  @Test
  void hostileInputIsRefusedAndChangesNothing() {
    SecurityFixture f = SecurityFixture.get();
    ApiOperations api = ApiOperations.load();
    RequestFactory requests = f.requests();
    var readable = Snapshots.readable(api, requests, f::tokenFor, Set.of());
    long maxBody = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    HostileInputs hostile = new HostileInputs("planning-service", api, requests, f::tokenFor,
        () -> readable.get() + "outbox " + PlanningTestSupport.outboxRows(f.kabupaten, f.kecamatan, f.otherKecamatan))
        .maxBodyBytes(maxBody);
    // A band's bound is required but may be null: null is an infinite bound, a valid value, so a scale with it is
    // judged by the band rules (a gap or an overlap named at the band it concerns), not refused as a missing value.
    String infinite = "a band bound may be null (infinite); the scale is then refused, if at all, by its band rules";
    for (int band = 0; band < 6; band++) {
      for (String bound : List.of("lower", "upper")) {
        String at = "bands[" + band + "]." + bound;
        hostile.except("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", "null " + at, infinite)
            .except("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", "fuzz null-required at " + at, infinite);
        for (int skala = 0; skala < 4; skala++) {
          hostile.except("POST /api/rencana-import", "null skalaPredikat[" + skala + "]." + at, infinite)
              .except("POST /api/rencana-import", "fuzz null-required at skalaPredikat[" + skala + "]." + at, infinite);
        }
      }
    }
    hostile.run().assertPassed();
  }
}
