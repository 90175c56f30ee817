package id.kinerja.deploy.launcher;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three KRaft nodes, each broker and controller (a quorum of three voters), as child JVMs on free ports with a data
 * directory each: the shape of production's Strimzi cluster ({@code deploy/k8s/base/kafka/kafka.yaml}) with its broker
 * settings (replication factor 3, min.insync.replicas 2). A node can be killed (SIGKILL) and started again on its
 * ports and data, which is what the cluster tests do to it.
 */
public final class KafkaCluster implements AutoCloseable {

  public static final int SIZE = 3;

  private final List<Node> nodes;

  private KafkaCluster(List<Node> nodes) {
    this.nodes = nodes;
  }

  /** One node: id 1..3, its client and controller ports, its data directory and its running process (or null). */
  public static final class Node {
    private final int id;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path log;
    private volatile Process process;

    private Node(int id, int port, int controllerPort, Path dataDir, Path log) {
      this.id = id;
      this.port = port;
      this.controllerPort = controllerPort;
      this.dataDir = dataDir;
      this.log = log;
    }

    public int id() {
      return id;
    }

    public int port() {
      return port;
    }

    public boolean isAlive() {
      return process != null && process.isAlive();
    }
  }

  public static KafkaCluster start(Path dataDir, Path logDir) {
    List<Node> nodes = new ArrayList<>();
    for (int id = 1; id <= SIZE; id++) {
      nodes.add(new Node(id, LocalRun.freePort(), LocalRun.freePort(), dataDir.resolve("node-" + id),
          logDir.resolve("kafka-" + id + ".log")));
    }
    KafkaCluster cluster = new KafkaCluster(nodes);
    String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    try {
      createDirectories(logDir);
      for (Node n : nodes) {
        cluster.format(n, clusterId);
      }
      // All at once: a node's broker listener opens only once a majority of the controllers has elected a leader.
      nodes.forEach(cluster::launch);
      for (Node n : nodes) {
        awaitListening(n, Duration.ofSeconds(90));
      }
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** Every node's client address: the services and the clients bootstrap from all three. */
  public String bootstrapServers() {
    return nodes.stream().map(n -> "127.0.0.1:" + n.port).collect(Collectors.joining(","));
  }

  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  public Node node(int id) {
    return nodes.get(id - 1);
  }

  /** SIGKILL: no controlled shutdown, the node's partitions lose their leader or a follower at once. */
  public void kill(int id) {
    Process p = node(id).process;
    if (p != null) {
      LocalRun.kill(p);
    }
  }

  /** Starts a stopped node again on its ports and data directory; waits until its broker listens. */
  public void startAgain(int id) {
    Node n = node(id);
    if (n.isAlive()) {
      throw new IllegalStateException("Kafka node " + id + " is still running");
    }
    launch(n);
    awaitListening(n, Duration.ofSeconds(90));
  }

  /** Starts several stopped nodes at once (two of three: neither listens before the other has joined the quorum). */
  public void startAgain(List<Integer> ids) {
    for (int id : ids) {
      if (node(id).isAlive()) {
        throw new IllegalStateException("Kafka node " + id + " is still running");
      }
      launch(node(id));
    }
    for (int id : ids) {
      awaitListening(node(id), Duration.ofSeconds(90));
    }
  }

  private String voters() {
    return nodes.stream().map(n -> n.id + "@127.0.0.1:" + n.controllerPort).collect(Collectors.joining(","));
  }

  private Path config(Node n) throws IOException {
    Files.createDirectories(n.dataDir);
    Path config = n.dataDir.resolve("server.properties");
    Files.writeString(config, String.join("\n",
        "process.roles=broker,controller",
        "node.id=" + n.id,
        // A static quorum of the three voters, as Strimzi's dual-role node pool has.
        "controller.quorum.voters=" + voters(),
        "listeners=PLAINTEXT://127.0.0.1:" + n.port + ",CONTROLLER://127.0.0.1:" + n.controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + n.port,
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name=PLAINTEXT",
        "log.dirs=" + n.dataDir.resolve("logs"),
        // Production's settings (kafka.yaml).
        "default.replication.factor=3",
        "min.insync.replicas=2",
        "offsets.topic.replication.factor=3",
        "transaction.state.log.replication.factor=3",
        "transaction.state.log.min.isr=2",
        "share.coordinator.state.topic.replication.factor=3",
        "share.coordinator.state.topic.min.isr=2",
        "auto.create.topics.enable=false",
        // Test-sized: few partitions for the internal topic, no wait for a group's first members.
        "offsets.topic.num.partitions=3",
        "group.initial.rebalance.delay.ms=0",
        "num.partitions=12",
        ""));
    return config;
  }

  private void format(Node n, String clusterId) {
    try {
      Path config = config(n);
      if (Files.exists(n.dataDir.resolve("logs").resolve("meta.properties"))) {
        return;
      }
      Process format = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "kafka.tools.StorageTool",
          "format", "-t", clusterId, "-c", config.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(n.log.toFile())).start();
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        throw new IllegalStateException("Kafka storage format of node " + n.id + " failed; see " + n.log);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot format Kafka node " + n.id, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void launch(Node n) {
    try {
      n.process = new ProcessBuilder(List.of(java(), "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-cp",
          System.getProperty("java.class.path"), "kafka.Kafka", n.dataDir.resolve("server.properties").toString()))
          .redirectErrorStream(true)
          // Appended: a restarted node keeps the log of its earlier life.
          .redirectOutput(ProcessBuilder.Redirect.appendTo(n.log.toFile())).start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Kafka node " + n.id, e);
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create " + dir, e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void awaitListening(Node n, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!n.isAlive()) {
        throw new IllegalStateException("Kafka node " + n.id + " exited; see " + n.log);
      }
      try (Socket s = new Socket("127.0.0.1", n.port)) {
        return;
      } catch (IOException e) {
        LocalRun.sleep(200);
      }
    }
    throw new IllegalStateException("Kafka node " + n.id + " not listening on " + n.port + " after " + timeout + "; see "
        + n.log);
  }

  /** SIGTERM to every node at once (controlled shutdowns), SIGKILL after 20 s. */
  @Override
  public void close() {
    List<Thread> stops = IntStream.range(0, nodes.size()).mapToObj(i -> new Thread(() -> {
      Process p = nodes.get(i).process;
      if (p != null) {
        LocalRun.stop(p, Duration.ofSeconds(20));
      }
    })).toList();
    stops.forEach(Thread::start);
    for (Thread t : stops) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
