package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Phones sync the triwulan sheet by difference: If-None-Match answers 304 while nothing changed, and ?sejak=N lists only
 * the cells changed after the sheet revisi N — exactly those, also when two operators write different cells of one
 * sheet at the same moment (each change gets a sheet revisi of its own).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class LembarSejakTest {

  @Inject
  DataSource dataSource;

  static long etag(Response r) {
    return Long.parseLong(r.header("ETag").replace("\"", ""));
  }

  static List<String> rows(Response r, String list, String kode) {
    return r.jsonPath().getList(list + "." + kode);
  }

  /** revisi_lembar per current cell of TW 2, by code. */
  Map<String, Long> stamps(Fixture f) throws Exception {
    Map<String, Long> m = new TreeMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "select indikator_kode, revisi_lembar from realisasi_indikator where kecamatan_kode = ? and tahun = ?"
            + " and triwulan = 2 and terkini union all select anggaran_kode, revisi_lembar from realisasi_anggaran"
            + " where kecamatan_kode = ? and tahun = ? and triwulan = 2 and terkini")) {
      ps.setString(1, f.kecamatan);
      ps.setInt(2, Fixture.TAHUN);
      ps.setString(3, f.kecamatan);
      ps.setInt(4, Fixture.TAHUN);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return m;
  }

  @Test
  void aChangeToOneCellIsExactlyTheDifferenceAndAnUnchangedSheetAnswers304() throws Exception {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00}").put(f.indikator(2, "IKU-01")).then().statusCode(201);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"pembilang\": 12, \"penyebut\": 36}").put(f.indikator(2, "IKU-02"))
        .then().statusCode(201);
    as(f.operator, key()).body("{\"nilai\": 250000}").put(f.anggaran(2, "7.01.01.2.01.0001")).then().statusCode(201);

    Response whole = as(f.operator).get(f.sheet(2));
    whole.then().statusCode(200);
    long n = etag(whole);
    assertThat(n).isEqualTo(3);
    assertThat(whole.jsonPath().getLong("revisi")).isEqualTo(n);
    assertThat(rows(whole, "indikator", "indikatorKode")).containsExactly("IKU-01", "IKU-02", "IKU-03", "IKU-04", "IKU-05");

    // Nothing changed: 304 without a body, for the tag, a weak tag, a list holding it, and *.
    for (String held : List.of("\"" + n + "\"", "W/\"" + n + "\"", "\"1\", \"" + n + "\"", "*")) {
      Response r = as(f.operator).header("If-None-Match", held).get(f.sheet(2));
      r.then().statusCode(304).header("ETag", "\"" + n + "\"");
      assertThat(r.asString()).as("If-None-Match %s", held).isEmpty();
    }
    // sejak equal to the current revisi: no rows, everything else of the sheet.
    Response none = as(f.operator).queryParam("sejak", n).get(f.sheet(2));
    none.then().statusCode(200).header("ETag", "\"" + n + "\"").body("revisi", equalTo((int) n))
        .body("indikator.size()", equalTo(0)).body("anggaran.size()", equalTo(0)).body("planVersi", equalTo(1))
        .body("jendela.status", equalTo("OPEN")).body("ringkasan.reported", equalTo(2))
        .body("ringkasan.notReported", equalTo(2))
        .body("ringkasan.notDue", equalTo(1));

    // One cell changes (a draft edit adds one to its revisi and to the sheet's).
    as(f.operator, key()).header("If-Match", "\"1\"").body("{\"keadaan\": \"REPORTED\", \"nilai\": 18.00}")
        .put(f.indikator(2, "IKU-01")).then().statusCode(200);

    Response diff = as(f.operator).queryParam("sejak", n).get(f.sheet(2));
    diff.then().statusCode(200).header("ETag", "\"" + (n + 1) + "\"").body("revisi", equalTo((int) n + 1))
        .body("indikator[0].nilai", equalTo(18.0f)).body("indikator[0].revisi", equalTo(2))
        .body("ringkasan.reported", equalTo(2)).body("ringkasan.status.DRAFT", equalTo(3));
    assertThat(rows(diff, "indikator", "indikatorKode")).containsExactly("IKU-01");
    assertThat(rows(diff, "anggaran", "anggaranKode")).isEmpty();
    // The client's copy is now the current one.
    as(f.operator).header("If-None-Match", "\"" + (n + 1) + "\"").queryParam("sejak", n + 1).get(f.sheet(2))
        .then().statusCode(304);
    // An old copy gets the whole answer again.
    as(f.operator).header("If-None-Match", "\"" + n + "\"").get(f.sheet(2)).then().statusCode(200)
        .body("indikator.size()", equalTo(5)).body("anggaran.size()", equalTo(2));
    // A budget cell and a workflow action are differences too.
    as(f.operator, key()).header("If-Match", "\"1\"").body("{\"nilai\": 260000}").put(f.anggaran(2, "7.01.01.2.01.0001"))
        .then().statusCode(200);
    Response budget = as(f.operator).queryParam("sejak", n + 1).get(f.sheet(2));
    assertThat(rows(budget, "indikator", "indikatorKode")).isEmpty();
    assertThat(rows(budget, "anggaran", "anggaranKode")).containsExactly("7.01.01.2.01.0001");
    as(f.operator, key()).header("If-Match", "\"1\"").post(f.indikator(2, "IKU-02") + "/submit").then().statusCode(200);
    Response submitted = as(f.operator).queryParam("sejak", n + 2).get(f.sheet(2));
    submitted.then().body("revisi", equalTo((int) n + 3)).body("indikator[0].status", equalTo("SUBMITTED"));
    assertThat(rows(submitted, "indikator", "indikatorKode")).containsExactly("IKU-02");
  }

  @Test
  void sejakAboveTheCurrentRevisiIsRefusedNamingSejak() {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00}").put(f.indikator(2, "IKU-01")).then().statusCode(201);
    as(f.operator).queryParam("sejak", 2).get(f.sheet(2)).then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("sejak")).body("errors[0].rule", equalTo("must-not-exceed-revisi"))
        .body("errors[0].message", equalTo("lebih besar daripada revisi lembar saat ini (1); muat ulang seluruh lembar"))
        .header("Content-Language", "id");
    as(f.operator).header("Accept-Language", "en").queryParam("sejak", 2).get(f.sheet(2)).then().statusCode(400)
        .body("errors[0].rule", equalTo("must-not-exceed-revisi"))
        .body("errors[0].message", equalTo("is above the sheet's current revisi (1); load the whole sheet again"))
        .header("Content-Language", "en");
    as(f.operator).queryParam("sejak", -1).get(f.sheet(2)).then().statusCode(400).body("errors[0].field", equalTo("sejak"));
    // No sheet without a plan: 404 also for a conditional GET.
    as(f.operator).header("If-None-Match", "*").get("/api/kecamatan/" + f.kecamatan + "/realisasi/2023/2").then().statusCode(404);
  }

  @Test
  void twoConcurrentWritesToDifferentCellsOfOneSheetAreBothInTheDifferenceAndTheRevisiCountsBoth() throws Exception {
    Fixture f = Fixture.create();
    List<String> cells = List.of("IKU-01", "IKU-05");
    for (String kode : cells) {
      as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 1}").put(f.indikator(2, kode)).then().statusCode(201);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        long n = etag(as(f.operator).get(f.sheet(2)));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (String kode : cells) {
          int cellRevisi = round + 1;
          int value = 10 * (round + 1);
          answers.add(pool.submit(() -> {
            start.await();
            return as(f.operator, key()).header("If-Match", "\"" + cellRevisi + "\"")
                .body("{\"keadaan\": \"REPORTED\", \"nilai\": " + value + "}").put(f.indikator(2, kode));
          }));
        }
        start.countDown();
        for (Future<Response> a : answers) {
          assertThat(a.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // Both changes count, each with a sheet revisi of its own: n+1 and n+2.
        Response diff = as(f.operator).queryParam("sejak", n).get(f.sheet(2));
        diff.then().statusCode(200).body("revisi", equalTo((int) n + 2));
        assertThat(rows(diff, "indikator", "indikatorKode")).as("round %d", round).containsExactlyElementsOf(cells);
        assertThat(diff.jsonPath().getList("indikator.nilai").stream().map(v -> ((Number) v).intValue()))
            .containsOnly(10 * (round + 1));
        Map<String, Long> stamps = stamps(f);
        assertThat(stamps.values()).as("round %d: %s", round, stamps).containsExactlyInAnyOrder(n + 1, n + 2);
        // A client that read the sheet between the two writes (revisi n+1) gets the later one.
        String later = stamps.get("IKU-01") == n + 2 ? "IKU-01" : "IKU-05";
        assertThat(rows(as(f.operator).queryParam("sejak", n + 1).get(f.sheet(2)), "indikator", "indikatorKode"))
            .containsExactly(later);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
