package id.kinerja.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.deploy.testing.contract.OpenApiContract;
import id.kinerja.deploy.testing.contract.OpenApiSnapshot;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is the contract the portal and mobile teams generate clients and tests from. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class OpenApiContractTest {

  @Test
  void everyOperationIsIdentifiedDescribedSecuredAndExemplifiedWithValidExamples() {
    String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.violations(document)).isEmpty();
  }

  /** The document the typed clients are generated from (docs/api) is the one the service serves. */
  @Test
  void theServedDocumentIsTheCommittedOne() {
    String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiSnapshot.difference("planning-service", document)).isNull();
  }
}
