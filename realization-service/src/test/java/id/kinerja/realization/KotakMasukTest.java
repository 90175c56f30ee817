package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The inbox per caller and role (docs/realization.md "Inbox") over the Fixture's plan and calendar (TW 1 closed, TW 2
 * open, TW 3 closed and reopened for the fixture's kecamatan, TW 4 not yet open).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class KotakMasukTest {

  /** Everything due in TW 2, submitted in one batch (IKU-03 with its evidence link). */
  private static final String ALL_DUE = """
      {"ajukan": true,
       "indikator": [
         {"indikatorKode": "IKU-01", "keadaan": "REPORTED", "nilai": 37.84},
         {"indikatorKode": "IKU-02", "keadaan": "REPORTED", "pembilang": 12, "penyebut": 36},
         {"indikatorKode": "IKU-03", "keadaan": "REPORTED", "nilai": 86.90, "buktiTautan": ["https://drive.example.id/skm.pdf"]},
         {"indikatorKode": "IKU-05", "keadaan": "REPORTED", "nilai": 0}],
       "anggaran": [
         {"anggaranKode": "7.01.01.2.01.0001", "nilai": 250000},
         {"anggaranKode": "7.01.01.2.01.0002", "nilai": 0}]}""";

  private static String inbox(Fixture f) {
    return "/api/kabupaten/" + f.kabupaten + "/kotak-masuk";
  }

  private static JsonPath read(String token, String path, Object... query) {
    var spec = as(token);
    for (int i = 0; i < query.length; i += 2) {
      spec = spec.queryParam((String) query[i], query[i + 1]);
    }
    Response r = spec.get(path);
    r.then().statusCode(200).contentType("application/json");
    return r.jsonPath();
  }

  private static List<String> kodes(JsonPath p, String jenis) {
    return p.getList("items.findAll { it.jenis == '" + jenis + "' }.kode");
  }

  @Test
  void aSubmissionMovesFromTheOperatorsListToTheVerifiersAndAReturnComesBackWithItsReason() {
    Fixture f = Fixture.create();
    // Without tahun and triwulan: the triwulan open now.
    JsonPath op = read(f.operator, inbox(f));
    assertThat(op.getInt("tahun")).isEqualTo(2024);
    assertThat(op.getInt("triwulan")).isEqualTo(2);
    assertThat(op.getString("peran")).isEqualTo("operator");
    assertThat(op.getString("kecamatanKode")).isEqualTo(f.kecamatan);
    assertThat(op.getString("ringkasan")).isNull();
    // Due in TW 2: IKU-01, 02, 03, 05 (IKU-04 only in TW 4) and both sub kegiatan; nothing started.
    assertThat(kodes(op, "TO_FILL")).containsExactly("IKU-01", "IKU-02", "IKU-03", "IKU-05", "7.01.01.2.01.0001",
        "7.01.01.2.01.0002");
    assertThat(op.getMap("jumlah")).isEqualTo(Map.of("TO_FILL", 6, "RETURNED", 0, "EVIDENCE_MISSING", 0));
    assertThat(op.getString("items[0].batas")).isEqualTo(op.getString("ditutup"));
    assertThat(op.getString("items[0].pesan")).startsWith("IKU-01 Indikator IKU-01: belum diisi; sisa waktu ");
    assertThat(op.getString("items[0].tautan")).isEqualTo(f.indikator(2, "IKU-01"));
    assertThat(op.getString("items[4].tautan")).isEqualTo(f.anggaran(2, "7.01.01.2.01.0001"));
    // Times are written in the kabupaten's zone (the fixture's kabupaten lies in a WIB province).
    assertThat(OffsetDateTime.parse(op.getString("ditutup")).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);

    // The operator submits IKU-01 and saves IKU-03 as a draft without its evidence.
    Response r = as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17.00, \"ajukan\": true}")
        .put(f.indikator(2, "IKU-01"));
    r.then().statusCode(201);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 86.90}").put(f.indikator(2, "IKU-03"))
        .then().statusCode(201);

    op = read(f.operator, inbox(f), "tahun", 2024, "triwulan", 2);
    assertThat(kodes(op, "TO_FILL")).doesNotContain("IKU-01").contains("IKU-03");
    assertThat(kodes(op, "EVIDENCE_MISSING")).containsExactly("IKU-03");
    assertThat(op.getString("items.find { it.jenis == 'EVIDENCE_MISSING' }.pesan"))
        .isEqualTo("IKU-03 Indikator IKU-03: bukti dukung wajib, versi 1 belum memiliki bukti; unggah bukti sebelum mengajukan");
    assertThat(op.getString("items.find { it.jenis == 'TO_FILL' && it.kode == 'IKU-03' }.status")).isEqualTo("DRAFT");

    JsonPath ver = read(f.verifier, inbox(f));
    assertThat(ver.getString("peran")).isEqualTo("verifier");
    assertThat(ver.getMap("jumlah")).isEqualTo(Map.of("AWAITING_VERIFICATION", 1, "AWAITING_APPROVAL", 0));
    assertThat(ver.getString("items[0].jenis")).isEqualTo("AWAITING_VERIFICATION");
    assertThat(ver.getString("items[0].kode")).isEqualTo("IKU-01");
    assertThat(ver.getString("items[0].status")).isEqualTo("SUBMITTED");
    assertThat(ver.getInt("items[0].revisi")).isEqualTo(Integer.parseInt(r.header("ETag").replace("\"", "")));
    // The database keeps microseconds (rounded).
    assertThat(OffsetDateTime.parse(ver.getString("items[0].sejak")).toInstant()).isCloseTo(
        OffsetDateTime.parse(r.jsonPath().getString("diajukanPada")).toInstant(), within(1, ChronoUnit.MICROS));
    assertThat(ver.getString("items[0].pesan")).startsWith("IKU-01 Indikator IKU-01: versi 1 diajukan oleh operator."
        + f.kecamatan + " pada ").contains("menunggu verifikasi selama 0 menit");

    // The verifier returns it: it leaves the verifier's inbox and reaches the operator's with the reason.
    as(f.verifier, key()).header("If-Match", r.header("ETag"))
        .body("{\"alasanKode\": \"REALISASI_DITELITI_ULANG\", \"alasan\": \"Cek data desa\"}")
        .post(f.indikator(2, "IKU-01") + "/return").then().statusCode(200);
    assertThat(read(f.verifier, inbox(f)).getList("items")).isEmpty();
    op = read(f.operator, inbox(f));
    assertThat(kodes(op, "RETURNED")).containsExactly("IKU-01");
    assertThat(op.getString("items.find { it.jenis == 'RETURNED' }.alasanKode")).isEqualTo("REALISASI_DITELITI_ULANG");
    assertThat(op.getString("items.find { it.jenis == 'RETURNED' }.alasan")).isEqualTo("Cek data desa");
    assertThat(op.getString("items.find { it.jenis == 'RETURNED' }.pesan"))
        .contains("dikembalikan oleh sekcam." + f.kecamatan).contains("REALISASI_DITELITI_ULANG (Cek data desa)");
    assertThat(op.getString("items.find { it.jenis == 'RETURNED' }.sejak")).isNotNull();

    // In English on request.
    as(f.operator).header("Accept-Language", "en").get(inbox(f)).then().statusCode(200)
        .header("Content-Language", "en")
        .body("items.find { it.jenis == 'RETURNED' }.pesan", containsString("was returned by sekcam." + f.kecamatan))
        .body("items.find { it.jenis == 'TO_FILL' }.pesan", containsString("not entered yet; "))
        .body("items.find { it.jenis == 'EVIDENCE_MISSING' }.pesan", containsString("evidence is required"));
  }

  @Test
  void oldestFirstAndPaginated() throws Exception {
    Fixture f = Fixture.create();
    // Drafts: IKU-05 first, then IKU-02; the cells not started wait since the window opened, before both.
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 3}").put(f.indikator(2, "IKU-05")).then().statusCode(201);
    Thread.sleep(20);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"pembilang\": 1, \"penyebut\": 2}").put(f.indikator(2, "IKU-02"))
        .then().statusCode(201);
    List<String> all = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonPath p = read(f.operator, inbox(f), "page", page, "size", 2);
      assertThat(p.getInt("total")).isEqualTo(6);
      assertThat(p.getInt("size")).isEqualTo(2);
      assertThat(p.getList("items")).hasSize(2);
      all.addAll(p.getList("items.kode"));
    }
    assertThat(all).containsExactly("IKU-01", "IKU-03", "7.01.01.2.01.0001", "7.01.01.2.01.0002", "IKU-05", "IKU-02");
    assertThat(read(f.operator, inbox(f), "page", 3, "size", 2).getList("items")).isEmpty();

    // The verifier's queue: the submission waiting longest first.
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 4, \"ajukan\": true}")
        .header("If-Match", as(f.operator).get(f.indikator(2, "IKU-05")).header("ETag")).put(f.indikator(2, "IKU-05"))
        .then().statusCode(200);
    Thread.sleep(20);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17, \"ajukan\": true}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(201);
    assertThat(read(f.verifier, inbox(f)).getList("items.kode")).containsExactly("IKU-05", "IKU-01");

    as(f.operator).queryParam("size", 201).get(inbox(f)).then().statusCode(400).body("errors[0].field", equalTo("size"));
    as(f.operator).queryParam("triwulan", 5).get(inbox(f)).then().statusCode(400).body("errors[0].field", equalTo("triwulan"));
  }

  @Test
  void bagianOrganisasiSeesEachKecamatansStateLatenessAndReopeningsAndPimpinanTheSummary() {
    Fixture f = Fixture.create(); // reopened in TW 3
    Fixture partly = f.sibling();
    Fixture complete = f.sibling();
    as(partly.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 5, \"ajukan\": true}")
        .put(partly.indikator(2, "IKU-01")).then().statusCode(201);
    Response batch = as(complete.operator, key()).body(ALL_DUE).post(complete.sheet(2) + "/batch");
    batch.then().statusCode(200);

    JsonPath tw2 = read(f.bagor, inbox(f), "tahun", 2024, "triwulan", 2);
    assertThat(tw2.getString("peran")).isEqualTo("bagian-organisasi");
    assertThat(tw2.getString("kecamatanKode")).isNull();
    assertThat(tw2.getMap("ringkasan")).containsEntry("NOT_SUBMITTED", 1).containsEntry("PARTLY_SUBMITTED", 1)
        .containsEntry("AWAITING_VERIFICATION", 1).containsEntry("APPROVED", 0);
    assertThat(tw2.getMap("jumlah")).isEqualTo(Map.of("KECAMATAN_NOT_SUBMITTED", 1, "KECAMATAN_PARTLY_SUBMITTED", 1,
        "KECAMATAN_AWAITING_VERIFICATION", 1, "KECAMATAN_LATE", 0, "KECAMATAN_REOPENED", 0));
    assertThat(tw2.getString("items.find { it.jenis == 'KECAMATAN_NOT_SUBMITTED' }.kecamatanKode")).isEqualTo(f.kecamatan);
    assertThat(tw2.getString("items.find { it.jenis == 'KECAMATAN_PARTLY_SUBMITTED' }.kecamatanKode")).isEqualTo(partly.kecamatan);
    assertThat(tw2.getInt("items.find { it.jenis == 'KECAMATAN_PARTLY_SUBMITTED' }.hitungan.belumDiajukan")).isEqualTo(5);
    assertThat(tw2.getInt("items.find { it.jenis == 'KECAMATAN_PARTLY_SUBMITTED' }.hitungan.wajib")).isEqualTo(6);
    assertThat(tw2.getString("items.find { it.jenis == 'KECAMATAN_AWAITING_VERIFICATION' }.kecamatanKode")).isEqualTo(complete.kecamatan);
    assertThat(tw2.getInt("items.find { it.jenis == 'KECAMATAN_AWAITING_VERIFICATION' }.hitungan.diajukan")).isEqualTo(6);
    assertThat(tw2.getString("items.find { it.jenis == 'KECAMATAN_AWAITING_VERIFICATION' }.pesan"))
        .startsWith("Kecamatan Klakah " + complete.kecamatan + ": 6 sel TW 2 2024 menunggu verifikasi camat sejak ");
    assertThat(tw2.getString("items.find { it.jenis == 'KECAMATAN_NOT_SUBMITTED' }.tautan")).isEqualTo(f.sheet(2));

    // TW 3 closed ten days ago; f has a reopening and enters one value in it (late).
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 5, \"ajukan\": true}").put(f.indikator(3, "IKU-01"))
        .then().statusCode(201).body("terlambat", equalTo(true));
    JsonPath tw3 = read(f.bagor, inbox(f), "tahun", 2024, "triwulan", 3);
    assertThat(tw3.getMap("ringkasan")).containsEntry("NOT_SUBMITTED", 2).containsEntry("PARTLY_SUBMITTED", 1);
    assertThat(tw3.getList("items.findAll { it.jenis == 'KECAMATAN_LATE' }.kecamatanKode"))
        .containsExactlyInAnyOrder(f.kecamatan, partly.kecamatan, complete.kecamatan);
    assertThat(tw3.getList("items.findAll { it.jenis == 'KECAMATAN_REOPENED' }.kecamatanKode")).containsExactly(f.kecamatan);
    assertThat(tw3.getString("items.find { it.jenis == 'KECAMATAN_REOPENED' }.batas")).isNotNull();
    assertThat(tw3.getString("items.find { it.jenis == 'KECAMATAN_REOPENED' }.pesan"))
        .contains("mendapat perpanjangan pengisian TW 3 2024 sampai ").endsWith(": Gangguan jaringan");
    assertThat(tw3.getInt("items.find { it.jenis == 'KECAMATAN_LATE' && it.kecamatanKode == '" + f.kecamatan
        + "' }.hitungan.terlambat")).isEqualTo(1);
    assertThat(tw3.getString("items.find { it.jenis == 'KECAMATAN_LATE' && it.kecamatanKode == '" + partly.kecamatan
        + "' }.pesan")).contains("terlambat: pengisian TW 3 2024 ditutup ").endsWith("dan 6 dari 6 sel belum diajukan");
    // The operator of f is told the time left in its reopening.
    assertThat(read(f.operator, inbox(f), "tahun", 2024, "triwulan", 3).getString("items[0].pesan"))
        .contains("sisa waktu perpanjangan ");

    // The planner reads what Bagian Organisasi reads; pimpinan the counts only.
    String planner = DevTokens.kabupaten("planner." + f.kabupaten, "planner", f.kabupaten);
    assertThat(read(planner, inbox(f), "tahun", 2024, "triwulan", 3).getList("items.kecamatanKode"))
        .isEqualTo(tw3.getList("items.kecamatanKode"));
    String pimpinan = DevTokens.kabupaten("bupati." + f.kabupaten, "pimpinan", f.kabupaten);
    JsonPath sum = read(pimpinan, inbox(f), "tahun", 2024, "triwulan", 3);
    assertThat(sum.getList("items")).isEmpty();
    assertThat(sum.getInt("total")).isZero();
    assertThat(sum.getMap("ringkasan")).isEqualTo(tw3.getMap("ringkasan"));
    assertThat(sum.getMap("jumlah")).isEqualTo(tw3.getMap("jumlah"));
    assertThat(sum.getInt("jumlah.KECAMATAN_LATE")).isEqualTo(3);
  }

  @Test
  void eachCallerSeesOnlyItsOwnTenant() {
    Fixture f = Fixture.create();
    Fixture b = f.sibling();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 5, \"ajukan\": true}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(201);
    Fixture other = Fixture.create();
    // Another kabupaten is invisible, for every role.
    as(other.bagor).get(inbox(f)).then().statusCode(404).contentType("application/problem+json");
    as(other.operator).get(inbox(f)).then().statusCode(404);
    as(f.verifier).get(inbox(other)).then().statusCode(404);
    // A sibling's verifier sees its own kecamatan only.
    JsonPath sibling = read(b.verifier, inbox(f));
    assertThat(sibling.getString("kecamatanKode")).isEqualTo(b.kecamatan);
    assertThat(sibling.getList("items")).isEmpty();
    as(b.operator).get(inbox(f)).then().statusCode(200).body("items.kecamatanKode", not(hasItem(f.kecamatan)));
    // A role the token does not hold.
    as(f.operator).queryParam("peran", "bagian-organisasi").get(inbox(f)).then().statusCode(403)
        .contentType("application/problem+json").body("detail", containsString("bagian-organisasi"));
    // A token with two roles reads either inbox; without peran its primary role (verifier before operator).
    String both = DevTokens.token("merangkap." + f.kecamatan, Set.of("operator", "verifier"), f.kabupaten, f.kecamatan);
    as(both).get(inbox(f)).then().statusCode(200).body("peran", equalTo("verifier"))
        .body("items.kode", hasItem("IKU-01"));
    as(both).queryParam("peran", "operator").get(inbox(f)).then().statusCode(200).body("peran", equalTo("operator"))
        .body("items.find { it.jenis == 'TO_FILL' }.kode", equalTo("IKU-02")).body("ringkasan", nullValue());
  }
}
