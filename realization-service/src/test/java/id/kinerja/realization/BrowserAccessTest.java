package id.kinerja.realization;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.http.BrowserAccessChecks;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A portal in a browser on another origin can call this service (the test profile admits the portal of a test
 * kabupaten and http://localhost on any port, as dev mode and ./deploy/run.sh do); see {@link BrowserAccessChecks}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class BrowserAccessTest extends BrowserAccessChecks {

  @Override
  protected String path() {
    return "/api/kecamatan/35.02.08/realisasi/2024/2/indikator/IKU-SKM";
  }

  @Override
  protected String method() {
    return "PUT";
  }
}
