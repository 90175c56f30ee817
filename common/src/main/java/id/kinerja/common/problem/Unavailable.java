package id.kinerja.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.transaction.xa.XAException;

import id.kinerja.common.i18n.CommonMessages;

/**
 * Whether a failure means that a dependency is down rather than that the request is wrong or the code is: then the
 * client is told 503 with Retry-After (retrying later is right) instead of 500. Mostly the transaction was rolled
 * back and nothing was kept. When the connection was lost while the commit itself was under way, whether it took
 * effect is not known, and the text says so: the retry with the same Idempotency-Key then gets the stored answer, or
 * is processed anew.
 */
public final class Unavailable {

  /** Connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections (53300). */
  private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private Unavailable() {
  }

  /** Thrown by a read that needs the broker (e.g. consumer lag) when the broker does not answer in time. */
  public static final class Broker extends RuntimeException {
    public Broker(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The text that says which dependency is down, or empty when the failure is not an outage. */
  public static Optional<CommonMessages> of(Throwable failure) {
    return of(failure, false, 0);
  }

  /**
   * Along the causes first, then into what they suppressed: the transaction manager reports a commit whose connection
   * broke as a RollbackException that carries the resource's XAException (and beneath it the SQL failure) only as a
   * suppressed exception. A database failure beneath an XAException happened inside the commit.
   */
  private static Optional<CommonMessages> of(Throwable failure, boolean inCommit, int depth) {
    List<Throwable> chain = new ArrayList<>();
    boolean commit = inCommit;
    for (Throwable c = failure; c != null && chain.size() < 50; c = c.getCause() == c ? null : c.getCause()) {
      chain.add(c);
      commit |= c instanceof XAException;
      if (database(c)) {
        return Optional.of(commit ? CommonMessages.UNAVAILABLE_DATABASE_COMMIT : CommonMessages.UNAVAILABLE_DATABASE);
      }
      String name = c.getClass().getName();
      if (c instanceof Broker || name.equals("org.apache.kafka.common.errors.TimeoutException")
          || name.equals("org.apache.kafka.common.errors.DisconnectException")
          || name.equals("org.apache.kafka.common.errors.NetworkException")) {
        return Optional.of(CommonMessages.UNAVAILABLE_BROKER);
      }
    }
    if (depth < 3) {
      for (Throwable c : chain) {
        for (Throwable suppressed : c.getSuppressed()) {
          Optional<CommonMessages> found = of(suppressed, commit, depth + 1);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean database(Throwable c) {
    if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
        || c instanceof ConnectException) {
      return true;
    }
    String name = c.getClass().getName();
    if (name.equals("org.hibernate.exception.JDBCConnectionException")) {
      return true;
    }
    if (c instanceof SQLException s) {
      String state = s.getSQLState();
      if (state != null && (state.startsWith("08") || SQL_STATES.contains(state))) {
        return true;
      }
      // Agroal, when no connection could be had in time (the database is unreachable or saturated).
      String message = s.getMessage();
      return message != null && message.contains("acquisition timeout");
    }
    return false;
  }
}
