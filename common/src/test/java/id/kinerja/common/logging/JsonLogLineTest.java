package id.kinerja.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.common.backbone.BackboneTestResource;
import id.kinerja.deploy.localstack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the production switch on ({@code quarkus.log.console.json.enabled=true}, as deploy/k8s sets it), a request's
 * log line is one JSON object whose {@code mdc} names the kabupaten, the kecamatan (from the path) and the user (from
 * the verified token); after the answer the context is empty again. The line is formatted by the console handler's
 * own formatter, i.e. exactly as the service writes it.
 */
@QuarkusTest
@TestProfile(JsonLogLineTest.JsonLogs.class)
@WithTestResource(BackboneTestResource.class)
class JsonLogLineTest {

  public static class JsonLogs implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.log.console.json.enabled", "true");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/uji-log/kecamatan/35.02.08/tahun/2024")
  URL probe;

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Formatter console;
  private Handler capture;

  /** The formatter of the console handler Quarkus configured (inside its delayed and async wrappers). */
  private static Formatter consoleFormatter(Handler[] handlers) {
    for (Handler h : handlers) {
      if (h.getFormatter() != null && h.getFormatter().getClass().getName().contains("Json")) {
        return h.getFormatter();
      }
      if (h instanceof ExtHandler ext) {
        Formatter inner = consoleFormatter(ext.getHandlers());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  @BeforeEach
  void listen() {
    console = consoleFormatter(LogContext.getLogContext().getLogger("").getHandlers());
    assertThat(console).as("a JSON console formatter").isNotNull();
    capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(console.format(record)); // on the logging thread: the record's MDC is the request's
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    LogContext.getLogContext().getLogger(LogProbeResource.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stop() {
    LogContext.getLogContext().getLogger(LogProbeResource.class.getName()).removeHandler(capture);
  }

  private int get(String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(probe.toString()));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void aRequestsLogLineIsJsonWithItsKabupatenKecamatanAndUser() throws Exception {
    assertThat(get(DevTokens.kecamatan("operator.mlarak", "operator", "35.02", "35.02.08"))).isEqualTo(200);
    assertThat(lines).hasSize(1);
    JsonNode line = JSON.readTree(lines.get(0));
    assertThat(line.path("message").asText()).isEqualTo("probe 35.02.08 2024");
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    JsonNode mdc = line.path("mdc");
    assertThat(mdc.path("kabupatenKode").asText()).isEqualTo("35.02");
    assertThat(mdc.path("kecamatanKode").asText()).isEqualTo("35.02.08");
    assertThat(mdc.path("user").asText()).isEqualTo("operator.mlarak");

    // A refused token: answered 401 as before, and nothing is logged by the endpoint.
    assertThat(get("not-a-jwt")).isEqualTo(401);
    assertThat(get(null)).isEqualTo(401);
    assertThat(lines).hasSize(1);

    // Another user's request does not inherit the first one's fields.
    assertThat(get(DevTokens.kecamatan("camat.mlarak", "operator", "35.02", "35.02.08"))).isEqualTo(200);
    assertThat(JSON.readTree(lines.get(1)).path("mdc").path("user").asText()).isEqualTo("camat.mlarak");
  }
}
