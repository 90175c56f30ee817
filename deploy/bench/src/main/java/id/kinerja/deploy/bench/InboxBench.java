package id.kinerja.deploy.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.localstack.DevTokens;

/**
 * How long the inbox (GET /api/kabupaten/{kabupaten}/kotak-masuk, issue #17) takes for an operator, a verifier and
 * Bagian Organisasi of one kabupaten of N kecamatan (30 indicators, 50 budget lines each: the national dataset's
 * kecamatan): the whole stack on free ports, every kecamatan's plan imported, then TW I entered through the batch
 * endpoint in four kinds of kecamatan — nothing entered, everything submitted (80 cells waiting for the verifier),
 * everything saved as drafts (80 cells to fill), indicators submitted and budget saved as drafts — and then the three
 * inboxes read one request at a time after a warm-up. Prints p50/p99/max per role (target: p99 ≤ 50 ms).
 *
 * <pre>./deploy/bench.sh inbox [--kecamatan 40] [--requests 1000]</pre>
 */
final class InboxBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP = 200;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final NationalDataset dataset = new NationalDataset(java.time.Year.now().getValue(), 7);
  private final Map<String, String> tokens = new HashMap<>();

  public static void main(String[] args) throws Exception {
    int n = 40;
    int requests = 1000;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--kecamatan")) {
        n = Integer.parseInt(args[i + 1]);
      } else if (args[i].equals("--requests")) {
        requests = Integer.parseInt(args[i + 1]);
      }
    }
    new InboxBench().run(n, requests);
  }

  private void run(int n, int requests) throws Exception {
    Path root = Path.of(System.getProperty("kinerja.project.root", ".")).toAbsolutePath();
    try (Stack stack = Stack.start(root, root.resolve("deploy/bench/run/inbox"), "256m")) {
      String kab = NationalDataset.kabupatenKode(0);
      List<NationalDataset.Kecamatan> kecamatan = new ArrayList<>();
      for (int c = 1; c <= n; c++) {
        kecamatan.add(new NationalDataset.Kecamatan(kab, String.format("%s.%02d", kab, c)));
      }
      Bench.log("Importing " + n + " plans of kabupaten " + kab + " …");
      for (NationalDataset.Kecamatan k : kecamatan) {
        expect(send("POST", stack.planningUrl + "/api/rencana-import", JSON.writeValueAsString(dataset.document(k)),
            token("planner", kab, null), Map.of()), 200, "import");
      }
      Bench.log("Entering TW I …");
      for (int i = 0; i < n; i++) {
        NationalDataset.Kecamatan k = kecamatan.get(i);
        String sheet = stack.realizationUrl + "/api/kecamatan/" + k.kode() + "/realisasi/" + dataset.tahun() + "/1";
        awaitSheet(sheet, token("operator", kab, k.kode()));
        switch (i % 4) {
          case 1 -> batch(sheet, k, true, true, true);
          case 2 -> batch(sheet, k, true, true, false);
          case 3 -> {
            batch(sheet, k, true, false, true);
            batch(sheet, k, false, true, false);
          }
          default -> {
          }
        }
      }
      String inbox = stack.realizationUrl + "/api/kabupaten/" + kab + "/kotak-masuk?tahun=" + dataset.tahun()
          + "&triwulan=1";
      NationalDataset.Kecamatan drafts = kecamatan.get(Math.min(2, n - 1));
      NationalDataset.Kecamatan submitted = kecamatan.get(Math.min(1, n - 1));
      record Role(String label, String token) {
      }
      List<Role> roles = List.of(
          new Role("operator (" + drafts.kode() + ": 80 cells to fill)", token("operator", kab, drafts.kode())),
          new Role("verifier (" + submitted.kode() + ": 80 cells to verify)", token("verifier", kab, submitted.kode())),
          new Role("bagian-organisasi (" + n + " kecamatan)", token("bagian-organisasi", kab, null)));
      List<String> lines = new ArrayList<>();
      for (Role r : roles) {
        JsonNode first = JSON.readTree(expect(get(inbox, r.token()), 200, r.label()).body());
        for (int i = 0; i < WARM_UP; i++) {
          expect(get(inbox, r.token()), 200, r.label());
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
          long t0 = System.nanoTime();
          HttpResponse<String> a = get(inbox, r.token());
          nanos[i] = System.nanoTime() - t0;
          expect(a, 200, r.label());
        }
        Arrays.sort(nanos);
        lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %s |", r.label(),
            first.path("jumlah"), first.path("total").asInt(), nanos[requests / 2] / 1e6,
            nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6, nanos[requests - 1] / 1e6,
            nanos[(int) Math.ceil(requests * 0.99) - 1] <= 50_000_000L ? "≤ 50 ms: met" : "≤ 50 ms: MISSED"));
      }
      System.out.printf(Locale.ROOT, "%nInbox of TW I %d, kabupaten %s of %d kecamatan (30 indicators, 50 budget lines"
          + " each), page size 50, %d requests per role one at a time after %d to warm up:%n", dataset.tahun(), kab, n,
          requests, WARM_UP);
      System.out.println("| caller | counts | items | p50 ms | p99 ms | max ms | p99 target |");
      System.out.println("| --- | --- | ---: | ---: | ---: | ---: | --- |");
      lines.forEach(System.out::println);
    }
  }

  /** One batch of TW I: the indicators and/or the budget lines, submitted or saved as drafts. */
  private void batch(String sheet, NationalDataset.Kecamatan k, boolean indikator, boolean anggaran, boolean ajukan)
      throws Exception {
    ObjectNode body = JSON.createObjectNode().put("ajukan", ajukan);
    ArrayNode ind = body.putArray("indikator");
    if (indikator) {
      for (String kode : NationalDataset.INDIKATOR) {
        ObjectNode item = ind.addObject().put("indikatorKode", kode).put("keadaan", "REPORTED");
        dataset.nilai(k.kode(), 1, kode).forEach((f, v) -> item.put(f, (BigDecimal) v));
      }
    }
    ArrayNode ang = body.putArray("anggaran");
    if (anggaran) {
      for (String kode : NationalDataset.SUB_KEGIATAN_KODE) {
        ang.addObject().put("anggaranKode", kode).put("nilai", dataset.belanja(k.kode(), 1, kode));
      }
    }
    expect(send("POST", sheet + "/batch", body.toString(), token("operator", k.kabupatenKode(), k.kode()),
        Map.of("Idempotency-Key", UUID.randomUUID().toString())), 200, "batch");
  }

  /** The sheet once the plan copy has reached realization (the import is announced asynchronously). */
  private void awaitSheet(String sheet, String token) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (get(sheet, token).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no plan copy in realization: " + sheet);
      }
      Thread.sleep(200);
    }
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String url, String body, String token, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
    }
    return r;
  }

  private String token(String role, String kabupaten, String kecamatan) {
    return tokens.computeIfAbsent(role + kabupaten + kecamatan, x -> DevTokens.token(role + "." + (kecamatan == null
        ? kabupaten : kecamatan), Set.of(role), kabupaten, kecamatan));
  }
}
