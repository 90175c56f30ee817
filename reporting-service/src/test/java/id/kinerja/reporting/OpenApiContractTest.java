package id.kinerja.reporting;

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
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenApiContractTest {

  @Test
  void everyOperationIsIdentifiedDescribedSecuredAndExemplifiedWithValidExamples() {
    String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.violations(document)).isEmpty();
  }

  /** The typed clients are generated from docs/api: the served document must be the committed one. */
  @Test
  void theServedDocumentIsTheOneInDocsApi() {
    String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiSnapshot.difference("reporting-service", document)).isNull();
  }
}
