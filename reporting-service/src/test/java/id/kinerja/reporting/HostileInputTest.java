package id.kinerja.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.ApiOperations;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.HostileInputs;
import id.kinerja.deploy.testing.api.HostileInputs.Expect;
import id.kinerja.deploy.testing.api.HostileInputs.Variant;
import id.kinerja.deploy.testing.api.RequestFactory;
import id.kinerja.deploy.testing.api.Snapshots;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Malformed and hostile input at every reporting-service operation (driven by its OpenAPI document): every answer is
 * a 4xx problem+json naming the field, leaking nothing, and K's figures (kecamatan report, LKjIP tables, consolidated
 * view, K's webhooks and their deliveries) are the same afterwards; webhook URLs pointing at private, link-local or
 * otherwise non-public addresses are refused naming url. The projection status and the national roll-up are left out of the snapshot: they
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
        .extra("POST " + SecurityFixture.WEBHOOK, webhookUrls())
        .extra("PUT " + SecurityFixture.WEBHOOK + "/{id}", webhookUrls())
        .extra(SecurityFixture.LANGSUNG_KABUPATEN, HostileInputTest::lastEventIds)
        .extra(SecurityFixture.LANGSUNG_KECAMATAN, HostileInputTest::lastEventIds)
        .extra(KONTRIBUTOR, HostileInputTest::sasaranCodes)
        .run().assertPassed();
  }

  /**
   * Webhook URLs a receiver must never be: private, link-local (the cloud metadata address), unique-local, multicast,
   * unspecified, with credentials, or not https. Refused with 400 naming url — with the test profile's
   * kinerja.webhook.izinkan-lokal=true too, which admits loopback only (production refuses that as well:
   * WebhookUrlRulesTest).
   */
  private static Function<ApiRequest, List<Variant>> webhookUrls() {
    return base -> {
      List<Variant> out = new ArrayList<>();
      for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/hook",
          "https://172.16.5.4/hook", "https://192.168.1.1/hook", "https://100.64.0.1/hook", "https://[fe80::1]/hook",
          "https://[fd00::1]/hook", "https://[::ffff:169.254.169.254]/hook", "https://0.0.0.0/hook",
          "https://224.0.0.1/hook", "https://user:pass@portal.ponorogokab.go.id/hook", "http://portal.ponorogokab.go.id/hook",
          "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "https:///hook")) {
        JsonNode body = read(base.bodyText());
        ((ObjectNode) body).put("url", url);
        // The refusal names the host and the address it points at: values the client sent, not a leak.
        String host = java.net.URI.create(url).getHost();
        out.add(new Variant("webhook-url", "url " + url, base.withBody(base.contentType(), body.toString()),
            Expect.field("url", 400), host == null ? List.of(url) : List.of(url, host, host.replace("[", "").replace("]", ""))));
      }
      return out;
    };
  }

  private static JsonNode read(String json) {
    try {
      return id.kinerja.common.json.CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final String KONTRIBUTOR = "GET /api/laporan/kabupaten/{kabupaten}/{tahun}/pohon-kinerja/sasaran/{sasaran}/kontributor";

  /**
   * RPJMD sasaran codes that are no sasaran of K's RPJMD (traversal, markup, another kabupaten's look, a code one past
   * the length limit): a 4xx problem, never another kabupaten's or an internal answer; the overlong one 400 naming
   * sasaran.
   */
  static List<HostileInputs.Variant> sasaranCodes(ApiRequest base) {
    List<HostileInputs.Variant> out = new ArrayList<>();
    for (String v : List.of("..", "S1.1/../../konsolidasi", "<script>alert(1)</script>", "S1.1%00", "00.01/S1.1",
        "S1.1' OR '1'='1", "\u0000")) {
      out.add(new HostileInputs.Variant("path-param", "path sasaran=" + ApiRequest.cut(v, 20),
          base.withPathParam("sasaran", v), HostileInputs.Expect.clientError(), List.of(v)));
    }
    String longer = "S".repeat(121);
    out.add(new HostileInputs.Variant("path-param", "path sasaran=S×121", base.withPathParam("sasaran", longer),
        HostileInputs.Expect.field("sasaran", 400), List.of(longer)));
    return out;
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
