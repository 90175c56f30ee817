package id.kinerja.common.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow a commit and never a rollback (a cache emptied, a counter told): registered with the current
 * transaction, run after it committed.
 */
public final class AfterCommit {

  private AfterCommit() {
  }

  /** Runs {@code work} once the current transaction has committed; requires a transaction. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing before: only a committed transaction counts
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          work.run();
        }
      }
    });
  }
}
