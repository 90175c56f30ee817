package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.realization.domain.CanonicalHash;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Evidence files: type by content, size limit, checksum, immutable once submitted. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class BuktiTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  private static Response upload(Fixture f, String path, String k, String name, String type, byte[] content) {
    return given().auth().oauth2(f.operator).header("Idempotency-Key", k)
        .multiPart("file", name, content, type).multiPart("keterangan", "Hasil SKM")
        .post(path);
  }

  @Test
  void evidenceIsStoredWithItsChecksumAndFrozenOnSubmit() {
    Fixture f = Fixture.create();
    String cell = f.indikator(2, "IKU-03");
    Response draft = as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 86.90}").put(cell);
    draft.then().statusCode(201);
    // IKU-03 needs evidence before it is submitted.
    as(f.operator, key()).header("If-Match", draft.header("ETag")).post(cell + "/submit").then().statusCode(422)
        .body("errors[0].rule", equalTo("bukti-required"));

    String bukti = cell + "/versi/1/bukti";
    // Content decides: an executable named .pdf, or a PNG declared as PDF, is refused.
    upload(f, bukti, key(), "skm.pdf", "application/pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 })
        .then().statusCode(415).contentType("application/problem+json").body("errors[0].rule", equalTo("must-be-accepted-type"));
    byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    upload(f, bukti, key(), "foto.pdf", "application/pdf", png)
        .then().statusCode(415).body("errors[0].rule", equalTo("declared-type-must-match-content"));
    byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    upload(f, bukti, key(), "besar.pdf", "application/pdf", big).then().statusCode(413)
        .contentType("application/problem+json").body("errors[0].rule", equalTo("max-size"));

    String k = key();
    Response stored = upload(f, bukti, k, "skm-2024.pdf", "application/octet-stream", PDF);
    stored.then().statusCode(201).body("jenis", equalTo("FILE")).body("tipe", equalTo("application/pdf"))
        .body("ukuran", equalTo(PDF.length)).body("sha256", equalTo(CanonicalHash.sha256(PDF)))
        .body("namaBerkas", equalTo("skm-2024.pdf"));
    // The same upload retried with its key creates nothing new.
    upload(f, bukti, k, "skm-2024.pdf", "application/octet-stream", PDF).then().statusCode(201)
        .header("Idempotency-Replayed", "true");
    as(f.operator).get(cell).then().body("versi[0].bukti.size()", equalTo(1));

    Response file = as(f.verifier).get(stored.jsonPath().getString("unduh"));
    file.then().statusCode(200).contentType("application/pdf");
    assertThat(file.asByteArray()).isEqualTo(PDF);
    assertThat(file.header("Repr-Digest")).startsWith("sha-256=:");

    Response submitted = as(f.operator, key()).header("If-Match", as(f.operator).get(cell).header("ETag")).post(cell + "/submit");
    submitted.then().statusCode(200).body("bukti.size()", equalTo(1));
    // Frozen with its version.
    upload(f, bukti, key(), "lagi.pdf", "application/pdf", PDF).then().statusCode(409)
        .body("errors[0].rule", equalTo("must-be-editable"));
    given().auth().oauth2(f.operator).delete(bukti + "/" + stored.jsonPath().getString("id")).then().statusCode(409);
    as(f.operator).get("/api/kecamatan/" + f.kecamatan + "/audit?kode=IKU-03").then()
        .body("items.aksi", org.hamcrest.Matchers.hasItem("BUKTI_ADDED"));
  }
}
