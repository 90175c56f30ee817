package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.localstack.DevTokens;

/**
 * Loads the demo kecamatan through the public APIs, as the portal would: the plan import document (Kecamatan
 * Mlarak, Kabupaten Ponorogo, 2024, transcribed from its LKjIP), a reopening of TW IV 2024 (its window closed in
 * January 2025), the year's realisasi the report prints submitted by the operator, then verified and approved by
 * the Camat. The reporting service recalculates on its own; nothing here computes a figure.
 */
final class DemoData {

  static final String KABUPATEN = "35.02";
  static final String KECAMATAN = "35.02.08";
  static final int TAHUN = 2024;
  static final String PLAN = "planning-service/src/main/resources/demo/mlarak-2024.json";
  static final String REALISASI = "deploy/launcher/src/main/resources/demo/mlarak-2024-realisasi.json";
  /** Illustrative (docs/demo-data.md §6 "RPJMD and tautan kinerja"): not from the report. */
  static final String RPJMD = "planning-service/src/main/resources/demo/rpjmd-ponorogo-2021-2026.json";
  static final String TAUTAN = "planning-service/src/main/resources/demo/tautan-mlarak-2024-2026.json";
  static final String RPJMD_KODE = "RPJMD-PONOROGO-2021-2026";
  static final String RENSTRA_KODE = "RENSTRA-MLARAK-2024-2026";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalSystem system;
  private final Path root;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  DemoData(LocalSystem system, Path root) {
    this.system = system;
    this.root = root;
  }

  /** Everything; returns the official overall capaian of Mlarak 2024 as the reporting service shows it. */
  String load() {
    importPlan();
    loadCascade();
    registerPenerima();
    reopen(4);
    submitRealisasi(4);
    verifyAndApprove(4);
    return awaitReport();
  }

  void importPlan() {
    String doc = read(PLAN);
    HttpResponse<String> r = send("POST", system.planning().baseUrl() + "/api/rencana-import", doc, token("PLANNER_TOKEN"), null);
    expect(r, 200, "plan import");
  }

  /**
   * The illustrative RPJMD of Ponorogo 2021–2026 and the links of Mlarak's Renstra to it (issue #19, docs/demo-data.md
   * §6): PUT as the planner would, after the plan they link. Loading them again changes nothing (the same documents).
   */
  void loadCascade() {
    String planning = system.planning().baseUrl();
    String rpjmd = planning + "/api/kabupaten/" + KABUPATEN + "/rpjmd/" + RPJMD_KODE;
    expect(send("PUT", rpjmd, read(RPJMD), token("PLANNER_TOKEN"), ifMatch(rpjmd)), 200, "RPJMD");
    String tautan = planning + "/api/kecamatan/" + KECAMATAN + "/renstra/" + RENSTRA_KODE + "/tautan";
    expect(send("PUT", tautan, read(TAUTAN), token("PLANNER_TOKEN"), ifMatch(tautan)), 200, "tautan kinerja");
  }

  /** If-Match with the resource's current ETag, none when it has none yet (a first save). */
  private Map<String, String> ifMatch(String url) {
    HttpResponse<String> current = send("GET", url, null, token("PLANNER_TOKEN"), null);
    return current.statusCode() == 200 ? current.headers().firstValue("ETag").map(e -> Map.of("If-Match", e)).orElse(null) : null;
  }

  /**
   * The demo users' and the Camat's e-mail addresses (illustrative, on the reserved .example domain), where the
   * deadline reminders of the local system go (its embedded mail server).
   */
  void registerPenerima() {
    String base = system.planning().baseUrl() + "/api/kabupaten/" + KABUPATEN + "/penerima";
    Map<String, String> users = new LinkedHashMap<>();
    users.put("operator.mlarak", "{\"nama\": \"Operator Kecamatan Mlarak\", \"surel\": \"operator.mlarak@ponorogo.example\", "
        + "\"peran\": \"operator\", \"kecamatanKode\": \"" + KECAMATAN + "\"}");
    users.put("bagor.ponorogo", "{\"nama\": \"Bagian Organisasi Setda Ponorogo\", \"surel\": \"bagor@ponorogo.example\", "
        + "\"peran\": \"bagian-organisasi\"}");
    users.put("sekda.ponorogo", "{\"nama\": \"Sekretaris Daerah\", \"surel\": \"sekda@ponorogo.example\", "
        + "\"peran\": \"pimpinan\"}");
    for (Map.Entry<String, String> u : users.entrySet()) {
      expect(send("PUT", base + "/pengguna/" + u.getKey(), u.getValue(), token("PLANNER_TOKEN"), null), 200, "penerima " + u.getKey());
    }
    // The Camat of Mlarak by NIP: name, kecamatan and role come from the plan's officials.
    expect(send("PUT", base + "/pejabat/197906081998021001", "{\"surel\": \"camat.mlarak@ponorogo.example\"}",
        token("PLANNER_TOKEN"), null), 200, "penerima camat");
  }

  /** Reopens one closed triwulan of 2024 for Mlarak until tomorrow, as Bagian Organisasi would for late entry. */
  void reopen(int triwulan) {
    String url = system.planning().baseUrl() + "/api/kabupaten/" + KABUPATEN + "/jadwal/" + TAHUN + "/" + triwulan;
    HttpResponse<String> current = send("GET", url, null, token("BAGIAN_ORGANISASI_TOKEN"), null);
    expect(current, 200, "jadwal");
    String body = "{\"kecamatanKode\": \"" + KECAMATAN + "\", \"sampai\": \"" + Instant.now().plus(Duration.ofDays(1))
        + "\", \"alasan\": \"Demo: data TW " + triwulan + " 2024 dimasukkan setelah jadwal ditutup\"}";
    HttpResponse<String> r = send("POST", url + "/perpanjangan", body, token("BAGIAN_ORGANISASI_TOKEN"),
        Map.of("If-Match", current.headers().firstValue("ETag").orElseThrow()));
    expect(r, 200, "perpanjangan");
  }

