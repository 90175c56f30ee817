package id.kinerja.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.outbox.OutboxRelay;
import id.kinerja.deploy.localstack.DevTokens;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.planning.domain.Kabupaten;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The kabupaten settings and the outbox path to the real broker. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class KabupatenResourceTest {

  @Inject
  OutboxRelay relay;

  private static String newKode() {
    return PlanningTestSupport.newKabupaten();
  }

  private static String planner(String kode) {
    return DevTokens.kabupaten("planner." + kode, "planner", kode);
  }

  private static final String BODY = """
      {"nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU"}""";

  private static List<ConsumerRecord<String, String>> eventsFor(String kode) {
    return new TopicProbe(LocalStack.kafkaBootstrapServers())
        .read(Topics.PLANNING, r -> kode.equals(r.key()), Duration.ofMillis(300));
  }

  @Test
  void savingPublishesOneValidEventKeyedByKabupaten() {
    String kode = newKode();
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
        .when().put("/api/kabupaten/" + kode)
        .then().statusCode(200).header("ETag", "\"1\"").body("konfigurasiVersi", equalTo(1));

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor(kode).size() == 1);
    ConsumerRecord<String, String> record = eventsFor(kode).get(0);
    JsonNode envelope = CanonicalJson.MAPPER.valueToTree(EventEnvelope.parse(record.value().getBytes()));
    assertThat(EventSchemas.validate(envelope)).isEmpty();
    assertThat(envelope.get("type").asText()).isEqualTo("planning.kabupaten.configured");
    assertThat(envelope.get("payload").get("nama").asText()).isEqualTo("Ponorogo");
  }

  @Test
  void relayDownBetweenCommitAndPublishLosesNothing() {
    String kode = newKode();
    relay.stop();
    try {
      given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
          .when().put("/api/kabupaten/" + kode).then().statusCode(200);
      // Committed, not yet published.
      assertThat(eventsFor(kode)).isEmpty();
      long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) Kabupaten.getEntityManager()
          .createNativeQuery("select count(*) from outbox_event where event_key = ?1 and published_at is null")
          .setParameter(1, kode).getSingleResult()).longValue());
      assertThat(pending).isEqualTo(1);
    } finally {
      relay.start();
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor(kode).size() == 1);
  }

  @Test
  void changeNeedsCurrentVersion() {
    String kode = newKode();
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
        .put("/api/kabupaten/" + kode).then().statusCode(200);
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
        .put("/api/kabupaten/" + kode).then().statusCode(428).contentType("application/problem+json");
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(BODY)
        .put("/api/kabupaten/" + kode).then().statusCode(412).body("errors.field", hasItem("If-Match"));
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
        .body(BODY.replace("Ponorogo", "Ponorogo Baru"))
        .put("/api/kabupaten/" + kode).then().statusCode(200).header("ETag", "\"2\"");
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndChangesNothing() {
    String kode = newKode();
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
        .put("/api/kabupaten/" + kode).then().statusCode(200);

    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
        .body("""
            {"nama": "", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU"}""")
        .put("/api/kabupaten/" + kode)
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("nama")).body("errors[0].rule", equalTo("not-blank"));

    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
        .body("""
            {"nama": "X", "negativeFormulaDefault": "SOMETIMES", "overallMode": "IKU"}""")
        .put("/api/kabupaten/" + kode)
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("negativeFormulaDefault"));

    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
        .body("{\"nama\": ")
        .put("/api/kabupaten/" + kode)
        .then().statusCode(400).contentType("application/problem+json");

    // A media type the operation cannot produce: 406, declared in the contract, as a problem.
    given().auth().oauth2(planner(kode)).accept("application/xml").get("/api/kabupaten/" + kode)
        .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));

    given().auth().oauth2(planner(kode)).get("/api/kabupaten/" + kode)
        .then().statusCode(200).body("nama", equalTo("Ponorogo")).header("ETag", "\"1\"");
  }

  @Test
  void tenantsAreSeparated() {
    String kode = newKode();
    given().auth().oauth2(planner(kode)).contentType(ContentType.JSON).body(BODY)
        .put("/api/kabupaten/" + kode).then().statusCode(200);
    String other = newKode();
    // Another kabupaten's planner does not see it; an operator may read but not change it; no token is 401.
    given().auth().oauth2(planner(other)).get("/api/kabupaten/" + kode).then().statusCode(404);
    given().auth().oauth2(DevTokens.kecamatan("op", "operator", kode, kode + ".01")).contentType(ContentType.JSON)
        .body(BODY).put("/api/kabupaten/" + kode).then().statusCode(403).contentType("application/problem+json");
    given().get("/api/kabupaten/" + kode).then().statusCode(401).contentType("application/problem+json");
  }
}
