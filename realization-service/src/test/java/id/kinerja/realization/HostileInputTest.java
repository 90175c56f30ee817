package id.kinerja.realization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.Workbooks;
import id.kinerja.deploy.testing.api.ApiOperations;
import id.kinerja.deploy.testing.api.ApiRequest;
import id.kinerja.deploy.testing.api.ApiRequest.Part;
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
 * Malformed and hostile input at every realization-service operation (driven by its OpenAPI document), and evidence
 * uploads that lie about their type or are too large: every answer is a 4xx problem+json naming the field, leaking
 * nothing, and kecamatan A's cells, versions, evidence, audit trail and announced events are the same afterwards.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class HostileInputTest {

  private static final String WORKBOOK = "POST /api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}/workbook";
  private static final String UPLOAD = "POST /api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}/indikator/{kode}/versi/{versi}/bukti";

  @Inject
  DataSource dataSource;

  private long outbox(String key) {
    try (var c = dataSource.getConnection(); var s = c.prepareStatement("select count(*) from outbox_event where event_key = ?")) {
      s.setString(1, key);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void hostileInputIsRefusedAndChangesNothing() {
    SecurityFixture f = SecurityFixture.get();
    ApiOperations api = ApiOperations.load();
    RequestFactory requests = f.requests();
    // The inbox tells the time left and waited, which changes with the clock; what it is computed from (the cells)
    // is in the snapshot through the sheets and cells.
    var readable = Snapshots.readable(api, requests, f::tokenFor, Set.of("GET /api/kabupaten/{kabupaten}/kotak-masuk"));
    long maxBody = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    long maxFile = ConfigProvider.getConfig().getValue("kinerja.realization.bukti.max-bytes", Long.class);
    new HostileInputs("realization-service", api, requests, f::tokenFor,
        () -> readable.get() + "outbox " + outbox(f.a.kecamatan))
        .maxBodyBytes(maxBody)
        .extra(UPLOAD, uploads(maxFile))
        .extra(WORKBOOK + "/preview", workbooks())
        .extra(WORKBOOK + "/apply", workbooks())
        .run().assertPassed();
  }

  /** Evidence that lies about its type, is empty or too large, or comes with a link that is not https. */
  private static Function<ApiRequest, List<Variant>> uploads(long maxFile) {
    return base -> {
      byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
      byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
      byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
      byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
      byte[] tooBig = Arrays.copyOf(SecurityFixture.PDF, (int) maxFile + 1);
      List<Variant> out = new ArrayList<>();
      out.add(file(base, "PNG declared as PDF", "foto.pdf", "application/pdf", png, Expect.field("file", 415)));
      out.add(file(base, "executable declared as PDF", "skm.pdf", "application/pdf", exe, Expect.field("file", 415)));
      out.add(file(base, "executable declared as PNG", "foto.png", "image/png", exe, Expect.field("file", 415)));
      out.add(file(base, "HTML declared as PDF", "laporan.pdf", "application/pdf", html, Expect.field("file", 415)));
      out.add(file(base, "HTML as text/html", "laporan.html", "text/html", html, Expect.field("file", 415)));
      out.add(file(base, "bare ZIP declared as XLSX", "data.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip, Expect.field("file", 415)));
      out.add(file(base, "PDF declared as JPEG", "foto.jpg", "image/jpeg", SecurityFixture.PDF, Expect.field("file", 415)));
      out.add(file(base, "empty file", "kosong.pdf", "application/pdf", new byte[0], Expect.field("file", 400, 415)));
      out.add(file(base, "file over the size limit", "besar.pdf", "application/pdf", tooBig, Expect.field("file", 413)));
      out.add(new Variant("upload", "upload neither file nor url", base.withParts(List.of(Part.text("keterangan", "x"))),
          Expect.field("file", 400)));
      out.add(new Variant("upload", "upload file and url",
          base.withParts(List.of(Part.file("file", "a.pdf", "application/pdf", SecurityFixture.PDF), Part.text("url", "https://x.example/a.pdf"))),
          Expect.field("file", 400)));
      for (String url : List.of("http://x.example/a.pdf", "javascript:alert(1)", "file:///etc/passwd", "https://", "not a url",
          "https://x.example/a\u0000.pdf")) {
        out.add(new Variant("upload", "upload url " + ApiRequest.cut(url, 30), base.withParts(List.of(Part.text("url", url))),
            Expect.field("url", 400), List.of(url)));
      }
      // A form field over quarkus.http.limits.max-form-attribute-size is refused by the multipart reader (413).
      String longUrl = "https://x.example/" + "a".repeat(3000);
      out.add(new Variant("upload", "upload url of 3 KB", base.withParts(List.of(Part.text("url", longUrl))),
          Expect.status(400, 413), List.of(longUrl)));
      out.add(new Variant("upload", "upload keterangan with NUL",
          base.withParts(List.of(Part.file("file", "a.pdf", "application/pdf", SecurityFixture.PDF), Part.text("keterangan", "a\u0000b"))),
          Expect.field("keterangan", 400)));
      return out;
    };
  }

  /** Workbooks that are not read: each refused with a 400 naming the body and saying what to do, nothing stored. */
  private static Function<ApiRequest, List<Variant>> workbooks() {
    return base -> {
      List<Variant> out = new ArrayList<>();
      out.add(workbook(base, ".xls (Excel 97-2003)", "realisasi.xls", "application/vnd.ms-excel", Workbooks.xls()));
      out.add(workbook(base, "macro-enabled .xlsm", "realisasi.xlsm", Workbooks.XLSX, Workbooks.xlsm()));
      out.add(workbook(base, "zip bomb", "realisasi.xlsx", Workbooks.XLSX, Workbooks.zipBomb()));
      out.add(workbook(base, ".docx named .xlsx", "realisasi.xlsx", Workbooks.XLSX, Workbooks.docx()));
      out.add(workbook(base, "PDF named .xlsx", "realisasi.xlsx", Workbooks.XLSX, SecurityFixture.PDF));
      out.add(workbook(base, "bare zip", "realisasi.xlsx", Workbooks.XLSX, new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 }));
      out.add(workbook(base, "20 001 rows", "realisasi.xlsx", Workbooks.XLSX, Workbooks.withRowAt(20_000)));
      out.add(workbook(base, "empty file", "realisasi.xlsx", Workbooks.XLSX, new byte[0]));
      out.add(new Variant("upload", "workbook part missing", base.withParts(List.of(Part.text("catatan", "x"))),
          Expect.field("berkas", 400)));
      return out;
    };
  }

  private static Variant workbook(ApiRequest base, String label, String name, String type, byte[] content) {
    return new Variant("upload", "workbook " + label, base.withParts(List.of(Part.file("berkas", name, type, content))),
        Expect.field("body", 400));
  }

  private static Variant file(ApiRequest base, String label, String name, String type, byte[] content, Expect expect) {
    return new Variant("upload", "upload " + label, base.withParts(List.of(Part.file("file", name, type, content))), expect);
  }
}
