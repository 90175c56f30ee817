package id.kinerja.realization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.problem.Unavailable;

/**
 * When the database is down, common's mapper answers 503 with Retry-After, recognising the failure by its cause
 * chain. Realization's JDBC code wraps every SQLException (Jdbc.fail) and must keep it recognisable; the idempotency
 * service must never keep an error answer under a key, or a retry after the outage would get the stored error.
 */
class OutageTest {

  @ParameterizedTest(name = "SQLState {0} is an outage: {1}")
  @CsvSource({
      "08001, true", // connection could not be made (database down)
      "08006, true", // connection lost during the transaction
      "57P01, true", // administrator shutdown
      "53300, true", // too many connections
      "23505, false", // unique violation: a conflict, not an outage
      "40001, false", // serialization failure
      "22003, false" }) // numeric value out of range: a bug or a bad value
  void aWrappedSqlFailureKeepsItsCause(String sqlState, boolean outage) {
    RuntimeException wrapped = Jdbc.fail(new SQLException("database said no", sqlState));
    assertThat(Unavailable.of(wrapped)).as("SQLState %s", sqlState)
        .isEqualTo(outage ? java.util.Optional.of(CommonMessages.UNAVAILABLE_DATABASE) : java.util.Optional.empty());
  }

  @Test
  void poolTimeoutsAndTransientConnectionFailuresAreOutagesToo() {
    assertThat(Unavailable.of(Jdbc.fail(new SQLException("Sorry, acquisition timeout!")))).isPresent();
    assertThat(Unavailable.of(Jdbc.fail(new SQLTransientConnectionException("connection reset")))).isPresent();
  }

  @Test
  void onlyASuccessCanBeStoredUnderAnIdempotencyKey() {
    assertThat(new IdempotencyService.Outcome(201, "{}", "\"1\"", null).status()).isEqualTo(201);
    for (int status : new int[] { 500, 503, 409, 422, 304 }) {
      assertThatThrownBy(() -> new IdempotencyService.Outcome(status, "{}", null, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
