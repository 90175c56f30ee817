package id.kinerja.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.jdbc.Jdbc;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Which failures are outages (503 with Retry-After) and which text the client reads. The shapes are the ones the
 * services throw; the commit shape is the one logged when PostgreSQL crashed while a verification was committing
 * (FaultToleranceTest, PostgreSQL crash during a batch load), which was answered 500 before.
 */
class UnavailableTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("connection lost inside the transaction", (Supplier<Throwable>) () -> Jdbc.fail(lost()),
            Optional.of(CommonMessages.UNAVAILABLE_DATABASE)),
        Arguments.of("connection lost while committing (Narayana: RollbackException, the XAException suppressed)",
            (Supplier<Throwable>) () -> new QuarkusTransactionException(commitFailed(lost())),
            Optional.of(CommonMessages.UNAVAILABLE_DATABASE_COMMIT)),
        Arguments.of("a commit refused for a constraint is no outage",
            (Supplier<Throwable>) () -> new QuarkusTransactionException(commitFailed(new SQLException("duplicate key", "23505"))),
            Optional.empty()),
        Arguments.of("a commit failure without any database failure beneath is no outage",
            (Supplier<Throwable>) () -> new QuarkusTransactionException(new RollbackException("ARJUNA016053: Could not commit transaction.")),
            Optional.empty()),
        Arguments.of("the failure itself decides over what its rollback then suppressed",
            (Supplier<Throwable>) () -> {
              IllegalStateException failure = Jdbc.fail(lost());
              failure.addSuppressed(xa(lost()));
              return failure;
            }, Optional.of(CommonMessages.UNAVAILABLE_DATABASE)),
        Arguments.of("a broker timeout found among the suppressed",
            (Supplier<Throwable>) () -> {
              RuntimeException failure = new RuntimeException("send failed");
              failure.addSuppressed(new org.apache.kafka.common.errors.TimeoutException("no metadata"));
              return failure;
            }, Optional.of(CommonMessages.UNAVAILABLE_BROKER)),
        Arguments.of("a bug is no outage", (Supplier<Throwable>) () -> new NullPointerException("x"), Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void classifies(String what, Supplier<Throwable> failure, Optional<CommonMessages> expected) {
    assertThat(Unavailable.of(failure.get())).isEqualTo(expected);
  }

  private static SQLException lost() {
    return new SQLException("An I/O error occurred while sending to the backend.", "08006");
  }

  private static RollbackException commitFailed(SQLException cause) {
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(xa(cause));
    return rollback;
  }

  private static XAException xa(SQLException cause) {
    XAException xa = new XAException("Error trying to transactionCommit local transaction: " + cause.getMessage());
    xa.initCause(cause);
    return xa;
  }
}
