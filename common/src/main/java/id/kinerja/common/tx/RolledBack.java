package id.kinerja.common.tx;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Work run for its answer only: in a transaction of its own that is always rolled back, so that a preview can go
 * through exactly the path that would store (its checks, locks and writes) and leave nothing behind — no rows, no
 * outbox events. A refusal the work throws (a ProblemException) comes out as thrown.
 */
public final class RolledBack {

  private RolledBack() {
  }

  /** What {@code work} answers, with everything it wrote undone. */
  public static <T> T call(Supplier<T> work) {
    Object[] value = new Object[1];
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        value[0] = work.get();
        // Thrown to end the transaction the only way it may end: rolled back.
        throw new Done();
      });
    } catch (Done done) {
      @SuppressWarnings("unchecked")
      T answer = (T) value[0];
      return answer;
    }
    throw new IllegalStateException("the rolled-back transaction ended without its answer");
  }

  private static final class Done extends RuntimeException {
    Done() {
      super(null, null, false, false);
    }
  }
}
