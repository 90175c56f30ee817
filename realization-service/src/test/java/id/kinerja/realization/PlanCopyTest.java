package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The plan copy follows planning's full-state events by version; the cache follows the copy. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class PlanCopyTest {

  @Test
  void higherPlanVersionReplacesTheCopyAndOlderOnesAreIgnored() {
    Fixture f = Fixture.create();
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 3}").put(f.indikator(2, "IKU-05")).then().statusCode(201);
    // planVersi 2 drops IKU-05: it is no longer accepted.
    f.publishPlan(2, false);
    await().atMost(Duration.ofSeconds(30)).until(() -> as(f.operator).get(f.sheet(2)).jsonPath().getInt("planVersi") == 2);
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 3}").put(f.indikator(2, "IKU-05"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-exist-in-plan"));
    // An older version arriving late changes nothing; a marker event proves it was read.
    f.publishPlan(1, true);
    f.publishJadwal(2, 2, Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofMinutes(1)), List.of());
    f.awaitWindow(2, "CLOSED");
    as(f.operator).get(f.sheet(2)).then().body("planVersi", equalTo(2));
    // The value entered earlier stays readable although its indicator left the plan.
    as(f.operator).get(f.indikator(2, "IKU-05")).then().statusCode(200).body("versi[0].nilai", equalTo(3));
    // A closed window (jadwal versi 2) now refuses entry; an older jadwal version would not reopen it.
    f.publishJadwal(2, 1, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)), List.of());
    f.publishJadwal(3, 2, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(10)), List.of());
    f.awaitWindow(3, "CLOSED");
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 3}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(422).body("errors[0].field", equalTo("triwulan"));
  }

  /** docs/domain.md §2.12: a plan in v2 brings the jenis belanja, captured on the budget lines' cells. */
  @Test
  void theJenisBelanjaOfAV2PlanAreCapturedLikeBudgetLines() {
    Fixture f = Fixture.create();
    Map<String, Long> belanja = new java.util.LinkedHashMap<>();
    belanja.put("5.1.01", 400_000L);
    belanja.put("5.1.02", 500_000L);
    f.publishPlan(2, true, belanja);
    await().atMost(Duration.ofSeconds(30)).until(() -> as(f.operator).get(f.sheet(2)).jsonPath().getInt("planVersi") == 2);
    as(f.operator).get(f.sheet(2)).then()
        .body("anggaran.findAll { it.level == 'JENIS_BELANJA' }.anggaranKode", equalTo(List.of("5.1.01", "5.1.02")))
        .body("anggaran.find { it.anggaranKode == '5.1.02' }.pagu", equalTo(500000));
    as(f.operator, key()).body("{\"nilai\": 125000, \"ajukan\": true}").put(f.anggaran(2, "5.1.02"))
        .then().statusCode(201).body("status", equalTo("SUBMITTED"));
    // The event carries the kode: reporting tells the view by it.
    org.assertj.core.api.Assertions.assertThat(f.awaitEvents("5.1.02", 1).get(0).get("nilai").asLong()).isEqualTo(125_000L);
    // A sub kegiatan of the program tree beside it still takes realisasi: the two views never overlap.
    as(f.operator, key()).body("{\"nilai\": 5}").put(f.anggaran(2, "7.01.01.2.01.0001")).then().statusCode(201);
    as(f.operator, key()).body("{\"nilai\": 5}").put(f.anggaran(2, "5.2.02"))
        .then().statusCode(422).body("errors[0].rule", equalTo("must-exist-in-plan"));
  }
}
