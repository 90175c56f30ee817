package id.kinerja.deploy.launcher;

import static id.kinerja.deploy.launcher.UjiKabupaten.ANGGARAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.EVENTS_PER_TRIWULAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.INDIKATOR;
import static id.kinerja.deploy.launcher.UjiKabupaten.KECAMATAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import id.kinerja.deploy.localstack.EmbeddedPostgresServer;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.deploy.testing.contract.ContractValidationFilter;

/**
 * The system on a Kafka cluster shaped like production's — three KRaft nodes, each broker and controller, topics with
 * replication factor 3 and min.insync.replicas 2, producers with acks=all — and three service processes on an embedded
 * PostgreSQL, started once for all cases:
 *
 * <ol>
 * <li>One node (the active controller) SIGKILLed during a batch load, brought back.</li>
 * <li>Two nodes SIGKILLed (no quorum, no in-sync majority): submissions are still accepted into the outbox, the relay
 * retries and publishes them when the nodes return.</li>
 * <li>A rolling restart of each service in turn (SIGTERM, graceful shutdown, start), as every deploy does, under
 * continuous submissions and reads.</li>
 * </ol>
 * After each: every accepted answer's change is in realization's database and its event in reporting's inbox exactly
 * once, every event on the topics is in the inbox once, and the figures equal the submitted values. A summary per fault
 * (events checked, lost, applied twice, longest client wait) is printed at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerClusterTest {

  static final String REALISASI_TOPIC = "kinerja.realisasi.v1";
  static final String PLANNING_TOPIC = "kinerja.planning.v1";
  static final String CONSUMER = "reporting-projections";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  /** How long a client keeps retrying one request (connection refused, 503) before it gives up. */
  private static final Duration CLIENT_PATIENCE = Duration.ofMinutes(3);

  private static Path root;
  private static Path run;
  private static EmbeddedPostgresServer postgres;
  private static KafkaCluster kafka;
  private static LocalSystem system;
  private static final List<String> SUMMARY = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    root = Path.of(System.getProperty("kinerja.project.root", "../..")).toAbsolutePath().normalize();
    Path runs = root.resolve("deploy/launcher/target/cluster-test");
    Files.createDirectories(runs);
    run = Files.createTempDirectory(runs, "run-");
    postgres = EmbeddedPostgresServer.start(0, run.resolve("pgdata"));
    kafka = KafkaCluster.start(run.resolve("kafka"), run.resolve("logs"));
    createTopicsAsProductionDeclaresThem();
    // Topics are declared (as Strimzi's KafkaTopic resources do in production), not created by the services. Shorter
    // timeouts than the defaults keep the run short: a dead consumer's membership ends after 10 s, a send without
    // metadata fails after 15 s, a relay attempt without acknowledgements after 10 s (test 2 waits for one).
    system = LocalSystem.start(root, new LocalSystem.Infra(postgres.baseUrl(), EmbeddedPostgresServer.USER,
        EmbeddedPostgresServer.PASSWORD, kafka.bootstrapServers()),
        new LocalSystem.Ports(LocalRun.freePort(), LocalRun.freePort(), LocalRun.freePort()), run, "192m",
        Map.of("kinerja.events.create-topics", "false", "kafka.session.timeout.ms", "10000", "kafka.max.block.ms", "15000",
            "kinerja.events.consumer.max-backoff", "2s", "kinerja.events.outbox.ack-wait", "10s"));

    Instant now = Instant.now();
    Ledger setup = new Ledger();
    for (String kec : KECAMATAN) {
      expect(call(setup, "POST", system.planning().baseUrl() + "/api/rencana-import",
          UjiKabupaten.plan(kec, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))), UjiKabupaten.planner(),
          Map.of()), 200, "plan import of " + kec);
    }
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      assertThat(count("realization", "select count(*) from indikator_copy where kecamatan_kode like '36.77.%'"))
          .isEqualTo(KECAMATAN.size() * INDIKATOR.size());
      assertThat(count("reporting", "select count(*) from rencana_copy where kecamatan_kode like '36.77.%'"))
          .isEqualTo(KECAMATAN.size());
      assertThat(count("realization", "select count(*) from jadwal_copy where kabupaten_kode = '36.77'")).isEqualTo(4);
    });
    // Every service's OpenAPI document is read now, while all run (the contract checks read it once).
    expect(call(setup, "GET", sheet(KECAMATAN.get(0), 1), null, UjiKabupaten.operator(KECAMATAN.get(0)), Map.of()), 200, "sheet");
    expect(call(setup, "GET", kabupatenUrl(), null, UjiKabupaten.planner(), Map.of()), 200, "kabupaten");
    expect(call(setup, "GET", laporanUrl(KECAMATAN.get(0)), null, UjiKabupaten.bagianOrganisasi(), Map.of()), 200, "laporan");
    assertThat(setup.contractProblems).isEmpty();
  }

  /** kinerja.planning.v1 and kinerja.realisasi.v1 and the dead-letter topics as deploy/k8s/base/kafka/topics.yaml has them. */
  private static void createTopicsAsProductionDeclaresThem() throws Exception {
    Map<String, String> events = Map.of("retention.ms", "-1", "min.insync.replicas", "2");
    try (Admin admin = admin()) {
      admin.createTopics(List.of(
          new NewTopic(PLANNING_TOPIC, 12, (short) 3).configs(events),
          new NewTopic(REALISASI_TOPIC, 24, (short) 3).configs(events),
          new NewTopic("kinerja.dlt.realization-plan-copy", 3, (short) 3).configs(Map.of("retention.ms", "-1")),
          new NewTopic("kinerja.dlt." + CONSUMER, 3, (short) 3).configs(Map.of("retention.ms", "-1"))))
          .all().get(60, TimeUnit.SECONDS);
      // Created is not yet known everywhere: a node that has not seen the new metadata answers "does not host this
      // topic-partition" for a moment.
      await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().untilAsserted(() -> {
        Map<String, TopicDescription> topics = admin.describeTopics(List.of(PLANNING_TOPIC, REALISASI_TOPIC))
            .allTopicNames().get(30, TimeUnit.SECONDS);
        topics.values().forEach(t -> t.partitions().forEach(p -> assertThat(p.replicas()).hasSize(3)));
        Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, REALISASI_TOPIC)))
            .all().get(30, TimeUnit.SECONDS).values().iterator().next();
        assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
      });
    }
  }

  @AfterAll
  static void stop() {
    String summary = "\n==== Broker cluster and rolling restart run ====\n" + String.join("\n", SUMMARY) + "\n";
    System.out.println(summary);
    try {
      if (run != null) {
        Files.writeString(run.resolve("summary.txt"), summary);
        Files.writeString(run.getParent().resolve("summary.txt"), "run " + run.getFileName() + summary);
      }
    } catch (IOException e) {
      System.err.println("cannot write the summary: " + e);
    }
    if (system != null) {
      system.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 1. One broker dies

  @Test
  @Order(1)
  void oneBrokerKilledDuringABatchLoadLosesNothingAndTheClusterGoesOn() throws Exception {
    String fault = "one of three Kafka nodes (the active controller) SIGKILLed during a batch load, brought back";
    long mark = lastOutboxRow();
    long inboxBefore = realisasiInInbox();
    int victim = activeController();
    Ledger ledger = new Ledger();
    ExecutorService clients = Executors.newFixedThreadPool(KECAMATAN.size());
    try {
      List<Future<?>> load = KECAMATAN.stream().<Future<?>>map(kec -> clients.submit(() -> completeTriwulan(ledger, kec, 1))).toList();
      // Killed once the events flow: the first have reached reporting, the rest are still coming.
      await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> realisasiInInbox() > inboxBefore);
      long appliedAtKill = realisasiInInbox() - inboxBefore;
      kafka.kill(victim);
      ledger.note("node %d killed after %d of %d events had reached reporting", victim, appliedAtKill,
          KECAMATAN.size() * EVENTS_PER_TRIWULAN);
      assertThat(appliedAtKill).as("the kill must happen while the events flow").isLessThan(KECAMATAN.size() * EVENTS_PER_TRIWULAN);
      for (Future<?> f : load) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    // With two of three nodes every event is delivered: acks=all is met by two in-sync replicas.
    List<String> ids = column("realization", "select event_id from outbox_event where id > " + mark);
    assertThat(ids).hasSize(KECAMATAN.size() * EVENTS_PER_TRIWULAN);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    assertThat(kafka.node(victim).isAlive()).isFalse();
    ledger.note("all %d events applied while node %d was down; the new active controller is node %d", ids.size(), victim,
        activeController());

    kafka.startAgain(victim);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(underReplicatedPartitions()).isZero());
    check(fault, ledger, mark, Set.of(1));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. Two brokers die

  @Test
  @Order(2)
  void twoBrokersKilledSubmissionsAreAcceptedIntoTheOutboxAndPublishedWhenTheyReturn() throws Exception {
    String fault = "two of three Kafka nodes SIGKILLed (no controller quorum, min.insync.replicas 2 unmet), brought back";
    long mark = lastOutboxRow();
    List<Integer> victims = kafka.nodes().stream().map(KafkaCluster.Node::id).filter(id -> id != 3).toList();
    long relayFailuresBefore = relayFailures().size();
    int deadLettersBefore = DeadLetters.list(kafka.bootstrapServers(), CONSUMER).size();
    victims.forEach(kafka::kill);
    Ledger ledger = new Ledger();
    ledger.note("nodes %s killed, node 3 alone", victims);

    // The whole of TW II, four kecamatan: every answer 2xx, committed to the outbox only.
    ExecutorService clients = Executors.newFixedThreadPool(KECAMATAN.size());
    try {
      for (Future<?> f : KECAMATAN.stream().<Future<?>>map(kec -> clients.submit(() -> completeTriwulan(ledger, kec, 2))).toList()) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    int produced = KECAMATAN.size() * EVENTS_PER_TRIWULAN;
    List<String> ids = column("realization", "select event_id from outbox_event where id > " + mark);
    assertThat(ids).hasSize(produced);
    assertThat(ledger.retries.get()).as("no submission needed a retry: they only write the outbox").isZero();
    // The relay's attempt fails (no acknowledgement from two in-sync replicas) and is retried; nothing is marked.
    String failure = await().atMost(PATIENCE).until(BrokerClusterTest::relayFailures, l -> l.size() > relayFailuresBefore)
        .get((int) relayFailuresBefore);
    ledger.note("relay while two nodes were down: %s", failure.substring(failure.indexOf("Outbox relay failed")));
    assertThat(failure).contains("nothing marked, they are sent again");
    assertThat(count("realization", "select count(*) from outbox_event where id > " + mark + " and published_at is null"))
        .isEqualTo(produced);
    assertThat(inboxCount(ids)).isZero();

    kafka.startAgain(victims);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(
        count("realization", "select count(*) from outbox_event where published_at is null")).isZero());
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(underReplicatedPartitions()).isZero());
    // A retry, never a dead letter.
    assertThat(DeadLetters.list(kafka.bootstrapServers(), CONSUMER)).hasSize(deadLettersBefore);
    ledger.note("relay attempts that failed while the nodes were down: %d; copies on the topic: %s",
        relayFailures().size() - relayFailuresBefore, copiesHistogram(Set.copyOf(ids)));
    check(fault, ledger, mark, Set.of(1, 2));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 3. Rolling restart

  @Test
  @Order(3)
  void rollingRestartOfEachServiceUnderContinuousSubmissionsLosesNoAcceptedRequest() throws Exception {
    String fault = "rolling restart of planning, realization and reporting (SIGTERM, graceful shutdown, start) under"
        + " continuous submissions";
    long mark = lastOutboxRow();
    Ledger ledger = new Ledger();
    AtomicBoolean restarting = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(KECAMATAN.size() + 1);
    List<Future<?>> load = new ArrayList<>();
    try {
      for (String kec : KECAMATAN) {
        load.add(clients.submit(() -> {
          completeTriwulan(ledger, kec, 3);
          // Corrections, cell after cell, for as long as the restarts last; the last round restores the submitted value.
          // Two rounds per cell: another value, then the submitted one again.
          int round = 0;
          while (restarting.get() || round % 2 == 1) {
            String kode = INDIKATOR.get(round / 2 % INDIKATOR.size());
            BigDecimal nilai = UjiKabupaten.nilai(kec, 3, kode);
            correctVerifyApprove(ledger, kec, 3, kode, round % 2 == 0 ? nilai.add(BigDecimal.valueOf(100)) : nilai);
            round++;
            // An operator's pace, not a benchmark's: the restarting services get the cores they need to start (at
            // 200 ms planning, which the load does not pause, took 20-45 s to be ready again on two cores).
            LocalRun.sleep(1_000);
          }
          return null;
        }));
      }
      // A reader of each service the whole time: the longest wait counts reads too.
      load.add(clients.submit(() -> {
        while (restarting.get()) {
          expect(call(ledger, "GET", kabupatenUrl(), null, UjiKabupaten.planner(), Map.of()), 200, "kabupaten");
          expect(call(ledger, "GET", laporanUrl(KECAMATAN.get(0)), null, UjiKabupaten.bagianOrganisasi(), Map.of()), 200,
              "laporan");
          LocalRun.sleep(250);
        }
        return null;
      }));
      LocalRun.sleep(3_000);
      for (String service : LocalSystem.SERVICES) {
        ServiceProcess old = system.services().get(LocalSystem.SERVICES.indexOf(service));
        int stopsLogged = logLines(old.log(), "stopped in").size();
        long t0 = System.nanoTime();
        system.restart(service, false, Map.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // 143 = ended by the SIGTERM after its shutdown; 137 would be the SIGKILL after the grace period.
        assertThat(old.exitValue()).as("%s's exit status after SIGTERM", service).isEqualTo(143);
        assertThat(logLines(old.log(), "stopped in")).as("%s logged its shutdown", service).hasSize(stopsLogged + 1);
        ledger.note("%s: SIGTERM, stopped gracefully (exit 143), ready again %d ms after the SIGTERM", service, ms);
        LocalRun.sleep(3_000);
      }
      restarting.set(false);
      for (Future<?> f : load) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      restarting.set(false);
      clients.shutdownNow();
    }
    Instant loadEnded = Instant.now();
    ledger.note("%d requests answered; %d retries with the same Idempotency-Key, %d of them after a 503, the others after"
        + " a refused or reset connection", ledger.requests.get(), ledger.retries.get(), ledger.unavailable.get());
    // No figure left stale: once the load ends, the figures catch up with every accepted change.
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      for (String kec : KECAMATAN) {
        Figures.assertEqualSubmitted(system.reporting().baseUrl(), kec, Set.of(1, 2, 3), "PROVISIONAL");
      }
    });
    ledger.note("the figures equalled the submitted values %d ms after the load ended",
        Duration.between(loadEnded, Instant.now()).toMillis());
    // Clean stops: the relay finished its batch and marked it (no event sent twice), the consumer committed the offsets
    // of what it applied (the restarted one was handed nothing it had applied already).
    List<String> ids = column("realization", "select event_id from outbox_event where id > " + mark);
    String copies = copiesHistogram(Set.copyOf(ids));
    double redelivered = metric(system.reporting(), "kinerja_consumer_duplicates_total");
    ledger.note("copies on the topic: %s; events the restarted reporting-service received again: %.0f", copies, redelivered);
    assertThat(copies).isEqualTo(ids.size() + " events ×1");
    assertThat(redelivered).isZero();
    check(fault, ledger, mark, Set.of(1, 2, 3));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checks

  /**
   * Every change an answer accepted (after {@code mark}) is in realization's database and produced exactly one event,
   * which is in reporting's inbox once; every event on both topics is in the inbox once; the figures equal the values
   * submitted in {@code triwulan}. Adds the fault's line to the summary.
   */
  private static void check(String fault, Ledger ledger, long mark, Set<Integer> triwulan) throws Exception {
    assertThat(ledger.contractProblems).as("answers that break the OpenAPI contract").isEmpty();
    Map<Change, List<String>> events = outboxEventsAfter(mark);
    List<String> acceptedLost = new ArrayList<>();
    for (Change c : ledger.accepted) {
      if (!inRealizationDatabase(c)) {
        acceptedLost.add(c + ": not in realization's database");
      } else if (events.getOrDefault(c, List.of()).size() != 1) {
        acceptedLost.add(c + ": " + events.getOrDefault(c, List.of()).size() + " events in the outbox");
      }
    }
    List<String> acceptedIds = ledger.accepted.stream().flatMap(c -> events.getOrDefault(c, List.of()).stream()).toList();
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(acceptedIds)).isEqualTo(acceptedIds.size()));

    Set<String> onTopics = new HashSet<>();
    for (String topic : List.of(PLANNING_TOPIC, REALISASI_TOPIC)) {
      for (ConsumerRecord<String, String> r : new TopicProbe(kafka.bootstrapServers()).read(topic, x -> true, Duration.ofMillis(300))) {
        onTopics.add(JSON.readTree(r.value()).path("id").asText());
      }
    }
    Set<String> inbox = new HashSet<>();
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
      inbox.clear();
      inbox.addAll(column("reporting", "select event_id from inbox_event where consumer = '" + CONSUMER + "'"));
      return inbox.containsAll(onTopics);
    });
    Set<String> lost = new HashSet<>(onTopics);
    lost.removeAll(inbox);
    long twice = count("reporting", "select count(*) from (select event_id from inbox_event where consumer = '" + CONSUMER
        + "' group by event_id having count(*) > 1) d");
    List<String> allOutbox = column("realization", "select event_id from outbox_event");
    Set<String> unpublished = new HashSet<>(allOutbox);
    unpublished.removeAll(onTopics);

    SUMMARY.add(String.format("fault: %s%n%s  EVENTS CHECKED = %d, ACCEPTED ANSWERS CHECKED = %d, EVENTS LOST = %d,"
        + " EVENTS APPLIED TWICE = %d, LONGEST CLIENT WAIT = %d ms", fault,
        ledger.notes.stream().map(n -> "  note: " + n + "\n").reduce("", String::concat), onTopics.size(),
        ledger.accepted.size(), lost.size() + acceptedLost.size() + unpublished.size(), twice,
        ledger.longestWaitMillis.get()));
    System.out.println("[cluster-test] " + SUMMARY.get(SUMMARY.size() - 1));
    assertThat(acceptedLost).as("accepted and lost").isEmpty();
    assertThat(unpublished).as("outbox events never published").isEmpty();
    assertThat(lost).as("events on the topics missing from reporting's inbox").isEmpty();
    assertThat(twice).isZero();
    for (String kec : KECAMATAN) {
      Figures.assertEqualSubmitted(system.reporting().baseUrl(), kec, triwulan, "OFFICIAL");
      Figures.assertEqualSubmitted(system.reporting().baseUrl(), kec, triwulan, "PROVISIONAL");
    }
  }

  /** One cell's state change as an answer reports it and as its event carries it. */
  record Change(String kec, int tw, boolean anggaran, String kode, int versi, int revisi, String status) {
  }

  private static Map<Change, List<String>> outboxEventsAfter(long mark) throws Exception {
    Map<Change, List<String>> events = new HashMap<>();
    try (Connection c = connect("realization"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select event_id, envelope from outbox_event where id > " + mark + " order by id")) {
      while (rs.next()) {
        JsonNode p = JSON.readTree(rs.getString(2)).path("payload");
        boolean anggaran = p.has("anggaranKode");
        Change change = new Change(p.path("kecamatanKode").asText(), p.path("triwulan").asInt(), anggaran,
            p.path(anggaran ? "anggaranKode" : "indikatorKode").asText(), p.path("versi").asInt(), p.path("revisi").asInt(),
            p.path("status").asText());
        events.computeIfAbsent(change, k -> new ArrayList<>()).add(rs.getString(1));
      }
    }
    return events;
  }

  private static boolean inRealizationDatabase(Change c) throws SQLException {
    String table = c.anggaran() ? "realisasi_anggaran" : "realisasi_indikator";
    String kode = c.anggaran() ? "anggaran_kode" : "indikator_kode";
    try (Connection conn = connect("realization");
        PreparedStatement ps = conn.prepareStatement("select count(*) from " + table + " where kecamatan_kode = ? and tahun = ?"
            + " and triwulan = ? and " + kode + " = ? and versi = ? and revisi >= ?")) {
      ps.setString(1, c.kec());
      ps.setInt(2, TAHUN);
      ps.setInt(3, c.tw());
      ps.setString(4, c.kode());
      ps.setInt(5, c.versi());
      ps.setInt(6, c.revisi());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) == 1;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Clients

  /** What the clients of one fault saw: the changes accepted, the longest wait, retries, answers breaking the contract. */
  static final class Ledger {
    final Set<Change> accepted = ConcurrentHashMap.newKeySet();
    final AtomicLong longestWaitMillis = new AtomicLong();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    /** Retries after a 503 (a service draining its requests at shutdown, or not ready), of {@link #retries}. */
    final AtomicInteger unavailable = new AtomicInteger();
    final List<String> contractProblems = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();

    void note(String format, Object... args) {
      String line = String.format(format, args);
      notes.add(line);
      System.out.println("[cluster-test] " + line);
    }

    /** Records the cell changes a 2xx answer of {@code kec}'s triwulan {@code tw} reports. */
    void accept(String kec, int tw, JsonNode body) {
      List<JsonNode> cells = new ArrayList<>();
      body.path("hasil").forEach(cells::add);
      body.path("sel").forEach(cells::add);
      if (body.has("versi")) {
        cells.add(body);
      }
      for (JsonNode cell : cells) {
        if ("UNCHANGED".equals(cell.path("hasil").asText())) {
          continue;
        }
        boolean anggaran = cell.has("anggaranKode") || cell.path("jenis").asText().toUpperCase().contains("ANGGARAN");
        String kode = cell.has("kode") ? cell.path("kode").asText()
            : cell.path(anggaran ? "anggaranKode" : "indikatorKode").asText();
        accepted.add(new Change(kec, tw, anggaran, kode, cell.path("versi").asInt(), cell.path("revisi").asInt(),
            cell.path("status").asText()));
      }
    }
  }

  /**
   * Sends like a well-behaved client: a refused or reset connection and a 503 are retried (after Retry-After, at most
   * 1 s) with the same headers, so the same Idempotency-Key, for up to {@link #CLIENT_PATIENCE}. The wait counts from
   * the first attempt to the answer.
   */
  static HttpResponse<String> call(Ledger ledger, String method, String url, String json, String token,
      Map<String, String> headers) {
    long t0 = System.nanoTime();
    long deadline = t0 + CLIENT_PATIENCE.toNanos();
    while (true) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
      headers.forEach(b::header);
      b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      HttpResponse<String> r = null;
      String failure;
      try {
        r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> answerHeaders = new HashMap<>();
        r.headers().map().forEach((k, v) -> answerHeaders.put(k, String.join(", ", v)));
        try {
          ContractValidationFilter.check(method, url, r.statusCode(), answerHeaders, r.body());
        } catch (AssertionError e) {
          ledger.contractProblems.add(method + " " + url + " " + r.statusCode() + ": " + e.getMessage());
        }
        failure = r.statusCode() == 503 ? "503" : null;
      } catch (IOException e) {
        failure = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (failure == null) {
        ledger.requests.incrementAndGet();
        ledger.longestWaitMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(method + " " + url + " still failing after " + CLIENT_PATIENCE + ": " + failure);
      }
      ledger.retries.incrementAndGet();
      if (r != null) {
        ledger.unavailable.incrementAndGet();
      }
      long pause = r == null ? 200 : Math.min(1000, 1000L * r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
      LocalRun.sleep(pause);
    }
  }

  static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new AssertionError(what + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  /** Submits every cell of a triwulan in one batch, then verifies and approves it: 36 events. */
  static void completeTriwulan(Ledger ledger, String kec, int tw) {
    accepted(ledger, kec, tw, expect(call(ledger, "POST", sheet(kec, tw) + "/batch", UjiKabupaten.batch(kec, tw, Set.of()),
        UjiKabupaten.operator(kec), Map.of("Idempotency-Key", UUID.randomUUID().toString())), 200, "batch " + kec + " TW " + tw));
    for (String action : List.of("verify", "approve")) {
      HttpResponse<String> sheet = expect(call(ledger, "GET", sheet(kec, tw), null, UjiKabupaten.verifier(kec), Map.of()), 200,
          "sheet");
      accepted(ledger, kec, tw, expect(call(ledger, "POST", sheet(kec, tw) + "/" + action, "{}", UjiKabupaten.verifier(kec),
          Map.of("If-Match", sheet.headers().firstValue("ETag").orElseThrow(), "Idempotency-Key", UUID.randomUUID().toString())),
          200, action + " " + kec + " TW " + tw));
    }
  }

  /** Opens a correction of an approved cell with {@code nilai}, verifies and approves it: 3 events. */
  static void correctVerifyApprove(Ledger ledger, String kec, int tw, String kode, BigDecimal nilai) {
    String cell = sheet(kec, tw) + "/indikator/" + kode;
    String etag = etag(ledger, cell, UjiKabupaten.operator(kec));
    String correction = "{\"alasanKoreksi\": \"Uji mulai ulang bergilir\", \"keadaan\": \"REPORTED\", \"nilai\": " + nilai
        + ", \"ajukan\": true}";
    accepted(ledger, kec, tw, expect(call(ledger, "POST", cell + "/corrections", correction, UjiKabupaten.operator(kec),
        Map.of("If-Match", etag, "Idempotency-Key", UUID.randomUUID().toString())), 201, "correction of " + cell));
    for (String action : List.of("verify", "approve")) {
      accepted(ledger, kec, tw, expect(call(ledger, "POST", cell + "/" + action, "{}", UjiKabupaten.verifier(kec),
          Map.of("If-Match", etag(ledger, cell, UjiKabupaten.verifier(kec)), "Idempotency-Key", UUID.randomUUID().toString())),
          200, action + " " + cell));
    }
  }

  private static String etag(Ledger ledger, String cell, String token) {
    return expect(call(ledger, "GET", cell, null, token, Map.of()), 200, "cell").headers().firstValue("ETag").orElseThrow();
  }

  private static void accepted(Ledger ledger, String kec, int tw, HttpResponse<String> r) {
    try {
      ledger.accept(kec, tw, JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sheet(String kec, int tw) {
    return system.realization().baseUrl() + "/api/kecamatan/" + kec + "/realisasi/" + TAHUN + "/" + tw;
  }

  static String kabupatenUrl() {
    return system.planning().baseUrl() + "/api/kabupaten/" + UjiKabupaten.KABUPATEN;
  }

  static String laporanUrl(String kec) {
    return system.reporting().baseUrl() + "/api/laporan/kecamatan/" + kec + "/" + TAHUN;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Kafka

  private static Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
  }

  private static int activeController() throws Exception {
    try (Admin admin = admin()) {
      return admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
    }
  }

  /** Partitions of the event topics with fewer than three in-sync replicas. */
  private static long underReplicatedPartitions() throws Exception {
    try (Admin admin = admin()) {
      Collection<TopicDescription> topics = admin.describeTopics(List.of(PLANNING_TOPIC, REALISASI_TOPIC)).allTopicNames()
          .get(30, TimeUnit.SECONDS).values();
      return topics.stream().flatMap(t -> t.partitions().stream()).map(TopicPartitionInfo::isr).filter(isr -> isr.size() < 3)
          .count();
    }
  }

  /** How many times the given events are on the realisasi topic, as "n events ×k". */
  private static String copiesHistogram(Set<String> ids) throws IOException {
    Map<String, Integer> copies = new HashMap<>();
    for (ConsumerRecord<String, String> r : new TopicProbe(kafka.bootstrapServers()).read(REALISASI_TOPIC, x -> true,
        Duration.ofMillis(300))) {
      String id = JSON.readTree(r.value()).path("id").asText();
      if (ids.contains(id)) {
        copies.merge(id, 1, Integer::sum);
      }
    }
    Map<Integer, Integer> histogram = new LinkedHashMap<>();
    copies.values().stream().sorted().forEach(n -> histogram.merge(n, 1, Integer::sum));
    return histogram.entrySet().stream().map(e -> e.getValue() + " events ×" + e.getKey()).reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  /** Sum of every series of a metric on the service's /q/metrics. */
  private static double metric(ServiceProcess service, String name) throws IOException, InterruptedException {
    String text = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/metrics")).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(id.kinerja.deploy.testing.Metrics.series(text, name)).as("%s on %s's /q/metrics", name, service.name())
        .isPositive();
    return id.kinerja.deploy.testing.Metrics.sum(text, name);
  }

  private static List<String> relayFailures() throws IOException {
    return logLines(system.realization().log(), "Outbox relay failed");
  }

  private static List<String> logLines(Path log, String containing) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(containing)).toList();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Database

  private static long lastOutboxRow() throws SQLException {
    return count("realization", "select coalesce(max(id), 0) from outbox_event");
  }

  private static long realisasiInInbox() throws SQLException {
    return count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER
        + "' and event_type like 'realisasi.%'");
  }

  private static long inboxCount(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    return count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_id in ("
        + String.join(",", ids.stream().map(id -> "'" + UUID.fromString(id) + "'").toList()) + ")");
  }

  static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
  }

  static long count(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> column(String database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
