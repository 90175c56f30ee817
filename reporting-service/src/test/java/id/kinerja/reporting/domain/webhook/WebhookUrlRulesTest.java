package id.kinerja.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSRF rule of webhook URLs, with production settings (no loopback) and development settings (loopback allowed). */
class WebhookUrlRulesTest {

  /** Names and what they resolve to; a literal address resolves to itself, any other name is unknown. */
  private static final Map<String, String> DNS = Map.of(
      "portal.ponorogokab.go.id", "203.0.113.10",
      "dual.example.id", "203.0.113.11,10.0.0.5",
      "intranet.example.id", "192.168.1.20",
      "metadata.example.id", "169.254.169.254",
      "v6.example.id", "2001:db8::1",
      "ula.example.id", "fd12:3456::1",
      "rebind.example.id", "127.0.0.1");

  private static final WebhookUrlRules.Resolver RESOLVER = host -> {
    String to = DNS.get(host);
    if (to == null) {
      if (host.matches("[0-9a-fA-F.:]+") && (host.contains(":") || host.matches("[0-9.]+"))) {
        return List.of(InetAddress.getByName(host)); // a literal: no lookup
      }
      throw new UnknownHostException(host);
    }
    List<InetAddress> out = new java.util.ArrayList<>();
    for (String a : to.split(",")) {
      out.add(InetAddress.getByName(a));
    }
    return out;
  };

  @ParameterizedTest(name = "{0} → prod {1}, dev {2}")
  @CsvSource(delimiter = '|', textBlock = """
      https://portal.ponorogokab.go.id/kinerja/webhook | ok                     | ok
      https://portal.ponorogokab.go.id:8443/a?b=c     | ok                     | ok
      HTTPS://PORTAL.PONOROGOKAB.GO.ID/x              | ok                     | ok
      https://203.0.113.7/hook                        | ok                     | ok
      https://[2001:db8::1]/hook                      | ok                     | ok
      https://v6.example.id/hook                      | ok                     | ok
      http://portal.ponorogokab.go.id/hook            | must-be-https-url      | must-be-https-url
      ftp://portal.ponorogokab.go.id/hook             | must-be-https-url      | must-be-https-url
      http://localhost:8080/hook                      | must-be-https-url      | ok
      http://127.0.0.1:8080/hook                      | must-be-https-url      | ok
      http://[::1]:8080/hook                          | must-be-https-url      | ok
      http://rebind.example.id/hook                   | must-be-https-url      | must-be-https-url
      https://127.0.0.1/hook                          | must-be-public-address | ok
      https://127.1.2.3/hook                          | must-be-public-address | ok
      https://rebind.example.id/hook                  | must-be-public-address | ok
      https://[::1]/hook                              | must-be-public-address | ok
      https://10.1.2.3/hook                           | must-be-public-address | must-be-public-address
      https://172.16.0.1/hook                         | must-be-public-address | must-be-public-address
      https://172.31.255.255/hook                     | must-be-public-address | must-be-public-address
      https://172.32.0.1/hook                         | ok                     | ok
      https://192.168.0.1/hook                        | must-be-public-address | must-be-public-address
      https://100.64.0.1/hook                         | must-be-public-address | must-be-public-address
      https://169.254.169.254/latest/meta-data/       | must-be-public-address | must-be-public-address
      https://metadata.example.id/                    | must-be-public-address | must-be-public-address
      https://intranet.example.id/hook                | must-be-public-address | must-be-public-address
      https://dual.example.id/hook                    | must-be-public-address | must-be-public-address
      https://[fe80::1]/hook                          | must-be-public-address | must-be-public-address
      https://[fc00::1]/hook                          | must-be-public-address | must-be-public-address
      https://ula.example.id/hook                     | must-be-public-address | must-be-public-address
      https://[::ffff:10.0.0.1]/hook                  | must-be-public-address | must-be-public-address
      https://[::ffff:169.254.169.254]/hook           | must-be-public-address | must-be-public-address
      https://0.0.0.0/hook                            | must-be-public-address | must-be-public-address
      https://[::]/hook                               | must-be-public-address | must-be-public-address
      https://224.0.0.1/hook                          | must-be-public-address | must-be-public-address
      https://[ff02::1]/hook                          | must-be-public-address | must-be-public-address
      https://255.255.255.255/hook                    | must-be-public-address | must-be-public-address
      https://user:pass@portal.ponorogokab.go.id/hook | no-credentials-in-url  | no-credentials-in-url
      https://user@portal.ponorogokab.go.id/hook      | no-credentials-in-url  | no-credentials-in-url
      https:///hook                                   | must-be-https-url      | must-be-https-url
      /kinerja/webhook                                | must-be-https-url      | must-be-https-url
      https://portal ponorogo/hook                    | must-be-https-url      | must-be-https-url
      mailto:bagor@ponorogokab.go.id                  | must-be-https-url      | must-be-https-url
      https://belum-ada.example.id/hook               | ok                     | ok
      """)
  void refusesWhatIsNotPublicHttps(String url, String prod, String dev) {
    assertThat(rule(url, false, false)).as("prod").isEqualTo(prod);
    assertThat(rule(url, true, false)).as("dev").isEqualTo(dev);
  }

  /** At delivery a name that does not resolve is refused (nothing to connect to); at registration it is accepted. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      https://belum-ada.example.id/hook        | must-resolve
      https://portal.ponorogokab.go.id/hook    | ok
      https://metadata.example.id/             | must-be-public-address
      """)
  void atDeliveryTheHostMustResolve(String url, String expected) {
    assertThat(rule(url, false, true)).isEqualTo(expected);
  }

  private static String rule(String url, boolean lokal, boolean mustResolve) {
    Optional<WebhookUrlRules.Refusal> r = WebhookUrlRules.check(url, lokal, mustResolve, RESOLVER);
    return r.map(x -> x.key().rule()).orElse("ok");
  }
}
