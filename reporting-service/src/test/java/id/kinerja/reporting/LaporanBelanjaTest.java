package id.kinerja.reporting;

import static id.kinerja.reporting.ReportingApiTest.bagian;
import static id.kinerja.reporting.ReportingApiTest.laporan;
import static id.kinerja.reporting.ReportingApiTest.plan;
import static id.kinerja.reporting.ReportingApiTest.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue #16 over the real broker, docs/domain.md §2.12: a plan in v2 brings a budget by jenis belanja; realisasi on two
 * of its three jenis shows serapan per jenis and a total over the view's own lines with coverage "2 dari 3", while the
 * program tree's total, sasaran alokasi and efisiensi stay those of the program lines alone.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class LaporanBelanjaTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static String line(String kode, int periode) {
    return "belanja.find { it.kode == '" + kode + "' }.periode.find { it.periode == " + periode + " }";
  }

  private static String total(int periode) {
    return "belanjaTotal.find { it.periode == " + periode + " }";
  }

  @Test
  void serapanPerJenisBelanjaAndTheViewsTotalWithItsCoverageBesideAnUnchangedProgramTotal() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    String token = bagian(kab);
    // The plan in v1 has no such view.
    assertThat(report(token, kec, "OFFICIAL").getList("belanja")).isEmpty();
    assertThat(report(token, kec, "OFFICIAL").getList("belanjaTotal")).isEmpty();

    EventEnvelope v1 = Fixtures.rencanaMlarak(kab, kec, 1, Instant.parse("2024-01-05T02:01:00Z"));
    Fixtures.rencanaV2(v1, 2, Instant.parse("2024-01-06T02:00:00Z"), List.of(
        Fixtures.belanja("5.1.01", "Belanja Pegawai", 120_000_000L),
        Fixtures.belanja("5.1.02", "Belanja Barang dan Jasa", 80_000_000L),
        Fixtures.belanja("5.2.02", "Belanja Modal Peralatan dan Mesin", 8_415_145L)));
    await().atMost(WAIT).untilAsserted(() -> assertThat(report(token, kec, "OFFICIAL").getList("belanja.kode"))
        .containsExactly("5.1.01", "5.1.02", "5.2.02"));

    // Realisasi on two of the three jenis, and on a program line; the kode says which view a cell belongs to.
    Fixtures.anggaranRealisasi(kab, kec, 2, "5.1.01", 1, 1, "APPROVED", 100_000_000L, Instant.parse("2024-07-05T03:00:00Z"));
    Fixtures.anggaranRealisasi(kab, kec, 3, "5.1.02", 1, 1, "VERIFIED", 50_000_000L, Instant.parse("2024-10-05T03:00:00Z"));
    Fixtures.anggaranRealisasi(kab, kec, 3, "7.01.02", 1, 1, "APPROVED", 70_000_000L, Instant.parse("2024-10-05T03:00:00Z"));
    await().atMost(WAIT).untilAsserted(() -> {
      JsonPath r = report(token, kec, "OFFICIAL");
      assertThat(r.getString(total(0) + ".cakupan.teks")).isEqualTo("2 dari 3 dilaporkan");
      assertThat(r.getLong("ringkasan.find { it.periode == 0 }.realisasiKumulatif.nilai")).isEqualTo(70_000_000L);
    });

    JsonPath r = report(token, kec, "OFFICIAL");
    // per jenis: the TW's serapan and s.d. the TW, against the annual pagu
    assertThat(r.getString(line("5.1.01", 2) + ".serapan.teks")).isEqualTo("83,33");
    assertThat(r.getString(line("5.1.01", 0) + ".serapanKumulatif.teks")).isEqualTo("83,33");
    assertThat(r.getLong(line("5.1.01", 0) + ".sisa.nilai")).isEqualTo(20_000_000L);
    assertThat(r.getString(line("5.1.02", 3) + ".serapan.teks")).isEqualTo("62,50");
    assertThat(r.getString(line("5.1.02", 2) + ".serapan.status")).isEqualTo("NOT_REPORTED");
    // nothing reported: "–", never 0
    assertThat(r.getString(line("5.2.02", 0) + ".serapanKumulatif.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(line("5.2.02", 0) + ".realisasiKumulatif.nilai")).isNull();
    // the view's total: its own lines, against its whole pagu, with the coverage in lines
    assertThat(r.getLong(total(0) + ".realisasiKumulatif.nilai")).isEqualTo(150_000_000L);
    assertThat(r.getString(total(0) + ".serapanKumulatif.teks")).isEqualTo("71,97");
    assertThat(r.getLong(total(0) + ".sisa.nilai")).isEqualTo(58_415_145L);
    assertThat(r.getString(total(2) + ".cakupan.teks")).isEqualTo("1 dari 3 dilaporkan");
    assertThat(r.getLong(total(3) + ".realisasi.nilai")).isEqualTo(50_000_000L);
    assertThat(r.getString(total(3) + ".cakupan.teks")).isEqualTo("2 dari 3 dilaporkan");
    assertThat(r.getString(total(1) + ".serapan.status")).isEqualTo("NOT_REPORTED");
    // the program tree's total is its own: 70.000.000 of 208.415.145, the belanja realisasi never added to it
    String year = "ringkasan.find { it.periode == 0 }";
    assertThat(r.getLong(year + ".pagu.nilai")).isEqualTo(208_415_145L);
    assertThat(r.getString(year + ".serapanKumulatif.teks")).isEqualTo("33,59");
    assertThat(r.getLong("sasaran.find { it.kode == 'S1' }.periode.find { it.periode == 0 }.realisasiAnggaran.nilai"))
        .isEqualTo(70_000_000L);
    assertThat(r.getList("anggaran.kode")).doesNotContain("5.1.01", "5.1.02", "5.2.02", "5");

    // The provisional view counts the same approved and verified cells here.
    assertThat(report(token, kec, "PROVISIONAL").getString(total(0) + ".cakupan.teks")).isEqualTo("2 dari 3 dilaporkan");

    // The LKjIP tables: realisasi by jenis belanja beside realisasi per program, each with its own total.
    JsonPath lkjip = given().auth().oauth2(token).get(laporan(kec) + "/lkjip").then().statusCode(200).extract().jsonPath();
    assertThat(lkjip.getList("realisasiBelanja.kode")).containsExactly("5.1.01", "5.1.02", "5.2.02");
    assertThat(lkjip.getString("realisasiBelanja.find { it.kode == '5.1.02' }.serapan.teks")).isEqualTo("62,50");
    assertThat(lkjip.getString("realisasiBelanja.find { it.kode == '5.2.02' }.serapan.status")).isEqualTo("NOT_REPORTED");
    assertThat(lkjip.getLong("belanjaTotal.realisasi.nilai")).isEqualTo(150_000_000L);
    assertThat(lkjip.getString("belanjaTotal.serapan.teks")).isEqualTo("71,97");
    assertThat(lkjip.getString("belanjaTotal.cakupan.teks")).isEqualTo("2 dari 3 dilaporkan");
    assertThat(lkjip.getLong("realisasiTotal.nilai")).isEqualTo(70_000_000L);
    assertThat(lkjip.getList("realisasiAnggaran.kode")).doesNotContain("5.1.01", "5.1.02", "5.2.02", "5");

    // the LKjIP draft prints the view as its own table, with its total and coverage
    byte[] docx = given().auth().oauth2(token).get(laporan(kec) + "/lkjip.docx").then().statusCode(200).extract()
        .asByteArray();
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      var table = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(1).getText().equals("Jenis belanja")).findFirst().orElseThrow();
      var b = table.getRows().stream().filter(x -> x.getCell(0).getText().equals("5.1.02")).findFirst().orElseThrow();
      assertThat(b.getCell(4).getText()).isEqualTo("62,50");
      var none = table.getRows().stream().filter(x -> x.getCell(0).getText().equals("5.2.02")).findFirst().orElseThrow();
      assertThat(none.getCell(4).getText()).isEqualTo("–");
      var total = table.getRows().get(table.getRows().size() - 1);
      assertThat(total.getCell(1).getText()).isEqualTo("Jumlah");
      assertThat(total.getCell(3).getText()).isEqualTo(lkjip.getString("belanjaTotal.realisasi.teks"));
      assertThat(total.getCell(4).getText()).isEqualTo("71,97");
      assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText()).contains("(2 dari 3 dilaporkan)");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
