package id.kinerja.realization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.problem.Unavailable;
import id.kinerja.deploy.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request that fails because the database went away stores nothing under its Idempotency-Key and reaches the
 * mapper as the outage it is (503 with Retry-After there): the client's retry with the same key, once the database is
 * back, is processed anew — not answered with a stored error, not refused as a reused key.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class IdempotencyOutageTest {

  @Inject
  IdempotencyService idempotency;

  @Test
  void aRetryAfterAnOutageIsProcessedAnew() {
    String owner = "operator.outage-" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("nilai", 17);
    AtomicInteger runs = new AtomicInteger();

    Throwable failure = catchThrowable(() -> idempotency.run(owner, key, "PUT", "/api/x", body, () -> {
      runs.incrementAndGet();
      throw Jdbc.fail(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }));
    assertThat(failure).isNotNull();
    assertThat(Unavailable.of(failure)).as("the failure stays an outage: %s", failure).isPresent();

    Response retry = idempotency.run(owner, key, "PUT", "/api/x", body, () -> {
      runs.incrementAndGet();
      return new IdempotencyService.Outcome(201, Map.of("revisi", 1), "\"1\"", null);
    });
    assertThat(runs).hasValue(2);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeaderString(IdempotencyService.REPLAYED)).isNull();

    // From now on the success is what the key answers (the service tries the action and finds the key taken: what the
    // action did is rolled back and the stored answer is replayed).
    Response again = idempotency.run(owner, key, "PUT", "/api/x", body,
        () -> new IdempotencyService.Outcome(200, Map.of("revisi", 2), "\"2\"", null));
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("ETag")).isEqualTo("\"1\"");
    assertThat(again.getHeaderString(IdempotencyService.REPLAYED)).isEqualTo("true");
  }
}
