package id.kinerja.deploy.localstack;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) inside the JVM, on a free port. The
 * replication settings for the internal topics must be 1 on one node, or consumer groups never form.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  public static EmbeddedKafka start() {
    // The broker lives and dies with this JVM. At exit its log directories are removed while it still runs;
    // its fatal-error path would then halt the JVM with status 1 and fail a test run whose tests all passed.
    // A halt or exit requested by the embedded broker is reported, not obeyed.
    Exit.setHaltProcedure((code, message) -> System.err.println("embedded Kafka asked to halt (" + code + "): " + message));
    Exit.setExitProcedure((code, message) -> System.err.println("embedded Kafka asked to exit (" + code + "): " + message));
    try {
      KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
          .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "1")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
          .setConfigProp("share.coordinator.state.topic.min.isr", "1")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .setConfigProp("auto.create.topics.enable", "false")
          .setConfigProp("num.partitions", "3")
          .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new EmbeddedKafka(cluster);
    } catch (Exception e) {
      throw new IllegalStateException("In-JVM Kafka broker could not start: " + e.getMessage()
          + ". Point the build at an existing broker instead: export KINERJA_KAFKA_BOOTSTRAP=HOST:9092", e);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
