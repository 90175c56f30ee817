package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
}