  void submitRealisasi(int triwulan) {
    JsonNode data = readJson(REALISASI);
    ObjectNode batch = JSON.createObjectNode().put("ajukan", true);
    ArrayNode indikator = batch.putArray("indikator");
    for (JsonNode i : data.path("indikator")) {
      if (i.path("triwulan").asInt() != triwulan) {
        continue;
      }
      ObjectNode item = indikator.addObject().put("indikatorKode", i.path("indikatorKode").asText()).put("keadaan", "REPORTED");
      for (String f : List.of("nilai", "pembilang", "penyebut")) {
        if (i.has(f)) {
          item.set(f, i.get(f));
        }
      }
    }
    ArrayNode anggaran = batch.putArray("anggaran");
    for (JsonNode a : data.path("anggaran")) {
      if (a.path("triwulan").asInt() == triwulan) {
        anggaran.addObject().put("anggaranKode", a.path("anggaranKode").asText()).put("nilai", a.path("nilai").asLong());
      }
    }
    String url = sheet(triwulan) + "/batch";
    String key = UUID.randomUUID().toString();
    // The plan copy and the reopening travel through Kafka: retry while the realization service has not seen them.
    HttpResponse<String> r = retryWhile(() -> send("POST", url, batch.toString(), token("OPERATOR_TOKEN"),
        Map.of("Idempotency-Key", key)), resp -> resp.statusCode() == 422, Duration.ofSeconds(90));
    expect(r, 200, "realisasi batch");
  }

  void verifyAndApprove(int triwulan) {
    for (String action : List.of("verify", "approve")) {
      HttpResponse<String> sheet = send("GET", sheet(triwulan), null, token("VERIFIER_TOKEN"), null);
      expect(sheet, 200, "triwulan sheet");
      HttpResponse<String> r = send("POST", sheet(triwulan) + "/" + action, "{}", token("VERIFIER_TOKEN"),
          Map.of("If-Match", sheet.headers().firstValue("ETag").orElseThrow(), "Idempotency-Key", UUID.randomUUID().toString()));
      expect(r, 200, action);
    }
  }

  /** Waits until the reporting service shows the approved figures. */
  String awaitReport() {
    String url = system.reporting().baseUrl() + "/api/laporan/kecamatan/" + KECAMATAN + "/" + TAHUN;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = send("GET", url, null, token("BAGIAN_ORGANISASI_TOKEN"), null);
      if (r.statusCode() == 200) {
        JsonNode report = readTree(r.body());
        for (JsonNode ind : report.path("indikator")) {
          if ("IKU-SKM".equals(ind.path("kode").asText()) && ind.at("/tahunan/capaian/status").asText().equals("COMPUTED")) {
            return ind.at("/tahunan/capaian/teks").asText();
          }
        }
      }
      LocalRun.sleep(500);
    }
    throw new IllegalStateException("the reporting service did not show Mlarak 2024 within 90 s");
  }

  String sheet(int triwulan) {
    return system.realization().baseUrl() + "/api/kecamatan/" + KECAMATAN + "/realisasi/" + TAHUN + "/" + triwulan;
  }

  /** One token per demo user, valid 12 hours. */
  static Map<String, String> tokens() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("PLANNER_TOKEN", DevTokens.token("planner.ponorogo", Set.of("planner"), KABUPATEN, null));
    t.put("BAGIAN_ORGANISASI_TOKEN", DevTokens.token("bagor.ponorogo", Set.of("bagian-organisasi"), KABUPATEN, null));
    t.put("PIMPINAN_TOKEN", DevTokens.token("sekda.ponorogo", Set.of("pimpinan"), KABUPATEN, null));
    t.put("OPERATOR_TOKEN", DevTokens.token("operator.mlarak", Set.of("operator"), KABUPATEN, KECAMATAN));
    t.put("VERIFIER_TOKEN", DevTokens.token("camat.mlarak", Set.of("verifier"), KABUPATEN, KECAMATAN));
    // The operations role: service-wide operations (reporting's projection status and rebuild), no kabupaten.
    t.put("OPERATOR_SISTEM_TOKEN", DevTokens.sistem("operator.sistem"));
    return t;
  }

  private static String token(String name) {
    return tokens().get(name);
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

  HttpResponse<String> send(String method, String url, String json, String token, Map<String, String> headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
      if (headers != null) {
        headers.forEach(b::header);
      }
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

  private static HttpResponse<String> retryWhile(Supplier<HttpResponse<String>> call,
      java.util.function.Predicate<HttpResponse<String>> again, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<String> r = call.get();
    while (again.test(r) && Instant.now().isBefore(deadline)) {
      LocalRun.sleep(500);
      r = call.get();
    }
    return r;
  }

  private static void expect(HttpResponse<String> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new IllegalStateException("Demo " + what + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private String read(String relative) {
    try {
      return Files.readString(root.resolve(relative));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + relative, e);
    }
  }

  private JsonNode readJson(String relative) {
    return readTree(read(relative));
  }

  private static JsonNode readTree(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
