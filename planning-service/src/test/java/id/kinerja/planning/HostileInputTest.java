package id.kinerja.planning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;


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
 * Malformed and hostile input at every planning-service operation (driven by its OpenAPI document): every answer is a
 * 4xx problem+json naming the field, leaking nothing, and what K, A and B have stored (every readable resource, and
 * the events announced for them) is the same afterwards.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class HostileInputTest {

  @Test
  void hostileInputIsRefusedAndChangesNothing() {
    SecurityFixture f = SecurityFixture.get();
    ApiOperations api = ApiOperations.load();
    RequestFactory requests = f.requests();
    var readable = Snapshots.readable(api, requests, f::tokenFor, Set.of());
    long maxBody = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    HostileInputs hostile = new HostileInputs("planning-service", api, requests, f::tokenFor,
        () -> readable.get() + "outbox " + PlanningTestSupport.outboxRows(f.kabupaten, f.kecamatan, f.otherKecamatan))
        .maxBodyBytes(maxBody);
    // A band's bound is required but may be null: null is an infinite bound, a valid value, so a scale with it is
    // judged by the band rules (a gap or an overlap named at the band it concerns), not refused as a missing value.
    String infinite = "a band bound may be null (infinite); the scale is then refused, if at all, by its band rules";
    for (int band = 0; band < 6; band++) {
      for (String bound : List.of("lower", "upper")) {
        String at = "bands[" + band + "]." + bound;
        hostile.except("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", "null " + at, infinite)
            .except("PUT /api/kabupaten/{kode}/skala-predikat/{tahun}/{tujuan}", "fuzz null-required at " + at, infinite);
        for (int skala = 0; skala < 4; skala++) {
          hostile.except("POST /api/rencana-import", "null skalaPredikat[" + skala + "]." + at, infinite)
              .except("POST /api/rencana-import", "fuzz null-required at skalaPredikat[" + skala + "]." + at, infinite);
        }
      }
    }
    // A username is whatever the identity provider gives; a number-like one (an NIP, "1e999999999") is a name, not a number.
    hostile.except("PUT /api/kabupaten/{kode}/penerima/pengguna/{username}", "path username=1e999999999",
        "a username may look like a number: it is recorded as the text it is");
    // An RPJMD kode may look like a number ("1e999999999" is a valid kode): the body of another RPJMD is then refused by
    // the rule that the body's kode is the path's, naming the body's field kode.
    hostile.except("PUT /api/kabupaten/{kode}/rpjmd/{rpjmd}", "path rpjmd=1e999999999",
        "a number-like RPJMD kode is a kode: the body naming another RPJMD is refused at kode (must-match-path)");
    for (String upload : List.of("POST " + SecurityFixture.WORKBOOK + "/preview", "POST " + SecurityFixture.WORKBOOK + "/apply")) {
      hostile.extra(upload, workbooks(upload.endsWith("apply"), f));
    }
    hostile.run().assertPassed();
  }

  /**
   * Files that are no plan workbook: refused as a whole (400, field body), before anything is read; and, on apply, A's
   * own workbook made out for another kecamatan, refused at the cell that names it.
   */
  private static Function<ApiRequest, List<Variant>> workbooks(boolean apply, SecurityFixture f) {
    return base -> {
      byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
      byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
      byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
      List<Variant> out = new ArrayList<>();
      out.add(file(base, "an .xls file", xls));
      out.add(file(base, "an empty file", new byte[0]));
      out.add(file(base, "a PDF named .xlsx", pdf));
      out.add(file(base, "a bare ZIP named .xlsx", zip));
      out.add(file(base, "a workbook without the template's sheets", Workbooks.of(wb -> wb.createSheet("Data").createRow(0)
          .createCell(0).setCellValue("Kode"))));
      out.add(new Variant("upload", "upload without the berkas part", base.withParts(List.of(Part.text("lain", "x"))),
          Expect.field("berkas", 400)));
      if (apply) {
        byte[] other = Workbooks.edit(f.workbook(), wb -> wb.getSheet("Identitas").getRow(10).getCell(1).setCellValue(f.otherKecamatan));
        out.add(new Variant("upload", "upload A's workbook made out for B", base.withParts(List.of(
            Part.file("berkas", "rencana.xlsx", SecurityFixture.XLSX, other))), Expect.field("Identitas!B11", 400)));
      }
      return out;
    };
  }

  private static Variant file(ApiRequest base, String label, byte[] content) {
    return new Variant("upload", "upload " + label, base.withParts(List.of(Part.file("berkas", "rencana.xlsx",
        SecurityFixture.XLSX, content))), Expect.field("body", 400));
  }


}
