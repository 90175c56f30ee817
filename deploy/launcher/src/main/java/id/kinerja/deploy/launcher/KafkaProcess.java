package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker as a child JVM on fixed ports, from the kafka_2.13 jar on the launcher's own
 * classpath (the in-JVM test kit picks its ports itself, and the launcher documents fixed ones).
 */
public final class KafkaProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final int controllerPort;
  private final Path dataDir;
  private final Path logDir;

  private KafkaProcess(Process process, int port, int controllerPort, Path dataDir, Path logDir) {
    this.process = process;
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.logDir = logDir;
  }

  public static KafkaProcess start(int port, int controllerPort, Path dataDir, Path logDir) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(logDir);
      Path config = dataDir.resolve("server.properties");
      Files.writeString(config, String.join("\n",
          "process.roles=broker,controller",
          "node.id=1",
          "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
          "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
          "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
          "controller.listener.names=CONTROLLER",
          "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
          "inter.broker.listener.name=PLAINTEXT",
          "log.dirs=" + dataDir.resolve("logs"),
          // One node: every internal topic has one replica, or consumer groups never form.
          "offsets.topic.replication.factor=1",
          "offsets.topic.num.partitions=1",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          "auto.create.topics.enable=false",
          "num.partitions=12",
          ""));
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classpath = System.getProperty("java.class.path");
      if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
        Process format = new ProcessBuilder(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "--standalone",
            "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", config.toString())
            .redirectErrorStream(true).redirectOutput(logDir.resolve("kafka-format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
          throw new IllegalStateException("Kafka storage format failed; see " + logDir.resolve("kafka-format.log"));
        }
      }
      Process p = new ProcessBuilder(List.of(java, "-Xms128m", "-Xmx512m", "-cp", classpath, "kafka.Kafka",
          config.toString())).redirectErrorStream(true)
          // Appended: a restarted broker keeps the log of its earlier life.
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("kafka.log").toFile())).start();
      KafkaProcess kafka = new KafkaProcess(p, port, controllerPort, dataDir, logDir);
      kafka.awaitListening(Duration.ofSeconds(60), logDir.resolve("kafka.log"));
      return kafka;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Kafka", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Starts the broker again on the same ports with the same data directory (after {@link #close()} or
   * {@link #kill()}): the topics, their records and the committed consumer offsets are those it had.
   */
  public KafkaProcess startAgain() {
    if (process.isAlive()) {
      throw new IllegalStateException("Kafka on " + port + " is still running");
    }
    return start(port, controllerPort, dataDir, logDir);
  }

  /** Kills without a controlled shutdown (for crash tests); the next start recovers the logs. */
  public void kill() {
    LocalRun.kill(process);
  }

  private void awaitListening(Duration timeout, Path log) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log);
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        LocalRun.sleep(200);
      }
    }
    throw new IllegalStateException("Kafka not listening on " + port + " after " + timeout + "; see " + log);
  }

  /** SIGTERM (a controlled shutdown), SIGKILL after 20 s. */
  @Override
  public void close() {
    LocalRun.stop(process, Duration.ofSeconds(20));
  }
}
