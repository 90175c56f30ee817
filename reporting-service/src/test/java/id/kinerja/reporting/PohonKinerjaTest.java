package id.kinerja.reporting;

import static id.kinerja.reporting.Fixtures.TAHUN;
import static id.kinerja.reporting.Fixtures.tautan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pohon kinerja (issue #19) over the real broker: the RPJMD and the links are published as planning publishes them
 * (planning.rpjmd.published, planning.tautan-kinerja.published v1), plans and realisasi as in the other tests. The
 * tree's figures are the per-indicator figures of the kecamatan reports, one realisasi changes them through the
 * events, what is not reported never counts as 0, another kabupaten's kecamatan never appears, and the audit lists
 * what links nowhere and what is broken.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class PohonKinerjaTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.parse("2024-01-05T02:00:00Z");

  private static String kab;
  private static String mlarak;
  private static String klakah;
  private static String other;
  private static String otherKab;

  /** Publishes the scenario once per test JVM (RestAssured knows the test port only inside a test). */
  private static boolean ready;

  private static synchronized void publish() {
    if (ready) {
      return;
    }
    kab = Fixtures.newKabupaten();
    mlarak = kab + ".08";
    klakah = kab + ".14";
    mlarak(kab, mlarak);
    Fixtures.kecamatanRegistered(kab, klakah, "Klakah", T0);
    Fixtures.rencanaKlakah(kab, klakah, 1, T0.plusSeconds(60));
    Instant tw1 = Instant.parse("2024-04-10T03:00:00Z");
    Fixtures.indikator(kab, klakah, 1, "IKU-FAS", 1, 1, "APPROVED", "37.84", tw1);
    // Submitted only: counted in PROVISIONAL, not reported in OFFICIAL.
    Fixtures.komponen(kab, klakah, 1, "IKU-DOK", 1, 1, "SUBMITTED", 12, 36, tw1);
    Fixtures.rpjmd(kab, 1, T0.plusSeconds(120));
    // Mlarak's links: a first version without the PK indicator's link, then the full one, then the first again (late):
    // the highest versi is kept.
    List<Map<String, Object>> first = List.of(tautan("TUJUAN", "T1", null, "RPJMD_SASARAN", "S1.1"),
        tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1"), tautan("SASARAN", "S2", null, "RPJMD_SASARAN", "S1.2"));
    Fixtures.tautanKinerja(kab, mlarak, 1, T0.plusSeconds(130), first);
    List<Map<String, Object>> full = new ArrayList<>(first);
    full.add(tautan("PK_INDIKATOR", "TRANTIB-KASUS", TAHUN, "INDIKATOR", "IKU-SKM"));
    full.add(tautan("SASARAN", "S9", null, "RPJMD_SASARAN", "S1.1")); // S9 is not in the plan: broken
    full.add(tautan("ANGGARAN", "7.01.02", TAHUN, "SASARAN", "S1"));
    Fixtures.tautanKinerja(kab, mlarak, 2, T0.plusSeconds(140), full);
    Fixtures.tautanKinerja(kab, mlarak, 1, T0.plusSeconds(130), first);
    // Klakah: S1 serves S1.1, S2 serves S1.2; its tujuan T1 links only to T9, which the RPJMD does not have.
    Fixtures.tautanKinerja(kab, klakah, 1, T0.plusSeconds(150), List.of(
        tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1"), tautan("SASARAN", "S2", null, "RPJMD_SASARAN", "S1.2"),
        tautan("TUJUAN", "T1", null, "RPJMD_TUJUAN", "T9")));
    // A kecamatan of another kabupaten whose links (wrongly) name this kabupaten: it must never appear in its tree.
    otherKab = Fixtures.newKabupaten();
    other = otherKab + ".08";
    Fixtures.kabupatenConfigured(otherKab, "Lain", 1, T0);
    Fixtures.skalaPonorogo(otherKab, 1, T0);
    Fixtures.kecamatanRegistered(otherKab, other, "Lain", T0);
    Fixtures.rencanaMlarak(otherKab, other, 1, T0.plusSeconds(60));
    Fixtures.tautanKinerja(kab, other, 1, T0.plusSeconds(160), List.of(
        tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1")));
    Fixtures.tautanKinerja(otherKab, other, 1, T0.plusSeconds(160), List.of(
        tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1")));
    String k = kab;
    await().atMost(WAIT).alias("pohon").conditionEvaluationListener(c -> {
      if (c.getRemainingTimeInMS() < 2000) {
        System.err.println("LAST POHON ANSWER " + last);
      }
    }).until(() -> {
      JsonNode t = pohonOrNull(k, "/api/laporan/kabupaten/" + k + "/" + TAHUN + "/pohon-kinerja");
      return t != null && node(t, klakah + "/SASARAN/S2") != null && node(t, mlarak + "/INDIKATOR/IKU-SKM") != null;
    });
    ready = true;
  }

  /**
   * Mlarak 2024 with every E1/E2/E4/E7 realisasi verified, as ReportingApiTest.plan and mlarakVerified publish it,
   * waiting longer (the first test of a JVM meets a consumer still joining its group).
   */
  private static void mlarak(String kabupaten, String kec) {
    Fixtures.kabupatenConfigured(kabupaten, "Ponorogo", 1, T0);
    Fixtures.skalaPonorogo(kabupaten, 1, T0);
    Fixtures.kecamatanRegistered(kabupaten, kec, "Mlarak", T0);
    Fixtures.rencanaMlarak(kabupaten, kec, 1, T0.plusSeconds(60));
    Instant at = Instant.parse("2025-01-10T03:00:00Z");
    Fixtures.indikator(kabupaten, kec, 4, "IKU-SKM", 1, 1, "VERIFIED", "99", at);
    Fixtures.komponen(kabupaten, kec, 4, "IKU-IDM", 1, 1, "VERIFIED", 15, 15, at);
    Fixtures.indikator(kabupaten, kec, 4, "TRANTIB-KASUS", 1, 1, "VERIFIED", "0", at);
    Fixtures.anggaranRealisasi(kabupaten, kec, 4, "7.01.02.2.01.0001", 1, 1, "VERIFIED", 49_973_200L, at);
    Fixtures.anggaranRealisasi(kabupaten, kec, 4, "7.01.06.2.01.0001", 1, 1, "VERIFIED", 139_803_200L, at);
    await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ReportingApiTest.bagian(kabupaten))
        .get(ReportingApiTest.laporan(kec)).then().statusCode(200)
        .body("versi.skalaVersi", org.hamcrest.Matchers.equalTo(1))
        .body("ringkasan.find { it.periode == 0 }.cakupan.dilaporkan", org.hamcrest.Matchers.equalTo(2))
        .body("indikator.find { it.kode == 'TRANTIB-KASUS' }.tahunan.capaian.status",
            org.hamcrest.Matchers.equalTo("COMPUTED")));
  }

  private String token() {
    return ReportingApiTest.bagian(kab);
  }

  private JsonNode get(String url) {
    return read(given().auth().oauth2(token()).get(url).then().statusCode(200).extract().asString());
  }

  private static String last;

  private static JsonNode pohonOrNull(String kabupaten, String url) {
    var r = given().auth().oauth2(ReportingApiTest.bagian(kabupaten)).get(url);
    last = r.statusCode() + " " + ApiText.cut(r.asString());
    return r.statusCode() == 200 ? read(r.asString()) : null;
  }

  private static JsonNode read(String json) {
    try {
      return CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String kabupatenTree(String query) {
    return "/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja" + query;
  }

  /** The node of that id anywhere in a tree (akar, anak), or null. */
  static JsonNode node(JsonNode tree, String id) {
    for (JsonNode a : tree.path("akar")) {
      JsonNode n = find(a, id);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode n, String id) {
    if (id.equals(n.path("id").asText())) {
      return n;
    }
    for (JsonNode c : n.path("anak")) {
      JsonNode f = find(c, id);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static List<String> ids(JsonNode tree) {
    List<String> out = new ArrayList<>();
    tree.path("akar").forEach(a -> ids(a, out));
    return out;
  }

  private static void ids(JsonNode n, List<String> out) {
    out.add(n.path("id").asText());
    n.path("anak").forEach(c -> ids(c, out));
  }

  /** The year capaian (raw) of an indicator in the kecamatan report, null when it has none. */
  private BigDecimal laporanCapaian(String kec, String kode, String tampilan) {
    JsonNode r = get("/api/laporan/kecamatan/" + kec + "/" + TAHUN + "?tampilan=" + tampilan);
    for (JsonNode i : r.path("indikator")) {
      if (kode.equals(i.path("kode").asText())) {
        JsonNode raw = i.path("tahunan").path("capaian").path("raw");
        return raw.isNull() || raw.isMissingNode() ? null : raw.decimalValue();
      }
    }
    throw new AssertionError(kode + " not in the report of " + kec);
  }

  private static BigDecimal mean(BigDecimal... v) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal b : v) {
      sum = sum.add(b);
    }
    return sum.divide(BigDecimal.valueOf(v.length), MathContext.DECIMAL128);
  }

  private static void assertCapaian(JsonNode node, BigDecimal expected, int dilaporkan, int jumlah) {
    assertThat(node).as("node").isNotNull();
    assertThat(node.path("capaian").path("status").asText()).as(node.path("id").asText()).isEqualTo("COMPUTED");
    assertThat(node.path("capaian").path("raw").decimalValue()).as(node.path("id").asText())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("1e-25")));
    assertThat(node.path("cakupan").path("dilaporkan").asInt()).as(node.path("id") + " dilaporkan").isEqualTo(dilaporkan);
    assertThat(node.path("cakupan").path("jumlah").asInt()).as(node.path("id") + " jumlah").isEqualTo(jumlah);
  }

  @Test
  void theTreesFiguresAreThePerIndicatorFiguresOfTheReports() {
    publish();
    JsonNode t = get(kabupatenTree(""));
    assertThat(t.path("rpjmdKode").asText()).isEqualTo(Fixtures.RPJMD);
    assertThat(t.path("visi").asText()).isEqualTo("Kabupaten Uji Hebat");
    BigDecimal skm = laporanCapaian(mlarak, "IKU-SKM", "OFFICIAL");
    BigDecimal idm = laporanCapaian(mlarak, "IKU-IDM", "OFFICIAL");
    BigDecimal trantib = laporanCapaian(mlarak, "TRANTIB-KASUS", "OFFICIAL");
    BigDecimal fas = laporanCapaian(klakah, "IKU-FAS", "OFFICIAL");
    assertThat(skm).isEqualByComparingTo("123.75");

    // Every indicator shown carries the report's own figure.
    JsonNode s1 = node(t, mlarak + "/SASARAN/S1");
    assertThat(s1.path("indikator").get(0).path("kode").asText()).isEqualTo("IKU-SKM");
    assertThat(s1.path("indikator").get(0).path("capaian").path("raw").decimalValue()).isEqualByComparingTo(skm);
    assertThat(s1.path("indikator").get(0).path("realisasi").asText()).isEqualTo("99");
    assertThat(s1.path("indikator").get(0).path("target").asText()).isEqualTo("80");
    // The PK's own indicator linked to IKU-SKM sits in an INDIKATOR node under S1.
    JsonNode viaSkm = node(t, mlarak + "/INDIKATOR/IKU-SKM");
    assertThat(viaSkm.path("indikator").get(0).path("kode").asText()).isEqualTo("TRANTIB-KASUS");
    assertCapaian(viaSkm, trantib, 1, 1);
    assertCapaian(s1, mean(skm, trantib), 2, 2);
    // S1.2: Mlarak's IKU-IDM reported, Klakah's IKU-DOK only submitted: the mean is IKU-IDM's, not halved.
    JsonNode s12 = node(t, "RPJMD/SASARAN/S1.2");
    assertCapaian(s12, idm, 1, 2);
    // S1.1 holds S1.2, Mlarak's T1 and S1 and Klakah's S1: five distinct indicators, four reported.
    JsonNode s11 = node(t, "RPJMD/SASARAN/S1.1");
    assertCapaian(s11, mean(skm, trantib, idm, fas), 4, 5);
    assertThat(s11.path("predikat").path("label").asText()).isNotEmpty();
    assertCapaian(node(t, "RPJMD/TUJUAN/T1"), mean(skm, trantib, idm, fas), 4, 5);
    // The RPJMD's own indicator: its target of the year, its realisasi not captured here.
    assertThat(s11.path("indikator").get(0).path("target").asText()).isEqualTo("82");
    assertThat(s11.path("indikator").get(0).path("capaian").path("status").asText()).isEqualTo("NOT_APPLICABLE");

    // Budget: 7.01.02 (and its sub kegiatan, counted once with it) funds Mlarak's S1.
    assertThat(s1.path("pagu").path("nilai").asLong()).isEqualTo(68_036_200L);
    assertThat(s1.path("realisasiAnggaran").path("nilai").asLong()).isEqualTo(49_973_200L);
    assertThat(node(t, mlarak + "/ANGGARAN/7.01.02")).isNotNull();
    assertThat(node(t, mlarak + "/ANGGARAN/7.01.02.2.01.0001")).isNull();

    // PROVISIONAL counts Klakah's submitted IKU-DOK too.
    JsonNode p = get(kabupatenTree("?tampilan=PROVISIONAL"));
    assertCapaian(node(p, "RPJMD/SASARAN/S1.2"), mean(laporanCapaian(mlarak, "IKU-IDM", "PROVISIONAL"),
        laporanCapaian(klakah, "IKU-DOK", "PROVISIONAL")), 2, 2);
    // s.d. TW I: Mlarak's indicators are due in TW IV only; Klakah's IKU-FAS of TW I is the only figure.
    JsonNode tw1 = get(kabupatenTree("?triwulan=1"));
    assertThat(tw1.path("periode").asInt()).isEqualTo(1);
    JsonNode klakahS1 = node(tw1, klakah + "/SASARAN/S1");
    assertThat(klakahS1.path("capaian").path("status").asText()).isEqualTo("COMPUTED");
    assertThat(node(tw1, mlarak + "/SASARAN/S2").path("capaian").path("status").asText()).isEqualTo("NOT_REPORTED");
    assertThat(node(tw1, mlarak + "/SASARAN/S2").path("capaian").path("raw").isNull()).isTrue();
  }

  @Test
  void aKecamatanOfAnotherKabupatenNeverAppears() {
    publish();
    JsonNode t = get(kabupatenTree(""));
    assertThat(ids(t)).noneMatch(id -> id.startsWith(otherKab)).anyMatch(id -> id.startsWith(mlarak))
        .anyMatch(id -> id.startsWith(klakah));
    assertThat(t.path("tanpaTautan").toString()).doesNotContain(otherKab);
    JsonNode k = get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja/sasaran/S1.1/kontributor");
    assertThat(k.path("kontributor").toString()).doesNotContain(otherKab);
    // The other kabupaten has no RPJMD: its tree is not found; this kabupaten's callers do not see it at all.
    given().auth().oauth2(ReportingApiTest.bagian(otherKab)).get("/api/laporan/kabupaten/" + otherKab + "/" + TAHUN
        + "/pohon-kinerja").then().statusCode(404).contentType("application/problem+json");
    given().auth().oauth2(token()).get("/api/laporan/kabupaten/" + otherKab + "/" + TAHUN + "/pohon-kinerja").then()
        .statusCode(404);
  }

  @Test
  void theKecamatanTreeHoldsOnlyItsOwnNodes() {
    publish();
    JsonNode t = get("/api/laporan/kecamatan/" + mlarak + "/" + TAHUN + "/pohon-kinerja");
    assertThat(t.path("kecamatanKode").asText()).isEqualTo(mlarak);
    assertThat(t.path("kecamatanNama").asText()).isEqualTo("Mlarak");
    List<String> roots = new ArrayList<>();
    t.path("akar").forEach(a -> roots.add(a.path("id").asText()));
    assertThat(roots).containsExactly("RPJMD/SASARAN/S1.1", "RPJMD/SASARAN/S1.2");
    assertThat(ids(t)).noneMatch(id -> id.startsWith(klakah)).contains(mlarak + "/TUJUAN/T1", mlarak + "/SASARAN/S1",
        mlarak + "/SASARAN/S2");
    assertCapaian(node(t, "RPJMD/SASARAN/S1.2"), laporanCapaian(mlarak, "IKU-IDM", "OFFICIAL"), 1, 1);
    // Its own operator reads it; Klakah's does not.
    given().auth().oauth2(ReportingApiTest.operator(kab, mlarak))
        .get("/api/laporan/kecamatan/" + mlarak + "/" + TAHUN + "/pohon-kinerja").then().statusCode(200);
    given().auth().oauth2(ReportingApiTest.operator(kab, klakah))
        .get("/api/laporan/kecamatan/" + mlarak + "/" + TAHUN + "/pohon-kinerja").then().statusCode(403);
    // No plan of that year: 404; bad parameters: 400 naming them.
    given().auth().oauth2(token()).get("/api/laporan/kecamatan/" + mlarak + "/2023/pohon-kinerja").then().statusCode(404);
    given().auth().oauth2(token()).get("/api/laporan/kecamatan/" + mlarak + "/" + TAHUN + "/pohon-kinerja?triwulan=5")
        .then().statusCode(400).contentType("application/problem+json");
    given().auth().oauth2(token()).get(kabupatenTree("?tampilan=SEMUA")).then().statusCode(400);
  }

  @Test
  void contributorsAreRankedAndTheUnreportedLast() {
    publish();
    JsonNode k = get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja/sasaran/S1.1/kontributor");
    assertThat(k.path("sasaranUraian").asText()).isEqualTo("Meningkatnya kualitas pelayanan publik");
    JsonNode list = k.path("kontributor");
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(0).path("kecamatanKode").asText()).isEqualTo(mlarak);
    assertThat(list.get(0).path("peringkat").asInt()).isEqualTo(1);
    assertThat(list.get(1).path("kecamatanKode").asText()).isEqualTo(klakah);
    assertThat(list.get(1).path("peringkat").asInt()).isEqualTo(2);
    // S1.2 in s.d. TW I: nothing of Mlarak is due, Klakah's IKU-DOK is only submitted: both unranked, not 0.
    JsonNode tw1 = get("/api/laporan/kabupaten/" + kab + "/" + TAHUN
        + "/pohon-kinerja/sasaran/S1.2/kontributor?triwulan=1");
    assertThat(tw1.path("kontributor")).allSatisfy(c -> {
      assertThat(c.path("peringkat").isNull()).isTrue();
      assertThat(c.path("capaian").path("status").asText()).isEqualTo("NOT_REPORTED");
      assertThat(c.path("capaian").path("raw").isNull()).isTrue();
    });
    assertThat(get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja/sasaran/S2.1/kontributor")
        .path("kontributor").size()).isZero();
    given().auth().oauth2(token()).get("/api/laporan/kabupaten/" + kab + "/" + TAHUN
        + "/pohon-kinerja/sasaran/S9.9/kontributor").then().statusCode(404);
  }

  @Test
  void theAuditListsUnlinkedNodesAndBrokenLinks() {
    publish();
    JsonNode a = get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja/tanpa-tautan");
    List<String> found = new ArrayList<>();
    a.forEach(f -> found.add(f.path("masalah").asText() + " " + f.path("kecamatanKode").asText() + " "
        + f.path("jenis").asText() + " " + f.path("kode").asText()));
    assertThat(found).contains("TANPA_TAUTAN " + klakah + " TUJUAN T1", "TAUTAN_RUSAK " + mlarak + " SASARAN S9",
        "TAUTAN_RUSAK " + klakah + " TUJUAN T1", "TANPA_KONTRIBUTOR null RPJMD_SASARAN S2.1");
    // The highest versi of Mlarak's links holds: its PK indicator is linked, nothing of Mlarak links nowhere.
    assertThat(found).noneMatch(f -> f.startsWith("TANPA_TAUTAN " + mlarak));
    assertThat(found).noneMatch(f -> f.contains("S1.1") || f.contains("S1.2"));
    // Texts in the language of the answer.
    assertThat(a.toString()).contains("Tujuan T1 Kecamatan Klakah tidak terhubung ke RPJMD");
    String en = given().auth().oauth2(token()).header("Accept-Language", "en")
        .get("/api/laporan/kabupaten/" + kab + "/" + TAHUN + "/pohon-kinerja/tanpa-tautan").then().statusCode(200)
        .extract().asString();
    assertThat(en).contains("Tujuan T1 of kecamatan Klakah is not linked to the RPJMD");
    // The same in the tree.
    assertThat(get(kabupatenTree("")).path("tanpaTautan")).isEqualTo(a);
  }

  @Test
  void oneRealisasiChangesTheTreeThroughTheEventsAndConditionalGetsFollow() {
    // A separate kabupaten: the other tests read this class's figures as they are.
    String k2 = Fixtures.newKabupaten();
    String kec = k2 + ".08";
    mlarak(k2, kec);
    Fixtures.rpjmd(k2, 1, T0.plusSeconds(120));
    Fixtures.tautanKinerja(k2, kec, 1, T0.plusSeconds(130), List.of(
        tautan("SASARAN", "S1", null, "RPJMD_SASARAN", "S1.1")));
    String token = ReportingApiTest.bagian(k2);
    String url = "/api/laporan/kabupaten/" + k2 + "/" + TAHUN + "/pohon-kinerja";
    await().atMost(WAIT).until(() -> {
      var r = given().auth().oauth2(token).get(url);
      return r.statusCode() == 200 && node(read(r.asString()), kec + "/SASARAN/S1") != null;
    });
    var first = given().auth().oauth2(token).get(url).then().statusCode(200).extract().response();
    JsonNode before = read(first.asString());
    assertThat(node(before, "RPJMD/SASARAN/S1.1").path("capaian").path("raw").decimalValue())
        .isEqualByComparingTo("123.75");
    String etag = first.header("ETag");
    given().auth().oauth2(token).header("If-None-Match", etag).get(url).then().statusCode(304);

    // One approved correction of IKU-SKM (99 → 90): 90 / 80 = 112,5 %, with no call to reporting.
    Fixtures.indikator(k2, kec, 4, "IKU-SKM", 2, 1, "APPROVED", "90", Instant.parse("2025-01-20T03:00:00Z"));
    await().atMost(WAIT).untilAsserted(() -> {
      JsonNode after = read(given().auth().oauth2(token).get(url).then().statusCode(200).extract().asString());
      assertThat(node(after, "RPJMD/SASARAN/S1.1").path("capaian").path("raw").decimalValue())
          .isEqualByComparingTo("112.5");
      assertThat(node(after, kec + "/SASARAN/S1").path("indikator").get(0).path("realisasi").asText()).isEqualTo("90");
    });
    assertThat(laporanCapaian2(token, kec)).isEqualByComparingTo("112.5");
    given().auth().oauth2(token).header("If-None-Match", etag).get(url).then().statusCode(200);
  }

  private static BigDecimal laporanCapaian2(String token, String kec) {
    JsonNode r = read(given().auth().oauth2(token).get("/api/laporan/kecamatan/" + kec + "/" + TAHUN).then()
        .statusCode(200).extract().asString());
    for (JsonNode i : r.path("indikator")) {
      if ("IKU-SKM".equals(i.path("kode").asText())) {
        return i.path("tahunan").path("capaian").path("raw").decimalValue();
      }
    }
    throw new AssertionError("IKU-SKM missing");
  }

  static String sistem() {
    return DevTokens.sistem("operator.sistem");
  }

  private static final class ApiText {
    static String cut(String s) {
      return s.length() > 3000 ? s.substring(0, 3000) : s;
    }
  }
  @Test
  void theTreeDownloadsAsADrawingAndAWorkbookWithTheSameFigures() throws Exception {
    publish();
    JsonNode t = get(kabupatenTree(""));
    String s11 = node(t, "RPJMD/SASARAN/S1.1").path("capaian").path("teks").asText();
    assertThat(s11).isNotEmpty();
    for (String url : List.of(kabupatenTree(".pdf"), "/api/laporan/kecamatan/" + mlarak + "/" + TAHUN + "/pohon-kinerja.pdf")) {
      io.restassured.response.Response r = given().auth().oauth2(token()).get(url);
      assertThat(r.statusCode()).as(url).isEqualTo(200);
      assertThat(r.contentType()).isEqualTo("application/pdf");
      assertThat(r.header("Content-Disposition")).contains("pohon-kinerja-").endsWith(".pdf\"");
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.asByteArray())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", " ");
        assertThat(text).as(url).contains("Pohon Kinerja").contains("S1.1").contains("Capaian 161,88 %");
        if (url.contains("/kabupaten/")) {
          // Klakah's S2 has nothing reported: said so, never 0.
          assertThat(text).contains("belum dilaporkan").contains(s11);
        }
        // Landscape.
        assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
      }
      // The ETag follows the tree: sent back, nothing changed, 304.
      given().auth().oauth2(token()).header("If-None-Match", r.header("ETag")).get(url).then().statusCode(304);
    }
    // English on request: another ETag, English texts.
    io.restassured.response.Response en = given().auth().oauth2(token()).header("Accept-Language", "en")
        .get(kabupatenTree(".pdf"));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(en.asByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("not reported");
    }
    io.restassured.response.Response x = given().auth().oauth2(token()).get(kabupatenTree(".xlsx"));
    assertThat(x.statusCode()).isEqualTo(200);
    assertThat(x.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(x.asByteArray()))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      var sheet = wb.getSheetAt(0);
      boolean found = false;
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && "S1.1".equals(cell.getStringCellValue())) {
            found = true;
          }
        }
      }
      assertThat(found).as("S1.1 in the workbook").isTrue();
    }
    // Another kabupaten's caller never gets the file (nor learns whether it exists).
    given().auth().oauth2(ReportingApiTest.bagian(otherKab)).get(kabupatenTree(".pdf")).then().statusCode(404)
        .contentType("application/problem+json");
  }

}
