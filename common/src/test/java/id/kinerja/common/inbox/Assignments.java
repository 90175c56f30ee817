package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.awaitility.Awaitility.await;

/** Waits on how the group spread a consumer's partitions over its workers (package-private API of EventConsumer). */
final class Assignments {

  private Assignments() {
  }

  /**
   * Waits until the consumer's workers together hold this many partitions and as many workers as can hold one do (the
   * group has settled: during a rebalance the partitions can all be held by the members of an older generation).
   */
  static void awaitAssigned(EventConsumer consumer, int partitions) {
    int holders = Math.min(partitions, consumer.workers());
    await().atMost(PATIENCE).until(() -> {
      int held = 0;
      int holding = 0;
      for (int i = 0; i < consumer.workers(); i++) {
        int size = consumer.worker(i).assignment().size();
        held += size;
        holding += size > 0 ? 1 : 0;
      }
      return held == partitions && holding == holders;
    });
  }
}
