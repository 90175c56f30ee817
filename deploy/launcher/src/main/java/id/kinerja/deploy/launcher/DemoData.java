package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.kinerja.deploy.localstack.DevTokens;

/** Loads the demo kabupaten and kecamatan through the public APIs, and mints the demo users' tokens. */
final class DemoData {

  static final String KABUPATEN = "35.02";

  private final LocalSystem system;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  DemoData(LocalSystem system) {
    this.system = system;
  }

  void load() {
    String body = """
        {"nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU", "floorNegativeAtZero": false}""";
    HttpResponse<String> r = send("PUT", system.planning().baseUrl() + "/api/kabupaten/" + KABUPATEN, body,
        tokens().get("PLANNER_TOKEN"));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Demo kabupaten refused: " + r.statusCode() + " " + r.body());
    }
  }

  /** One token per demo user, valid 12 hours. */
  static Map<String, String> tokens() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("PLANNER_TOKEN", DevTokens.token("planner.ponorogo", Set.of("planner"), KABUPATEN, null));
    t.put("BAGIAN_ORGANISASI_TOKEN", DevTokens.token("bagor.ponorogo", Set.of("bagian-organisasi"), KABUPATEN, null));
    t.put("PIMPINAN_TOKEN", DevTokens.token("sekda.ponorogo", Set.of("pimpinan"), KABUPATEN, null));
    return t;
  }

  Path writeTokens(Path file) {
    StringBuilder sb = new StringBuilder("# Demo bearer tokens (development key, 12 hours). Use: source this file.\n");
    tokens().forEach((k, v) -> sb.append("export ").append(k).append('=').append(v).append('\n'));
    try {
      Files.writeString(file, sb.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return file;
  }

  HttpResponse<String> send(String method, String url, String json, String token) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
      if (json != null) {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
