package id.kinerja.reporting;

import static id.kinerja.reporting.Fixtures.TAHUN;
import static id.kinerja.reporting.ReportingApiTest.bagian;
import static id.kinerja.reporting.ReportingApiTest.laporan;
import static id.kinerja.reporting.ReportingApiTest.plan;
import static id.kinerja.reporting.ReportingApiTest.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue #16 over the real broker: the operator's narrative reaches the report per triwulan and for the year (only that
 * of a counted version, docs/domain.md §2.10, from realisasi.indikator.status-changed v2, v1 still read); a budget
 * line whose sub-lines are not itemised carries its own realisasi (§2.11); sisa and the over-pagu flag on every level
 * with the kecamatan and kabupaten totals; the konsolidasi's triwulan figures beside the cumulative ones.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class LaporanNarasiAnggaranTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SKM = "indikator.find { it.kode == 'IKU-SKM' }";

  private static String tw(int n) {
    return SKM + ".triwulan.find { it.triwulan == " + n + " }";
  }

  @Test
  void theNarrativeOfTheCountedVersionShowsPerTriwulanAndForTheYear() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    String token = bagian(kab);

    // TW II approved, published before narratives travelled (v1): it counts, with no narrative.
    Fixtures.indikator(kab, kec, 2, "IKU-SKM", 1, 1, "APPROVED", "90", Instant.parse("2024-07-05T03:00:00Z"));
    // TW IV submitted (v2): only the provisional view shows its narrative.
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 1, 1, "SUBMITTED", "99", Instant.parse("2025-01-06T03:00:00Z"),
        "Loket pelayanan terpadu", "Responden survei daring sedikit", null);
    await().atMost(WAIT).untilAsserted(() -> assertThat(report(token, kec, "PROVISIONAL").getString(
        tw(4) + ".narasi.faktorPendukung")).isEqualTo("Loket pelayanan terpadu"));
    JsonPath provisional = report(token, kec, "PROVISIONAL");
    assertThat(provisional.getString(tw(4) + ".narasi.faktorPenghambat")).isEqualTo("Responden survei daring sedikit");
    assertThat(provisional.getString(tw(4) + ".narasi.tindakLanjut")).isNull();
    assertThat(provisional.getInt(SKM + ".tahunan.narasi.triwulan")).isEqualTo(4);
    assertThat(provisional.getString(SKM + ".tahunan.narasi.faktorPendukung")).isEqualTo("Loket pelayanan terpadu");

    JsonPath official = report(token, kec, "OFFICIAL");
    // a submitted version does not count officially: neither its value nor its narrative
    assertThat(official.getString(tw(4) + ".realisasi.status")).isEqualTo("NOT_REPORTED");
    assertThat(official.getString(tw(4) + ".narasi")).isNull();
    // TW II counts, without a narrative (v1); the year's is the last counted triwulan's: TW II's, empty
    assertThat(official.getInt(tw(2) + ".narasi.triwulan")).isEqualTo(2);
    assertThat(official.getString(tw(2) + ".narasi.faktorPendukung")).isNull();
    assertThat(official.getInt(SKM + ".tahunan.narasi.triwulan")).isEqualTo(2);
    assertThat(official.getString(SKM + ".tahunan.narasi.faktorPenghambat")).isNull();
    // a triwulan without any version has none
    assertThat(official.getString(tw(1) + ".narasi")).isNull();

    // Verified with the narrative the verifier saw: now the official TW IV and the year show it.
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 1, 2, "VERIFIED", "99", Instant.parse("2025-01-07T03:00:00Z"),
        "Loket pelayanan terpadu", "Responden survei daring sedikit", "Survei SKM dilanjutkan setiap semester");
    await().atMost(WAIT).untilAsserted(() -> assertThat(report(token, kec, "OFFICIAL").getString(
        SKM + ".tahunan.narasi.tindakLanjut")).isEqualTo("Survei SKM dilanjutkan setiap semester"));
    official = report(token, kec, "OFFICIAL");
    assertThat(official.getInt(SKM + ".tahunan.narasi.triwulan")).isEqualTo(4);
    assertThat(official.getString(tw(4) + ".narasi.faktorPendukung")).isEqualTo("Loket pelayanan terpadu");

    // A correction (version 2) with another narrative: version 1 and its narrative stay official until it counts.
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 1, 3, "APPROVED", "99", Instant.parse("2025-01-08T03:00:00Z"),
        "Loket pelayanan terpadu", "Responden survei daring sedikit", "Survei SKM dilanjutkan setiap semester");
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 2, 4, "SUBMITTED", "98", Instant.parse("2025-01-09T03:00:00Z"),
        "Data responden diperbaiki", null, null);
    await().atMost(WAIT).untilAsserted(() -> assertThat(report(token, kec, "PROVISIONAL").getString(
        tw(4) + ".narasi.faktorPendukung")).isEqualTo("Data responden diperbaiki"));
    official = report(token, kec, "OFFICIAL");
    assertThat(official.getString(tw(4) + ".realisasiVersi")).isEqualTo("1");
    assertThat(official.getString(tw(4) + ".narasi.faktorPendukung")).isEqualTo("Loket pelayanan terpadu");
    assertThat(official.getString(SKM + ".tahunan.narasi.tindakLanjut")).isEqualTo("Survei SKM dilanjutkan setiap semester");

    // The LKjIP's Pengukuran Kinerja row carries the year's narrative for the indicator's analysis.
    JsonPath lkjip = given().auth().oauth2(token).get(laporan(kec) + "/lkjip").then().statusCode(200).extract().jsonPath();
    String row = "pengukuranKinerja.find { it.indikatorKode == 'IKU-SKM' }";
    assertThat(lkjip.getInt(row + ".narasi.triwulan")).isEqualTo(4);
    assertThat(lkjip.getString(row + ".narasi.faktorPenghambat")).isEqualTo("Responden survei daring sedikit");
    assertThat(lkjip.getString("pengukuranKinerja.find { it.indikatorKode == 'IKU-IDM' }.narasi")).isNull();
    JsonPath lkjipProvisional = given().auth().oauth2(token).queryParam("tampilan", "PROVISIONAL")
        .get(laporan(kec) + "/lkjip").then().statusCode(200).extract().jsonPath();
    assertThat(lkjipProvisional.getString(row + ".narasi.faktorPendukung")).isEqualTo("Data responden diperbaiki");
  }

  @Test
  void budgetFiguresOnEveryLevelTheTotalsAndTheTriwulanBesideTheCumulative() {
    String kab = Fixtures.newKabupaten();
    String kec = kab + ".08";
    plan(kab, kec, "Mlarak", false);
    String token = bagian(kab);

    // Program 7.01.02 reports at program level (its sub kegiatan not itemised) in TW III, 70.000.000 > 68.036.200;
    // 7.01.06 through its sub kegiatan in TW IV, 160.000.000 > 140.378.945; SKM reported in TW IV.
    Fixtures.anggaranRealisasi(kab, kec, 3, "7.01.02", 1, 1, "APPROVED", 70_000_000L, Instant.parse("2024-10-05T03:00:00Z"));
    Fixtures.anggaranRealisasi(kab, kec, 4, "7.01.06.2.01.0001", 1, 1, "APPROVED", 160_000_000L,
        Instant.parse("2025-01-05T03:00:00Z"));
    Fixtures.indikatorNarasi(kab, kec, 4, "IKU-SKM", 1, 1, "APPROVED", "99", Instant.parse("2025-01-06T03:00:00Z"),
        null, null, null);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get(laporan(kec)).then()
        .body("ringkasan.find { it.periode == 0 }.realisasiKumulatif.nilai", equalTo(230_000_000))
        .body("ringkasan.find { it.periode == 0 }.capaianKumulatif.teks", equalTo("123,75")));

    JsonPath r = report(token, kec, "OFFICIAL");
    String program = "anggaran.find { it.kode == '7.01.02' }.periode.find { it.periode == %d }";
    String sub = "anggaran.find { it.kode == '7.01.02.2.01.0001' }.periode.find { it.periode == %d }";
    // the program's own realisasi, with sisa and the flag computed on it; its sub kegiatan stays not reported
    assertThat(r.getLong(String.format(program, 3) + ".realisasi.nilai")).isEqualTo(70_000_000L);
    // coverage s.d. TW III: TW I and II expected its sub kegiatan's cell (none), TW III its own
    assertThat(r.getString(String.format(program, 3) + ".cakupan.teks")).isEqualTo("1 dari 3 dilaporkan");
    assertThat(r.getLong(String.format(program, 0) + ".sisa.nilai")).isEqualTo(-1_963_800L);
    assertThat(r.getBoolean(String.format(program, 0) + ".melebihiPagu")).isTrue();
    assertThat(r.getString(String.format(program, 0) + ".serapanKumulatif.teks")).isEqualTo("102,89");
    assertThat(r.getString(String.format(sub, 0) + ".serapanKumulatif.status")).isEqualTo("NOT_REPORTED");
    assertThat(r.getString(String.format(sub, 0) + ".sisa.nilai")).isNull();
    // the sasaran the program is allocated to
    String s1 = "sasaran.find { it.kode == 'S1' }.periode.find { it.periode == 0 }";
    assertThat(r.getLong(s1 + ".realisasiAnggaran.nilai")).isEqualTo(70_000_000L);
    assertThat(r.getLong(s1 + ".sisa.nilai")).isEqualTo(-1_963_800L);
    assertThat(r.getBoolean(s1 + ".melebihiPagu")).isTrue();
    // the kecamatan total, per triwulan and for the year
    String year = "ringkasan.find { it.periode == 0 }";
    String tw3 = "ringkasan.find { it.periode == 3 }";
    assertThat(r.getLong(year + ".sisa.nilai")).isEqualTo(-21_584_855L);
    assertThat(r.getBoolean(year + ".melebihiPagu")).isTrue();
    assertThat(r.getLong(tw3 + ".sisa.nilai")).isEqualTo(138_415_145L);
    assertThat(r.getBoolean(tw3 + ".melebihiPagu")).isFalse();
    assertThat(r.getString("ringkasan.find { it.periode == 1 }.sisa.nilai")).isNull();

    JsonPath lkjip = given().auth().oauth2(token).get(laporan(kec) + "/lkjip").then().statusCode(200).extract().jsonPath();
    assertThat(lkjip.getLong("sisaTotal.nilai")).isEqualTo(-21_584_855L);
    assertThat(lkjip.getString("sisaTotal.teks")).isEqualTo("-21.584.855");
    assertThat(lkjip.getBoolean("melebihiPaguTotal")).isTrue();
    assertThat(lkjip.getBoolean("realisasiAnggaran.find { it.kode == '7.01.02' }.melebihiPagu")).isTrue();
    assertThat(lkjip.getLong("realisasiAnggaran.find { it.kode == '7.01.02' }.realisasi.nilai")).isEqualTo(70_000_000L);

    // Konsolidasi for TW IV: the triwulan's own figures beside those s.d. the triwulan, for the kecamatan and in total.
    JsonPath k = given().auth().oauth2(token).queryParam("triwulan", 4)
        .get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi").then().statusCode(200).extract().jsonPath();
    String row = "items.find { it.kecamatanKode == '" + kec + "' }";
    assertThat(k.getLong(row + ".realisasiAnggaran.nilai")).isEqualTo(160_000_000L);
    assertThat(k.getLong(row + ".realisasiKumulatif.nilai")).isEqualTo(230_000_000L);
    assertThat(k.getString(row + ".serapan.teks")).isEqualTo("76,77");
    assertThat(k.getString(row + ".serapanKumulatif.teks")).isEqualTo("110,36");
    assertThat(k.getLong(row + ".sisa.nilai")).isEqualTo(-21_584_855L);
    assertThat(k.getBoolean(row + ".melebihiPagu")).isTrue();
    assertThat(k.getLong("ringkasan.realisasiAnggaranTriwulan.nilai")).isEqualTo(160_000_000L);
    assertThat(k.getString("ringkasan.serapanTriwulan.teks")).isEqualTo("76,77");
    assertThat(k.getLong("ringkasan.realisasiAnggaran.nilai")).isEqualTo(230_000_000L);
    assertThat(k.getString("ringkasan.serapan.teks")).isEqualTo("110,36");
    assertThat(k.getLong("ringkasan.sisa.nilai")).isEqualTo(-21_584_855L);
    assertThat(k.getBoolean("ringkasan.melebihiPagu")).isTrue();
    assertThat(k.getString("ringkasan.capaianRataRataKecamatan.teks")).isEqualTo("123,75");
    assertThat(k.getString("ringkasan.capaianKumulatifRataRataKecamatan.teks")).isEqualTo("123,75");
    // TW III: no indicator due yet (a kecamatan without the figure counts as not reported, never 0); the program's
    // TW III realisasi is the triwulan's and the cumulative one
    JsonPath k3 = given().auth().oauth2(token).queryParam("triwulan", 3)
        .get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/konsolidasi").then().statusCode(200).extract().jsonPath();
    assertThat(k3.getLong("ringkasan.realisasiAnggaranTriwulan.nilai")).isEqualTo(70_000_000L);
    assertThat(k3.getLong("ringkasan.realisasiAnggaran.nilai")).isEqualTo(70_000_000L);
    assertThat(k3.getBoolean("ringkasan.melebihiPagu")).isFalse();
    assertThat(k3.getString("ringkasan.capaianKumulatifRataRataKecamatan.status")).isEqualTo("NOT_REPORTED");
    assertThat(k3.getString("ringkasan.capaianKumulatifRataRataKecamatan.raw")).isNull();
  }
}
