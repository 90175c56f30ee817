package id.kinerja.planning;

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
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class BrowserAccessTest extends BrowserAccessChecks {

  @Override
  protected String path() {
    return "/api/kabupaten/35.02/jadwal/2024/2";
  }

  @Override
  protected String method() {
    return "POST";
  }
}
