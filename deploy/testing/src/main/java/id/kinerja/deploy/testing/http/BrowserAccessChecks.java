package id.kinerja.deploy.testing.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * The browser-access checks every service runs on itself (a service's test extends this and names one of its /api
 * paths and a write method on it): CORS for an admitted portal and for localhost during development, no CORS for
 * another origin, the answer's language named, small answers not compressed. Large answers are checked for
 * compression by the whole-system test, which has large answers.
 */
public abstract class BrowserAccessChecks {

  /** An /api path of the service (no token needed: the checks run on preflights and 401 answers). */
  protected abstract String path();

  /** A method the path answers, for the preflight. */
  protected abstract String method();

  @Test
  void anAdmittedPortalGetsThePreflightAndReadsTheHeadersItNeeds() {
    BrowserAccess.admitsPreflight(BrowserAccess.PORTAL, path(), method());
    BrowserAccess.admitsPreflight(BrowserAccess.LOCAL_PORTAL, path(), method());
    BrowserAccess.exposesHeaders(BrowserAccess.PORTAL, path(), null);
  }

  @Test
  void anotherOriginIsNotAdmitted() {
    BrowserAccess.refusesOtherOrigin(path());
  }

  @Test
  void everyAnswerNamesItsLanguageAndSmallAnswersAreNotCompressed() {
    String url = RestAssured.baseURI + ":" + RestAssured.port + path();
    BrowserAccess.Raw id = BrowserAccess.get(url, Map.of("Accept-Encoding", "gzip"));
    assertThat(id.status(), equalTo(401));
    assertThat(id.contentLanguage(), equalTo("id"));
    assertThat(id.vary(), containsStringIgnoringCase("Accept-Language"));
    assertThat(id.bodyBytes(), lessThan(1024));
    assertThat(id.contentEncoding(), anyOf(nullValue(), equalTo("identity")));
    BrowserAccess.Raw en = BrowserAccess.get(url, Map.of("Accept-Language", "en-GB,en;q=0.9", "Accept-Encoding", "gzip"));
    assertThat(en.contentLanguage(), equalTo("en"));
  }
}
