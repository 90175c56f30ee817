package id.kinerja.reporting;

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
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class BrowserAccessTest extends BrowserAccessChecks {

  @Override
  protected String path() {
    return "/api/laporan/kecamatan/35.02.08/2024";
  }

  @Override
  protected String method() {
    return "GET";
  }
}
