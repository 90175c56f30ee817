package id.kinerja.deploy.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.deploy.localstack.DevTokens;

/**
 * How long a kecamatan operator waits for the preview and for the apply of one filled-in triwulan workbook (30
 * indicators, 50 budget lines: the national dataset's kecamatan): the whole stack on free ports, N kecamatan, each
 * one's TW I template downloaded, filled with the dataset's values typed as Indonesian text, previewed, then applied.
 * Prints the latencies (target: each ≤ 1 s).
 *
 * <pre>./deploy/bench.sh workbook [--kecamatan 20]</pre>
 */
final class WorkbookBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  /** This year's plans: the dataset's entry windows open on 1 January of its year. */
  private final NationalDataset dataset = new NationalDataset(java.time.Year.now().getValue(), 7);
  private Stack stack;

  public static void main(String[] args) throws Exception {
    int n = 20;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--kecamatan")) {
        n = Integer.parseInt(args[i + 1]);
      }
    }
    new WorkbookBench().run(n);
  }

  private void run(int n) throws Exception {
    Path root = Path.of(System.getProperty("kinerja.project.root", ".")).toAbsolutePath();
    stack = Stack.start(root, root.resolve("deploy/bench/run/workbook"), "256m");
    try {
      List<NationalDataset.Kecamatan> kecamatan = dataset.layout(Math.max(n, NationalDataset.MIN_KECAMATAN_PER_KABUPATEN))
          .stream().flatMap(k -> k.kecamatan().stream()).limit(n).toList();
      for (NationalDataset.Kecamatan k : kecamatan) {
        expect(send("POST", stack.planningUrl + "/api/rencana-import", JSON.writeValueAsBytes(dataset.document(k)),
            "application/json", token("planner", k, false), Map.of()), 200, "import");
      }
      long[] preview = new long[n];
      long[] apply = new long[n];
      int rows = 0;
      for (int i = 0; i < n; i++) {
        NationalDataset.Kecamatan k = kecamatan.get(i);
        String sheet = stack.realizationUrl + "/api/kecamatan/" + k.kode() + "/realisasi/" + dataset.tahun() + "/1";
        byte[] template = awaitTemplate(sheet, token("operator", k, true));
        byte[] filled = fill(template, k);
        String multipart = "----kinerja" + UUID.randomUUID();
        byte[] body = multipart(multipart, filled);
        String type = "multipart/form-data; boundary=" + multipart;
        long t0 = System.nanoTime();
        HttpResponse<String> p = send("POST", sheet + "/workbook/preview", body, type, token("operator", k, true), Map.of());
        preview[i] = System.nanoTime() - t0;
        expect(p, 200, "preview");
        if (!p.body().contains("\"dapatDiterapkan\":true")) {
          throw new IllegalStateException("the preview refuses the workbook: " + p.body());
        }
        t0 = System.nanoTime();
        HttpResponse<String> a = send("POST", sheet + "/workbook/apply", body, type, token("operator", k, true),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        apply[i] = System.nanoTime() - t0;
        expect(a, 200, "apply");
        rows = JSON.readTree(a.body()).path("hasil").size();
      }
      System.out.printf(Locale.ROOT, "%nWorkbook of one kecamatan's triwulan (%d indicators, %d budget lines, %d rows"
          + " applied), %d kecamatan, one at a time:%n", NationalDataset.INDICATORS, NationalDataset.SUB_KEGIATAN, rows, n);
      System.out.println("| step | p50 ms | p90 ms | max ms | target |");
      System.out.println("| --- | ---: | ---: | ---: | --- |");
      print("preview (upload, read, batch rules rolled back)", preview);
      print("apply (upload, read, batch, events)", apply);
    } finally {
      stack.close();
    }
  }

  private static void print(String step, long[] nanos) {
    long[] s = nanos.clone();
    java.util.Arrays.sort(s);
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | ≤ 1000 ms%s |%n", step, s[s.length / 2] / 1e6,
        s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] / 1e6, s[s.length - 1] / 1e6,
        s[s.length - 1] <= 1_000_000_000L ? ": met" : ": MISSED");
  }

  /** The template once the plan copy has reached realization (the import is announced asynchronously). */
  private byte[] awaitTemplate(String sheet, String token) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(sheet + "/workbook"))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 200) {
        return r.body();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no template: " + r.statusCode());
      }
      Thread.sleep(200);
    }
  }

  /** Every indicator and budget line filled as a person types it: "82,45", "Rp 4.500.000". */
  private byte[] fill(byte[] template, NationalDataset.Kecamatan k) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet ind = wb.getSheet("Indikator");
      Map<String, Integer> col = columns(ind.getRow(2));
      for (Row r : ind) {
        String kode = kode(r);
        if (r.getRowNum() > 2 && kode != null) {
          dataset.nilai(k.kode(), 1, kode).forEach((field, v) -> r.createCell(col.get(field.equals("nilai") ? "Nilai"
              : field.equals("pembilang") ? "Pembilang" : "Penyebut")).setCellValue(indonesian((BigDecimal) v)));
        }
      }
      Sheet ang = wb.getSheet("Anggaran");
      Map<String, Integer> acol = columns(ang.getRow(2));
      for (Row r : ang) {
        String kode = kode(r);
        if (r.getRowNum() > 2 && kode != null) {
          r.createCell(acol.get("Realisasi TW ini (Rp)")).setCellValue("Rp " + String.format(Locale.GERMANY, "%,d",
              dataset.belanja(k.kode(), 1, kode)));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static String indonesian(BigDecimal v) {
    return v.toPlainString().replace('.', ',');
  }

  private static String kode(Row r) {
    Cell c = r.getCell(0);
    return c == null ? null : c.getStringCellValue();
  }

  private static Map<String, Integer> columns(Row header) {
    Map<String, Integer> m = new HashMap<>();
    header.forEach(c -> m.put(c.getStringCellValue(), c.getColumnIndex()));
    return m;
  }

  private static byte[] multipart(String boundary, byte[] xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"realisasi.xlsx\""
        + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(xlsx);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpResponse<String> send(String method, String url, byte[] body, String type, String token,
      Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
    }
  }

  private final Map<String, String> tokens = new HashMap<>();

  private String token(String role, NationalDataset.Kecamatan k, boolean kecamatan) {
    return tokens.computeIfAbsent(role + k.kode() + kecamatan, x -> DevTokens.token(role + "." + k.kode(), Set.of(role),
        k.kabupatenKode(), kecamatan ? k.kode() : null));
  }
}
