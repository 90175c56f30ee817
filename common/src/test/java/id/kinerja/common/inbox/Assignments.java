package id.kinerja.common.inbox;

import static id.kinerja.common.backbone.Backbone.PATIENCE;
import static org.awaitility.Awaitility.await;

/** Waits on how the group spread a consumer's partitions over its workers (package-private API of EventConsumer). */
final class Assignments {

  private Assignments() {
  }

  /** Waits until the consumer's workers together hold this many partitions (the group has settled). */
  static void awaitAssigned(EventConsumer consumer, int partitions) {
    await().atMost(PATIENCE).until(() -> {
      int held = 0;
      for (int i = 0; i < consumer.workers(); i++) {
        held += consumer.worker(i).assignment().size();
      }
      return held == partitions && consumer.worker(consumer.workers() - 1).assignment().size() > 0;
    });
  }
}
