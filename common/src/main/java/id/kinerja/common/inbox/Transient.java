package id.kinerja.common.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Tells a failure that goes away by retrying (database unreachable, serialisation conflict) from one that does not. */
final class Transient {

  private Transient() {
  }

  static boolean isTransient(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLTransientException || c instanceof SQLRecoverableException
          || c instanceof org.hibernate.exception.JDBCConnectionException
          || c instanceof org.hibernate.exception.LockAcquisitionException
          || c instanceof jakarta.persistence.PessimisticLockException) {
        return true;
      }
      if (c instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        // 08 connection, 40 serialisation/deadlock, 53 resources, 57P operator intervention (shutdown, terminated
        // backend), 57014 statement cancelled (statement_timeout, or the transaction timeout cancelling a statement
        // stuck on a lock), 55P03 lock_timeout: the same events succeed once the database answers again.
        if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57P")
            || state.equals("57014") || state.equals("55P03")) {
          return true;
        }
      }
      if (c.getClass().getName().startsWith("io.agroal") || String.valueOf(c.getMessage()).contains("Acquisition timeout")) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }
}
