package id.kinerja.deploy.launcher;

import static id.kinerja.deploy.launcher.UjiKabupaten.ANGGARAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.EVENTS_PER_TRIWULAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.INDIKATOR;
import static id.kinerja.deploy.launcher.UjiKabupaten.KECAMATAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.KECAMATAN_BEBAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

import id.kinerja.deploy.localstack.EmbeddedPostgresServer;
import id.kinerja.deploy.testing.TopicProbe;
import id.kinerja.deploy.testing.contract.ContractValidationFilter;

/**
 * Faults injected into the running system — three service processes, a Kafka broker process this test stops and
 * starts, an embedded PostgreSQL — while realisasi flow from realization-service to reporting-service. After every
 * fault: nothing submitted is lost (every event id on the topics is in reporting's inbox, every submitted value is in
 * the figures), nothing is applied twice (one inbox row per id; figures equal the submitted values and a clean
 * rebuild). The counts are printed at the end of the run.
 *
 * <ol>
 * <li>Broker down while realisasi are submitted and approved.</li>
 * <li>reporting-service killed (SIGKILL) while a few hundred events flow, restarted.</li>
 * <li>The consumer's database connection terminated in the middle of its transaction, twice.</li>
 * <li>Poison records: unparseable, schema-invalid, and an event whose application keeps failing; replay.</li>
 * <li>The relay's crash window: events sent, process killed before they were marked, sent again on restart.</li>
 * <li>PostgreSQL stopped: every service answers 503 with Retry-After (problem+json, in the client's language), stores
 * nothing, and works again once the database is back, without a restart; the client's retry is processed anew.</li>
 * <li>PostgreSQL crashed (immediate shutdown) while four clients load batches, restarted on the same data: every answer
 * 2xx or 503 with Retry-After, every accepted submission stored once with each of its events, each applied once.</li>
 * <li>PostgreSQL crashed while reporting's consumer is inside its transaction: no partial projection after the
 * restart, everything applied once.</li>
 * <li>A base backup of the server taken while clients load batches, restored into a fresh server; realization-service
 * runs on the restored database and reporting, rebuilt from the topics, shows the same figures.</li>
 * </ol>
 * Per test it prints the events checked, lost and applied twice and the longest time a client waited for an answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

  static final String REALISASI_TOPIC = "kinerja.realisasi.v1";
  static final String PLANNING_TOPIC = "kinerja.planning.v1";
  static final String CONSUMER = "reporting-projections";
  /** OutboxRelay.LOCK_KEY: the advisory lock one relay per database holds while it publishes. */
  static final long RELAY_LOCK = 0x6b696e65726a61L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static Path root;
  private static Path run;
  private static EmbeddedPostgresServer postgres;
  /** The server restored from a base backup (test 11). */
  private static EmbeddedPostgresServer restored;
  private static KafkaProcess kafka;
  private static LocalSystem system;

  /** What was injected, by kind, in order. */
  private static final Map<String, Integer> FAULTS = new LinkedHashMap<>();
  private static int eventsChecked;
  private static int eventsLost = -1;
  private static int eventsAppliedTwice = -1;
  private static int duplicateDeliveries;
  private static final List<String> NOTES = new ArrayList<>();
  /** Per test with faults: what was injected, events checked, lost, applied twice, the longest wait of a client. */
  private static final List<String> PER_TEST = new ArrayList<>();
  /** The longest time any request of the test waited for its answer (ms). */
  private static final AtomicLong LONGEST_WAIT = new AtomicLong();
  private static final List<String> TEST_FAULTS = new ArrayList<>();
  private static boolean checkedSinceLastFault;
  private static boolean loadPlansImported;

  @BeforeAll
  static void start() throws IOException {
    root = Path.of(System.getProperty("kinerja.project.root", "../..")).toAbsolutePath().normalize();
    // A directory of its own per run: in a shared working tree another build may run this test at the same time.
    Path runs = root.resolve("deploy/launcher/target/fault-test");
    Files.createDirectories(runs);
    run = Files.createTempDirectory(runs, "run-");
    // A data directory of its own, kept when the server stops: test 7 stops PostgreSQL and starts it again on it.
    postgres = EmbeddedPostgresServer.start(0, run.resolve("pgdata"));
    kafka = KafkaProcess.start(LocalRun.freePort(), LocalRun.freePort(), run.resolve("kafka"), run.resolve("logs"));
    // Shorter than the defaults to keep the run short: a killed consumer's group membership ends after the session
    // timeout (10 s instead of 45 s); a send without the broker's metadata fails after max.block.ms (15 s, not 60 s).
    system = LocalSystem.start(root, new LocalSystem.Infra(postgres.baseUrl(), EmbeddedPostgresServer.USER,
        EmbeddedPostgresServer.PASSWORD, kafka.bootstrapServers()),
        new LocalSystem.Ports(LocalRun.freePort(), LocalRun.freePort(), LocalRun.freePort()), run, "192m",
        Map.of("kafka.session.timeout.ms", "10000", "kafka.max.block.ms", "15000", "kinerja.events.consumer.max-backoff", "2s"));

    Instant now = Instant.now();
    for (String kec : KECAMATAN) {
      HttpResponse<String> r = send("POST", system.planning().baseUrl() + "/api/rencana-import",
          UjiKabupaten.plan(kec, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))), UjiKabupaten.planner(), Map.of());
      assertThat(r.statusCode()).as("plan import of %s: %s", kec, r.body()).isEqualTo(200);
    }
    // The plans travel through Kafka: wait until both consumers hold all four.
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      assertThat(count("realization", "select count(*) from indikator_copy where kecamatan_kode like '36.77.%'"))
          .isEqualTo(KECAMATAN.size() * INDIKATOR.size());
      assertThat(count("reporting", "select count(*) from rencana_copy where kecamatan_kode like '36.77.%'"))
          .isEqualTo(KECAMATAN.size());
      assertThat(count("realization", "select count(*) from jadwal_copy where kabupaten_kode = '36.77'")).isEqualTo(4);
    });
  }

  @AfterAll
  static void stop() {
    String summary = summary();
    System.out.println(summary);
    try {
      Files.writeString(run.resolve("summary.txt"), summary + "\n");
      Files.writeString(run.getParent().resolve("summary.txt"), "run " + run.getFileName() + summary + "\n");
    } catch (IOException | RuntimeException e) {
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
    if (restored != null) {
      restored.close();
    }
  }

  @BeforeEach
  void beginTest() {
    LONGEST_WAIT.set(0);
    TEST_FAULTS.clear();
    checkedSinceLastFault = false;
  }

  /** The per-test line of the summary: the faults of the test, what was checked after them, the longest wait. */
  @AfterEach
  void tallyTest(TestInfo test) {
    if (TEST_FAULTS.isEmpty()) {
      return;
    }
    String outcome;
    try {
      if (!checkedSinceLastFault) {
        assertNoEventLostOrAppliedTwice();
      }
      outcome = String.format("events checked = %d, lost = %d, applied twice = %d", eventsChecked, eventsLost, eventsAppliedTwice);
    } catch (Exception | AssertionError e) {
      outcome = "events not checked (" + e.getClass().getSimpleName() + ")";
    }
    PER_TEST.add(String.format("%s [%s]: %s, longest client wait = %d ms", test.getTestMethod().map(m -> m.getName()).orElse("?"),
        String.join("; ", TEST_FAULTS), outcome, LONGEST_WAIT.get()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 1. Broker down

  @Test
  @Order(1)
  void brokerDownWhileRealisasiAreSubmittedAndDeliveredOnceItReturns() throws Exception {
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    kafka.close();
    fault("broker stopped (controlled shutdown) while realisasi were submitted");
    assertThat(kafka.isAlive()).isFalse();

    // The whole of TW I, four kecamatan: submitted, verified and approved with no broker.
    for (String kec : KECAMATAN) {
      completeTriwulan(kec, 1);
    }
    int produced = KECAMATAN.size() * EVENTS_PER_TRIWULAN;
    List<String> ids = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow);
    assertThat(ids).hasSize(produced);
    // Committed, not lost, waiting: the backlog metric says so while the broker is away.
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(metric(system.realization(), "kinerja_outbox_backlog"))
        .isGreaterThanOrEqualTo(produced));
    assertThat(count("realization", "select count(*) from outbox_event where published_at is null")).isEqualTo(produced);
    assertThat(reportedCells(KECAMATAN.get(0), 1, "PROVISIONAL")).isZero();
    // Keep the broker away until the relay has given up on an attempt (here: its first send found no metadata).
    String relayFailure = await().atMost(PATIENCE).until(() -> logLines(system.realization(), "Outbox relay failed"),
        l -> !l.isEmpty()).get(0);
    assertThat(relayFailure).contains("did not acknowledge");
    note("relay while the broker was down: %s", relayFailure.substring(relayFailure.indexOf("Outbox relay failed")));

    // A read that needs the broker (the projection status reads the consumer's lag from it) says so: 503, Retry-After.
    HttpResponse<String> status = send("GET", system.reporting().baseUrl() + "/api/admin/proyeksi", null,
        UjiKabupaten.operatorSistem(), Map.of());
    assertThat(status.statusCode()).as(status.body()).isEqualTo(503);
    assertThat(status.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(status.body()).path("detail").asText()).contains("Antrean pesan sementara tidak dapat dihubungi");

    int relayFailuresBeforeReturn = logLines(system.realization(), "Outbox relay failed").size();
    kafka = kafka.startAgain();

    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(count("realization", "select count(*) from outbox_event where published_at is null")).isZero();
      assertThat(metric(system.realization(), "kinerja_outbox_backlog")).isZero();
    });
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    for (String kec : KECAMATAN) {
      assertFigures(kec, Set.of(1), "OFFICIAL");
    }
    // Every event is on the topic. The attempts made while the broker was away left no copy behind: their producers
    // were discarded with what they buffered. An attempt the relay gave up on while the broker was coming back can
    // have had part of its batch written (at least once, docs/events.md): each such attempt adds at most one copy of
    // an event, and the inbox above shows each event applied once.
    Map<String, Integer> copies = copiesOnTopic(REALISASI_TOPIC, Set.copyOf(ids));
    assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    List<String> failuresAfterReturn = logLines(system.realization(), "Outbox relay failed").stream()
        .skip(relayFailuresBeforeReturn).toList();
    assertThat(copies.values()).as("copies of an event on the topic; relay attempts that failed after the broker came back: %s",
        failuresAfterReturn).allSatisfy(n -> assertThat(n).isBetween(1, 1 + failuresAfterReturn.size()));
    note("broker outage: %d events committed while the broker was down, all delivered; copies on the topic: %s;"
        + " relay attempts that failed after the broker came back: %d%s", produced, histogram(copies), failuresAfterReturn.size(),
        failuresAfterReturn.isEmpty() ? "" : " (" + failuresAfterReturn.get(failuresAfterReturn.size() - 1)
            .substring(failuresAfterReturn.get(failuresAfterReturn.size() - 1).indexOf("Outbox relay failed")) + ")");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. reporting-service killed mid-stream

  @Test
  @Order(2)
  void reportingKilledMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    long inboxBefore = count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_type like 'realisasi.%'");
    // TW II and TW III of all four kecamatan and TW IV of the first: 9 triwulan × 36 = 324 events.
    List<int[]> work = new ArrayList<>();
    for (int tw = 2; tw <= 3; tw++) {
      for (int k = 0; k < KECAMATAN.size(); k++) {
        work.add(new int[] { k, tw });
      }
    }
    work.add(new int[] { 0, 4 });
    CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> work.forEach(w -> completeTriwulan(KECAMATAN.get(w[0]), w[1])));

    // Kill once reporting has applied part of the stream and more is coming.
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> stream.isDone()
        || count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_type like 'realisasi.%'") >= inboxBefore + 40);
    long appliedAtKill = count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_type like 'realisasi.%'") - inboxBefore;
    long producedAtKill = count("realization", "select count(*) from outbox_event where id > " + lastOutboxRow);
    boolean streamRunning = !stream.isDone();
    system.reporting().kill();
    fault("reporting-service SIGKILLed mid-stream");
    note("reporting killed after applying %d of %d events produced so far (of %d); stream still running: %s",
        appliedAtKill, producedAtKill, work.size() * EVENTS_PER_TRIWULAN, streamRunning);
    assertThat(streamRunning).as("the kill must happen while events still flow").isTrue();
    // Restarted with a 15 s transaction timeout (default 60 s) so that test 3 can let one run out.
    system.restart("reporting-service", true, Map.of("quarkus.transaction-manager.default-transaction-timeout", "15s"));

    stream.get(3, TimeUnit.MINUTES);
    List<String> ids = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow);
    assertThat(ids).hasSize(work.size() * EVENTS_PER_TRIWULAN);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    assertNoEventLostOrAppliedTwice();
    for (String kec : KECAMATAN) {
      assertFigures(kec, kec.equals(KECAMATAN.get(0)) ? Set.of(1, 2, 3, 4) : Set.of(1, 2, 3), "OFFICIAL");
    }
    note("after the restart reporting recognised %.0f redelivered events as duplicates",
        metric(system.reporting(), "kinerja_consumer_duplicates_total"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 3. Database connection lost during a consumer transaction

  @Test
  @Order(3)
  void databaseConnectionLostDuringAConsumerTransactionIsRetriedWithoutAPartialProjection() throws Exception {
    String kec = KECAMATAN.get(1);
    int dltBefore = DeadLetters.list(kafka.bootstrapServers(), CONSUMER).size();
    double deadLetteredBefore = metric(system.reporting(), "kinerja_consumer_dead_lettered_total");
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    long retriesLogged = retryLines().size();
    List<String> ids;
    try (Connection blocker = connect("reporting")) {
      // The recalculation ends with the kabupaten aggregate; holding it makes the consumer wait there, with the inbox
      // ids, the read copies and every kecamatan figure of the batch already written in its open transaction.
      blocker.setAutoCommit(false);
      try (Statement s = blocker.createStatement()) {
        s.execute("lock table fig_kabupaten in exclusive mode");
      }
      completeTriwulan(kec, 4);
      ids = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow);
      assertThat(ids).hasSize(EVENTS_PER_TRIWULAN);

      for (int round = 1; round <= 2; round++) {
        Map<String, String> victim = awaitBlockedConsumerTransaction();
        assertThat(victim.get("locks")).as("the blocked backend is inside the consumer transaction")
            .contains("inbox_event").contains("realisasi_indikator").contains("fig_rincian");
        try (Connection c = connect("reporting"); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select pg_terminate_backend(" + victim.get("pid") + ")")) {
          rs.next();
          assertThat(rs.getBoolean(1)).isTrue();
        }
        fault("reporting's consumer connection terminated mid-transaction (round " + round + ")");
        note("terminated backend %s (round %d) while it ran %s; it held row locks on %s", victim.get("pid"), round,
            victim.get("query").replaceAll("\\s+", " ").trim(), victim.get("locks"));
        String retry = awaitRetryLineAfter(retriesLogged);
        assertThat(retry).contains("terminating connection due to administrator command");
        retriesLogged = retryLines().size();
        assertNothingOfTheBatchVisible(kec, ids);
      }
      // Third: the database is slow (here: a lock never granted) until the transaction timeout cancels the statement.
      awaitBlockedConsumerTransaction();
      fault("reporting's consumer transaction ran into its timeout (statement cancelled) mid-transaction");
      String retry = awaitRetryLineAfter(retriesLogged);
      assertThat(retry).contains("canceling statement");
      note("the transaction timeout cancelled the blocked consumer transaction; consumer log: %s",
          retry.substring(retry.indexOf("Consumer ")));
      assertNothingOfTheBatchVisible(kec, ids);
      blocker.rollback();
    }
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    assertFigures(kec, Set.of(1, 2, 3, 4), "OFFICIAL");
    assertThat(metric(system.reporting(), "kinerja_consumer_dead_lettered_total")).isEqualTo(deadLetteredBefore);
    assertThat(DeadLetters.list(kafka.bootstrapServers(), CONSUMER)).hasSize(dltBefore);
    assertNoEventLostOrAppliedTwice();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 4. Poison events

  @Test
  @Order(4)
  void poisonEventsAreDeadLetteredWithTheirReasonAndDoNotBlockThePartition() throws Exception {
    String kec = KECAMATAN.get(2);
    String failing = "IND-01";
    Set<String> dltBefore = Set.copyOf(DeadLetters.list(kafka.bootstrapServers(), CONSUMER));
    TopicProbe probe = new TopicProbe(kafka.bootstrapServers());

    // A database object that refuses one cell: its event fails for a non-transient reason until an operator fixes it.
    execute("reporting", """
        create or replace function fault_refuse_cell() returns trigger language plpgsql as $$
        begin
          raise exception 'fault injection: cell %/%/TW% refused', new.kecamatan_kode, new.indikator_kode, new.triwulan;
        end $$""");
    execute("reporting", "create trigger fault_refuse_cell before insert or update on realisasi_indikator for each row when"
        + " (new.kecamatan_kode = '" + kec + "' and new.indikator_kode = '" + failing + "' and new.triwulan = 4)"
        + " execute function fault_refuse_cell()");

    // Two poison records first, on the kecamatan's key (its partition), then real events behind them.
    probe.send(REALISASI_TOPIC, kec, "{\"id\": \"this is not an event envelope");
    fault("unparseable record on " + REALISASI_TOPIC);
    ConsumerRecord<String, String> model = probe.read(REALISASI_TOPIC, r -> kec.equals(r.key()), Duration.ofMillis(300)).get(0);
    ObjectNode invalid = (ObjectNode) JSON.readTree(model.value());
    String invalidId = UUID.randomUUID().toString();
    invalid.put("id", invalidId);
    ((ObjectNode) invalid.get("payload")).put("nilai", "sebelas");
    probe.send(REALISASI_TOPIC, kec, invalid.toString());
    fault("schema-invalid realisasi event (nilai as text) on " + REALISASI_TOPIC);

    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    HttpResponse<String> single = send("PUT", sheet(kec, 4) + "/indikator/" + failing, JSON.createObjectNode()
        .put("keadaan", "REPORTED").put("nilai", UjiKabupaten.nilai(kec, 4, failing)).put("ajukan", true).toString(),
        UjiKabupaten.operator(kec), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
    String failingId = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow).get(0);
    fault("event whose application fails (database trigger) on " + REALISASI_TOPIC);
    expect(send("POST", sheet(kec, 4) + "/batch", UjiKabupaten.batch(kec, 4, Set.of(failing)), UjiKabupaten.operator(kec),
        Map.of("Idempotency-Key", UUID.randomUUID().toString())), 200, "batch");
    List<String> behind = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow);
    assertThat(behind).hasSize(1 + INDIKATOR.size() - 1 + ANGGARAN.size());

    // All three are dead letters with their reasons; the events behind them on the same partition were applied.
    List<String> fresh = await().atMost(PATIENCE).until(() -> DeadLetters.list(kafka.bootstrapServers(), CONSUMER).stream()
        .filter(l -> !dltBefore.contains(l)).toList(), l -> l.size() >= 3);
    assertThat(fresh).hasSize(3);
    assertThat(fresh.get(0)).contains("reason=unparseable: ");
    assertThat(fresh.get(1)).contains("reason=schema: ").contains("payload:/nilai");
    assertThat(fresh.get(2)).contains("reason=failed 3 times: ").contains("fault injection");
    int partition = model.partition();
    for (String letter : fresh) {
      assertThat(letter).contains("from " + REALISASI_TOPIC + "-" + partition + "@").contains("key=" + kec);
    }
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(behind)).isEqualTo(behind.size() - 1));
    assertThat(inboxCount(List.of(failingId))).isZero();
    assertThat(inboxCount(List.of(invalidId))).isZero();
    JsonNode provisional = report(kec, "PROVISIONAL");
    assertThat(realisasi(provisional, failing, 4)).isNull();
    for (String kode : INDIKATOR.subList(1, INDIKATOR.size())) {
      assertThat(realisasi(provisional, kode, 4)).isEqualByComparingTo(UjiKabupaten.nilai(kec, 4, kode));
    }

    // Replay: records that stay invalid are refused cleanly (nothing sent); the failing one works once fixed.
    int[] unparseable = position(fresh.get(0));
    int[] schema = position(fresh.get(1));
    int[] failed = position(fresh.get(2));
    assertThatThrownBy(() -> DeadLetters.replay(kafka.bootstrapServers(), CONSUMER, unparseable[0], unparseable[1]))
        .isInstanceOf(DeadLetters.Refused.class).hasMessageContaining("not an event envelope");
    assertThatThrownBy(() -> DeadLetters.replay(kafka.bootstrapServers(), CONSUMER, schema[0], schema[1]))
        .isInstanceOf(DeadLetters.Refused.class).hasMessageContaining("broke its schema");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = DeadLetters.run(new String[] { "--kafka", kafka.bootstrapServers(), "replay", CONSUMER,
        Integer.toString(unparseable[0]), Integer.toString(unparseable[1]) }, new PrintStream(out), new PrintStream(err));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("refused: ");
    long recordsBefore = probe.read(REALISASI_TOPIC, r -> kec.equals(r.key()), Duration.ofMillis(300)).size();

    execute("reporting", "drop trigger fault_refuse_cell on realisasi_indikator");
    out.reset();
    status = DeadLetters.run(new String[] { "--kafka", kafka.bootstrapServers(), "replay", CONSUMER,
        Integer.toString(failed[0]), Integer.toString(failed[1]) }, new PrintStream(out), new PrintStream(err));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("replayed to " + REALISASI_TOPIC + "-" + partition + "@");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(List.of(failingId))).isEqualTo(1));
    assertThat(realisasi(report(kec, "PROVISIONAL"), failing, 4)).isEqualByComparingTo(UjiKabupaten.nilai(kec, 4, failing));
    // Replaying again is harmless: a duplicate, recognised by its id.
    double duplicates = metric(system.reporting(), "kinerja_consumer_duplicates_total");
    DeadLetters.replay(kafka.bootstrapServers(), CONSUMER, failed[0], failed[1]);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(metric(system.reporting(), "kinerja_consumer_duplicates_total"))
        .isGreaterThan(duplicates));
    assertThat(inboxCount(List.of(failingId))).isEqualTo(1);
    // Only the fixed record was sent back (twice); the refused ones were not.
    assertThat(probe.read(REALISASI_TOPIC, r -> kec.equals(r.key()), Duration.ofMillis(300))).hasSize((int) recordsBefore + 2);

    // --force sends a schema-invalid record anyway (for a consumer that now accepts it); this one does not, so it is
    // dead-lettered again, with the same reason, and changes nothing.
    out.reset();
    status = DeadLetters.run(new String[] { "--kafka", kafka.bootstrapServers(), "replay", CONSUMER,
        Integer.toString(schema[0]), Integer.toString(schema[1]), "--force" }, new PrintStream(out), new PrintStream(err));
    assertThat(status).isZero();
    await().atMost(PATIENCE).untilAsserted(() -> {
      out.reset();
      assertThat(DeadLetters.run(new String[] { "--kafka", kafka.bootstrapServers(), "list", CONSUMER }, new PrintStream(out),
          new PrintStream(err))).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !dltBefore.contains(l))
          .filter(l -> l.contains("reason=schema: payload:/nilai"))).hasSize(2);
    });
    assertThat(inboxCount(List.of(invalidId))).isZero();

    verifyAndApprove(kec, 4);
    await().atMost(PATIENCE).untilAsserted(() -> assertFigures(kec, Set.of(1, 2, 3, 4), "OFFICIAL"));
    note("dead letters: %s", String.join(" | ", fresh.stream().map(l -> l.replaceAll("\\s+at=\\S+", "")).toList()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 5. The relay's crash window

  @Test
  @Order(5)
  void anEventSentBeforeACrashAndSentAgainAfterTheRestartIsAppliedOnce() throws Exception {
    String kec = KECAMATAN.get(3);
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    double duplicatesBefore = metric(system.reporting(), "kinerja_consumer_duplicates_total");
    List<String> ids;
    try (Connection lock = connect("realization")) {
      // Holding the relay's advisory lock keeps the running relay from publishing: rows stay unpublished.
      try (Statement s = lock.createStatement()) {
        s.execute("select pg_advisory_lock(" + RELAY_LOCK + ")");
      }
      completeTriwulan(kec, 4);
      ids = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow + " order by id");
      assertThat(ids).hasSize(EVENTS_PER_TRIWULAN);
      assertThat(count("realization", "select count(*) from outbox_event where published_at is null")).isEqualTo(ids.size());
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(metric(system.realization(), "kinerja_outbox_backlog"))
          .isGreaterThanOrEqualTo(ids.size()));

      // What the relay does before it marks the rows: send them, in id order, and wait for the acknowledgements.
      sendAsTheRelayWould(lastOutboxRow);
      // ... and then the process dies before the mark commits.
      system.realization().kill();
      fault("realization-service SIGKILLed after its outbox rows were sent and before they were marked published");
      try (Statement s = lock.createStatement()) {
        s.execute("select pg_advisory_unlock(" + RELAY_LOCK + ")");
      }
    }
    assertThat(count("realization", "select count(*) from outbox_event where published_at is null")).isEqualTo(ids.size());
    system.restart("realization-service", true, Map.of());

    // The restarted relay publishes the rows again: every event is twice on the topic, applied once.
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(
        count("realization", "select count(*) from outbox_event where published_at is null")).isZero());
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(copiesOnTopic(REALISASI_TOPIC, Set.copyOf(ids)).values())
        .hasSize(ids.size()).containsOnly(2));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(metric(system.reporting(), "kinerja_consumer_duplicates_total"))
        .isGreaterThanOrEqualTo(duplicatesBefore + ids.size()));
    assertThat(inboxCount(ids)).isEqualTo(ids.size());
    assertFigures(kec, Set.of(1, 2, 3, 4), "OFFICIAL");
    assertNoEventLostOrAppliedTwice();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 6. The whole run

  @Test
  @Order(6)
  void afterAllFaultsNothingIsLostNothingAppliedTwiceAndTheFiguresEqualACleanRebuild() throws Exception {
    assertNoEventLostOrAppliedTwice();
    Map<String, Integer> copies = copiesOnTopic(REALISASI_TOPIC, null);
    duplicateDeliveries = copies.values().stream().mapToInt(n -> n - 1).sum();
    for (String kec : KECAMATAN) {
      assertFigures(kec, Set.of(1, 2, 3, 4), "OFFICIAL");
      assertFigures(kec, Set.of(1, 2, 3, 4), "PROVISIONAL");
    }
    Map<String, String> before = reports();

    HttpResponse<String> rebuild = send("POST", system.reporting().baseUrl() + "/api/admin/proyeksi/rebuild", null,
        UjiKabupaten.operatorSistem(), Map.of());
    assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      JsonNode status = JSON.readTree(expect(send("GET", system.reporting().baseUrl() + "/api/admin/proyeksi", null,
          UjiKabupaten.operatorSistem(), Map.of()), 200, "projection status").body());
      assertThat(status.path("caughtUp").asBoolean()).as(status.toString()).isTrue();
      assertThat(status.path("group").asText()).isEqualTo(CONSUMER + "-g2");
    });
    assertNoEventLostOrAppliedTwice();
    assertThat(reports()).isEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 7. PostgreSQL down

  @Test
  @Order(7)
  void databaseDownAnswers503WithRetryAfterStoresNothingAndRecoversWithoutARestart() throws Exception {
    String kec = KECAMATAN.get(0);
    String kode = INDIKATOR.get(0);
    String cell = sheet(kec, 1) + "/indikator/" + kode;
    BigDecimal nilai = UjiKabupaten.nilai(kec, 1, kode);
    String etag = expect(send("GET", cell, null, UjiKabupaten.operator(kec), Map.of()), 200, "cell").headers()
        .firstValue("ETag").orElseThrow();
    String key = UUID.randomUUID().toString();
    // A correction with the same value: the figures the run checked stay as they are.
    String correction = "{\"alasanKoreksi\": \"Uji gangguan basis data\", \"keadaan\": \"REPORTED\", \"nilai\": " + nilai
        + ", \"ajukan\": true}";
    Map<String, String> write = Map.of("If-Match", etag, "Idempotency-Key", key);
    long versionsBefore = count("realization", "select count(*) from realisasi_indikator where kecamatan_kode = '" + kec
        + "' and triwulan = 1 and indikator_kode = '" + kode + "'");
    long outboxBefore = count("realization", "select count(*) from outbox_event");
    int port = postgres.port();

    postgres.close();
    fault("PostgreSQL stopped while clients read and write");
    long slowest = 0;
    int answered503 = 0;
    for (String language : List.of("id", "en")) {
      Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
      long t0 = System.nanoTime();
      answers.put("planning GET kabupaten", send("GET", system.planning().baseUrl() + "/api/kabupaten/" + UjiKabupaten.KABUPATEN,
          null, UjiKabupaten.planner(), Map.of("Accept-Language", language)));
      answers.put("realization POST correction", send("POST", cell + "/corrections", correction, UjiKabupaten.operator(kec),
          Map.of("If-Match", etag, "Idempotency-Key", key, "Accept-Language", language)));
      answers.put("realization GET sheet", send("GET", sheet(kec, 1), null, UjiKabupaten.operator(kec),
          Map.of("Accept-Language", language)));
      answers.put("reporting GET laporan", send("GET", system.reporting().baseUrl() + "/api/laporan/kecamatan/" + kec + "/"
          + TAHUN, null, UjiKabupaten.bagianOrganisasi(), Map.of("Accept-Language", language)));
      slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000 / answers.size());
      for (Map.Entry<String, HttpResponse<String>> a : answers.entrySet()) {
        HttpResponse<String> r = a.getValue();
        assertThat(r.statusCode()).as(a.getKey() + ": " + r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).as(a.getKey()).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(r.headers().firstValue("Content-Type")).as(a.getKey()).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Content-Language")).as(a.getKey()).hasValue(language);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("type").asText()).endsWith("/unavailable");
        assertThat(problem.path("detail").asText()).as(a.getKey())
            .contains("id".equals(language) ? "Basis data sementara tidak dapat dihubungi" : "The database cannot be reached");
        answered503++;
      }
    }
    note("PostgreSQL down: %d answers were 503 with Retry-After (3 services, id and en), the slowest group averaged %d ms",
        answered503, slowest);

    postgres = EmbeddedPostgresServer.start(port, run.resolve("pgdata"));
    // Nothing of the refused correction was stored.
    assertThat(count("realization", "select count(*) from realisasi_indikator where kecamatan_kode = '" + kec
        + "' and triwulan = 1 and indikator_kode = '" + kode + "'")).isEqualTo(versionsBefore);
    assertThat(count("realization", "select count(*) from outbox_event")).isEqualTo(outboxBefore);

    // The services come back by themselves; the client's retry (same key, as Retry-After asked) is processed anew.
    int[] retries = { 0 };
    HttpResponse<String> accepted = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
      retries[0]++;
      return send("POST", cell + "/corrections", correction, UjiKabupaten.operator(kec), write);
    }, r -> r.statusCode() != 503);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(accepted.headers().firstValue("Idempotency-Replayed").orElse("false")).isEqualTo("false");
    note("after the restart of PostgreSQL the retried correction was accepted at attempt %d", retries[0]);
    for (String service : List.of("planning", "realization", "reporting")) {
      ServiceProcess p = service.equals("planning") ? system.planning() : service.equals("realization") ? system.realization()
          : system.reporting();
      await().atMost(PATIENCE).until(() -> get(p.baseUrl() + "/q/health/ready").contains("\"UP\""));
    }
    verifyAndApproveCell(cell, kec);
    assertThat(count("realization", "select count(*) from realisasi_indikator where kecamatan_kode = '" + kec
        + "' and triwulan = 1 and indikator_kode = '" + kode + "'")).isEqualTo(versionsBefore + 1);
    List<String> ids = column("realization", "select event_id from outbox_event order by id offset " + outboxBefore);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    assertFigures(kec, Set.of(1, 2, 3, 4), "OFFICIAL");
    assertNoEventLostOrAppliedTwice();
  }

  private static void verifyAndApproveCell(String cell, String kec) {
    for (String action : List.of("verify", "approve")) {
      String etag = expect(send("GET", cell, null, UjiKabupaten.verifier(kec), Map.of()), 200, "cell").headers()
          .firstValue("ETag").orElseThrow();
      expect(send("POST", cell + "/" + action, "{}", UjiKabupaten.verifier(kec),
          Map.of("If-Match", etag, "Idempotency-Key", UUID.randomUUID().toString())), 200, action + " " + cell);
    }
  }

  @Test
  @Order(8)
  void everyMetricTheOperationsGuideNamesIsExposed() throws IOException {
    String guide = Files.readString(root.resolve("docs/operations.md"));
    Set<String> named = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("`((?:kinerja|kafka)_[a-z_]+)").matcher(guide);
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).contains("kinerja_outbox_backlog", "kinerja_consumer_applied_total");
    String scraped = get(system.reporting().baseUrl() + "/q/metrics") + get(system.realization().baseUrl() + "/q/metrics");
    for (String name : named) {
      assertThat(scraped.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " ")
          || l.startsWith(name + "_count") || l.startsWith(name + "_sum"))).as("metric %s on /q/metrics", name).isTrue();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 9. PostgreSQL crashes during a batch load

  @Test
  @Order(9)
  void postgresCrashDuringABatchLoadAnswers503AndKeepsEveryAcceptedSubmissionOnce() throws Exception {
    importLoadPlans();
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    int port = postgres.port();
    Map<String, List<Integer>> work = new LinkedHashMap<>();
    KECAMATAN_BEBAN.forEach(k -> work.put(k, List.of(1, 2)));
    Load load = Load.start(work);
    // Crash once part of the load is in and more is on its way (four clients: some request is in flight).
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> load.done() || load.count(200) >= 6);
    assertThat(load.done()).as("the crash must happen while the load runs").isFalse();
    int acceptedBefore = load.count(200);
    postgres.crash();
    fault("PostgreSQL crashed (immediate shutdown) during a batch load of four clients");
    // Down for a while: every client meets the outage.
    Thread.sleep(3000);
    postgres = EmbeddedPostgresServer.start(port, run.resolve("pgdata"));
    long back = System.nanoTime();
    load.await();

    assertThat(load.refused).as("answers other than 2xx or 503 with Retry-After").isEmpty();
    assertThat(load.statuses.keySet()).containsOnly(200, 503);
    assertThat(load.count(503)).as("clients met the outage").isPositive();
    note("PostgreSQL crash during a batch load: %d answers 2xx before the crash; %d answers 503 with Retry-After (%d of"
        + " them: connection lost while committing, outcome unknown), %d retries answered by replay of their"
        + " Idempotency-Key; first answer accepted %d ms after PostgreSQL was back; longest time until a request was"
        + " accepted (its retries after Retry-After included) %d ms", acceptedBefore, load.count(503),
        load.commitUnknown.get(), load.replayed.get(), load.firstAcceptedAfter(back), load.longestUntilAccepted.get());
    for (String service : List.of("planning", "realization", "reporting")) {
      ServiceProcess p = service.equals("planning") ? system.planning() : service.equals("realization") ? system.realization()
          : system.reporting();
      await().atMost(PATIENCE).until(() -> get(p.baseUrl() + "/q/health/ready").contains("\"UP\""));
    }

    List<String> ids = assertStoredOnceWithTheirEvents(postgres, work, lastOutboxRow);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(count("realization",
        "select count(*) from outbox_event where published_at is null")).isZero());
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    for (String kec : KECAMATAN_BEBAN) {
      assertFigures(kec, Set.of(1, 2), "OFFICIAL");
    }
    assertNoEventLostOrAppliedTwice();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 10. PostgreSQL crashes while the consumer is inside its transaction

  @Test
  @Order(10)
  void postgresCrashInsideTheConsumerTransactionLeavesNoPartialProjection() throws Exception {
    importLoadPlans();
    String kec = KECAMATAN_BEBAN.get(0);
    int port = postgres.port();
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    List<String> ids;
    Connection blocker = connect("reporting");
    try {
      // As in test 3: the consumer waits on the kabupaten aggregate with the batch's inbox ids, copies and kecamatan
      // figures written in its open transaction; then the whole server goes down.
      blocker.setAutoCommit(false);
      try (Statement s = blocker.createStatement()) {
        s.execute("lock table fig_kabupaten in exclusive mode");
      }
      completeTriwulan(kec, 3);
      ids = column("realization", "select event_id from outbox_event where id > " + lastOutboxRow);
      assertThat(ids).hasSize(EVENTS_PER_TRIWULAN);
      Map<String, String> victim = awaitBlockedConsumerTransaction();
      assertThat(victim.get("locks")).as("the blocked backend is inside the consumer transaction")
          .contains("inbox_event").contains("realisasi_indikator").contains("fig_rincian");
      postgres.crash();
      fault("PostgreSQL crashed (immediate shutdown) while reporting's consumer was inside its transaction");
      note("PostgreSQL crashed while consumer backend %s ran %s holding row locks on %s", victim.get("pid"),
          victim.get("query").replaceAll("\\s+", " ").trim(), victim.get("locks"));
    } finally {
      try {
        blocker.close();
      } catch (SQLException e) {
        // The server is gone; so is the connection.
      }
    }
    postgres = EmbeddedPostgresServer.start(port, run.resolve("pgdata"));
    // At once, before the consumer's retry: take the lock again, and look at what the crash recovery left.
    try (Connection again = connect("reporting")) {
      again.setAutoCommit(false);
      try (Statement s = again.createStatement()) {
        s.execute("lock table fig_kabupaten in exclusive mode");
      }
      long inbox = count(again, "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_id in ("
          + ids.stream().map(id -> "'" + UUID.fromString(id) + "'").collect(Collectors.joining(",")) + ")");
      long cells = count(again, "select count(*) from realisasi_indikator where kecamatan_kode = '" + kec + "' and triwulan = 3");
      long figures = count(again, "select count(*) from fig_rincian where kecamatan_kode = '" + kec + "'");
      // All or nothing: the consumer's retry may have won the race to the lock, then all of the batch is there.
      if (inbox == 0) {
        assertThat(cells).as("read copies of a batch whose inbox ids are absent").isZero();
        assertThat(reportedCells(kec, 3, "PROVISIONAL")).isZero();
        awaitBlockedConsumerTransaction();
        note("after the crash recovery nothing of the consumer's transaction was there (inbox 0 of %d, cells 0,"
            + " figure rows of the kecamatan %d); the consumer retried the batch and waited on the lock again", ids.size(), figures);
      } else {
        // The retry of the batch in flight at the crash (the consumer retries the events it holds) committed before
        // the lock was taken again; later events wait behind the lock. Whole transactions only: the cells in
        // reporting's copy are exactly those the committed events name, none more, none fewer.
        Set<String> committed = Set.copyOf(column(again, "select event_id::text from inbox_event where consumer = '" + CONSUMER
            + "' and event_id in (" + ids.stream().map(id -> "'" + UUID.fromString(id) + "'").collect(Collectors.joining(","))
            + ")"));
        Map<String, String> cellOf = cellsNamedByEvents(lastOutboxRow);
        Set<String> named = committed.stream().map(cellOf::get).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = new TreeSet<>(column(again, "select 'indikator ' || indikator_kode from realisasi_indikator"
            + " where kecamatan_kode = '" + kec + "' and triwulan = 3 union all select 'anggaran ' || anggaran_kode"
            + " from realisasi_anggaran where kecamatan_kode = '" + kec + "' and triwulan = 3"));
        assertThat(present).as("cells in reporting's copy against the cells of the %d committed events", inbox).isEqualTo(named);
        note("the consumer's retry committed the batch it held (inbox %d of %d, naming %d cells, all there and no other)"
            + " before the lock was taken again", inbox, ids.size(), named.size());
      }
      again.rollback();
    }
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    assertFigures(kec, Set.of(1, 2, 3), "OFFICIAL");
    assertNoEventLostOrAppliedTwice();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 11. Backup taken under load, restored into a fresh server; reporting rebuilt from the topics

  @Test
  @Order(11)
  void aBaseBackupTakenUnderLoadRestoresRealizationAndReportingIsRebuiltToTheSameFigures() throws Exception {
    importLoadPlans();
    long lastOutboxRow = count("realization", "select coalesce(max(id), 0) from outbox_event");
    // Three clients load TW III while the backup is taken; after it, four load TW IV: those are after the recovery point.
    Map<String, List<Integer>> during = new LinkedHashMap<>();
    KECAMATAN_BEBAN.subList(1, KECAMATAN_BEBAN.size()).forEach(k -> during.put(k, List.of(3)));
    Load load = Load.start(during);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> load.done() || load.count(200) >= 3);
    assertThat(load.done()).as("the backup must start while the load runs").isFalse();
    long t0 = System.nanoTime();
    EmbeddedPostgresServer.BaseBackup backup = postgres.baseBackup(run.resolve("backup"), "fault-test");
    long backupMs = (System.nanoTime() - t0) / 1_000_000;
    boolean loadRanThroughout = !load.done();
    fault("base backup of the server taken under load (pg_backup_start, copy, pg_backup_stop, WAL), restored into a fresh server");
    load.await();
    long lastBeforeAfter = count("realization", "select coalesce(max(id), 0) from outbox_event");
    Map<String, List<Integer>> after = new LinkedHashMap<>();
    KECAMATAN_BEBAN.forEach(k -> after.put(k, List.of(4)));
    Load later = Load.start(after);
    later.await();
    for (Load l : List.of(load, later)) {
      assertThat(l.refused).isEmpty();
      assertThat(l.statuses.keySet()).containsOnly(200);
    }
    List<String> afterBackup = column("realization", "select event_id from outbox_event where id > " + lastBeforeAfter);
    Map<String, List<Integer>> work = new LinkedHashMap<>();
    KECAMATAN_BEBAN.forEach(k -> work.put(k, k.equals(KECAMATAN_BEBAN.get(0)) ? List.of(4) : List.of(3, 4)));
    List<String> live = assertStoredOnceWithTheirEvents(postgres, work, lastOutboxRow);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(live)).isEqualTo(live.size()));
    List<String> everyKecamatan = new ArrayList<>(KECAMATAN);
    everyKecamatan.addAll(KECAMATAN_BEBAN);
    Map<String, String> before = reports(everyKecamatan);

    // A fresh server on the copy: it replays the WAL from the backup's checkpoint to its end and opens.
    long r0 = System.nanoTime();
    restored = EmbeddedPostgresServer.start(0, backup.directory());
    long restoreMs = (System.nanoTime() - r0) / 1_000_000;
    // The restored realization database is consistent and holds the load up to the backup, not after it.
    List<String> atBackup = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(restored.baseUrl() + "realization", EmbeddedPostgresServer.USER,
        EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select event_id from outbox_event where id > " + lastOutboxRow)) {
      while (rs.next()) {
        atBackup.add(rs.getString(1));
      }
      assertThat(count(c, "select count(*) from (" + eventsPerCellTransition(KECAMATAN_BEBAN) + ") e where e.n > 1")).isZero();
      assertThat(count(c, versionsWithoutTheirEvent(KECAMATAN_BEBAN))).as("versions without their event").isZero();
      assertThat(count(c, eventsWithoutTheirVersion(KECAMATAN_BEBAN))).as("events without their version").isZero();
    }
    assertThat(live).containsAll(atBackup);
    assertThat(atBackup).as("the backup holds what was committed before it").isNotEmpty().doesNotContainAnyElementsOf(afterBackup);
    note("base backup under load (the load ran throughout: %s): %d MB and %d WAL segments in %d ms, consistent at %s;"
        + " restored in %d ms with %d of the %d load events; the other %d (%d of them submitted after the backup) are only"
        + " on the topic", loadRanThroughout, backup.bytes() / 1_000_000, backup.walSegments().size(), backupMs,
        backup.stopLsn(), restoreMs, atBackup.size(), live.size(), live.size() - atBackup.size(), afterBackup.size());

    // realization-service moves to the restored database; its relay publishes what the backup held unpublished again.
    system.restart("realization-service", false, Map.of("quarkus.datasource.jdbc.url", restored.baseUrl() + "realization"));
    await().atMost(PATIENCE).untilAsserted(() -> {
      try (Connection c = DriverManager.getConnection(restored.baseUrl() + "realization", EmbeddedPostgresServer.USER,
          EmbeddedPostgresServer.PASSWORD)) {
        assertThat(count(c, "select count(*) from outbox_event where published_at is null")).isZero();
      }
    });
    HttpResponse<String> sheet = expect(send("GET", sheet(KECAMATAN_BEBAN.get(0), 1), null,
        UjiKabupaten.verifier(KECAMATAN_BEBAN.get(0)), Map.of()), 200, "sheet on the restored database");
    assertThat(sheet.body()).contains("APPROVED");

    // reporting rebuilt from the topics: every event of the topics, the ones after the recovery point included.
    String groupBefore = JSON.readTree(expect(send("GET", system.reporting().baseUrl() + "/api/admin/proyeksi", null,
        UjiKabupaten.operatorSistem(), Map.of()), 200, "projection status").body()).path("group").asText();
    HttpResponse<String> rebuild = send("POST", system.reporting().baseUrl() + "/api/admin/proyeksi/rebuild", null,
        UjiKabupaten.operatorSistem(), Map.of());
    assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      JsonNode status = JSON.readTree(expect(send("GET", system.reporting().baseUrl() + "/api/admin/proyeksi", null,
          UjiKabupaten.operatorSistem(), Map.of()), 200, "projection status").body());
      assertThat(status.path("group").asText()).isNotEqualTo(groupBefore);
      assertThat(status.path("caughtUp").asBoolean()).as(status.toString()).isTrue();
    });
    assertNoEventLostOrAppliedTwice();
    assertThat(reports(everyKecamatan)).isEqualTo(before);
  }

  /** Imports the plans of the four load kecamatan (once) and waits until both consumers hold them. */
  private static void importLoadPlans() throws Exception {
    if (loadPlansImported) {
      return;
    }
    Instant now = Instant.now();
    for (String kec : KECAMATAN_BEBAN) {
      HttpResponse<String> r = send("POST", system.planning().baseUrl() + "/api/rencana-import",
          UjiKabupaten.plan(kec, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))), UjiKabupaten.planner(), Map.of());
      assertThat(r.statusCode()).as("plan import of %s: %s", kec, r.body()).isEqualTo(200);
    }
    String kecs = KECAMATAN_BEBAN.stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      assertThat(count("realization", "select count(*) from indikator_copy where kecamatan_kode in (" + kecs + ")"))
          .isEqualTo(KECAMATAN_BEBAN.size() * INDIKATOR.size());
      assertThat(count("reporting", "select count(*) from rencana_copy where kecamatan_kode in (" + kecs + ")"))
          .isEqualTo(KECAMATAN_BEBAN.size());
    });
    loadPlansImported = true;
  }

  /**
   * Every triwulan of the work is stored once: one version per cell with the submitted value, approved; one event per
   * cell and transition; every version announced by its event and no event without its version. Returns the event ids
   * written since {@code afterOutboxId}.
   */
  private static List<String> assertStoredOnceWithTheirEvents(EmbeddedPostgresServer server, Map<String, List<Integer>> work,
      long afterOutboxId) throws Exception {
    List<String> kecs = List.copyOf(work.keySet());
    try (Connection c = DriverManager.getConnection(server.baseUrl() + "realization", EmbeddedPostgresServer.USER,
        EmbeddedPostgresServer.PASSWORD)) {
      int triwulan = 0;
      for (Map.Entry<String, List<Integer>> w : work.entrySet()) {
        for (int tw : w.getValue()) {
          triwulan++;
          String where = " where kecamatan_kode = '" + w.getKey() + "' and tahun = " + TAHUN + " and triwulan = " + tw;
          assertThat(count(c, "select count(*) from realisasi_indikator" + where)).as("%s TW %d versions", w.getKey(), tw)
              .isEqualTo(INDIKATOR.size());
          assertThat(count(c, "select count(*) from realisasi_anggaran" + where)).isEqualTo(ANGGARAN.size());
          assertThat(count(c, "select count(*) from realisasi_indikator" + where + " and versi = 1 and terkini and status = 'APPROVED'"))
              .isEqualTo(INDIKATOR.size());
          for (String kode : INDIKATOR) {
            assertThat(count(c, "select count(*) from realisasi_indikator" + where + " and indikator_kode = '" + kode
                + "' and nilai = " + UjiKabupaten.nilai(w.getKey(), tw, kode))).isEqualTo(1);
          }
        }
      }
      assertThat(count(c, "select count(*) from (" + eventsPerCellTransition(kecs) + ") e where e.n > 1"))
          .as("cell transitions announced more than once").isZero();
      assertThat(count(c, "select coalesce(sum(n), 0) from (" + eventsPerCellTransition(kecs) + ") e where e.tw in ("
          + work.values().stream().flatMap(List::stream).distinct().map(String::valueOf).collect(Collectors.joining(",")) + ")"))
          .as("events of the loaded triwulan").isGreaterThanOrEqualTo((long) triwulan * EVENTS_PER_TRIWULAN);
      assertThat(count(c, versionsWithoutTheirEvent(kecs))).as("versions without their event").isZero();
      assertThat(count(c, eventsWithoutTheirVersion(kecs))).as("events without their version").isZero();
      List<String> ids = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select event_id from outbox_event where id > " + afterOutboxId + " order by id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      assertThat(ids).hasSize(triwulan * EVENTS_PER_TRIWULAN);
      return ids;
    }
  }

  private static final String PAYLOAD = "(o.envelope::jsonb -> 'payload')";

  /** Realisasi events of the kecamatan per cell, version and transition (columns k, tw, kode, versi, transition, n). */
  private static String eventsPerCellTransition(List<String> kecs) {
    return "select " + PAYLOAD + " ->> 'kecamatanKode' as k, (" + PAYLOAD + " ->> 'triwulan')::int as tw, coalesce(" + PAYLOAD
        + " ->> 'indikatorKode', " + PAYLOAD + " ->> 'anggaranKode') as kode, " + PAYLOAD + " ->> 'versi' as versi, " + PAYLOAD
        + " ->> 'transition' as transition, count(*) as n from outbox_event o where o.event_type like 'realisasi.%.status-changed'"
        + " and " + PAYLOAD + " ->> 'kecamatanKode' in (" + quoted(kecs) + ") group by 1, 2, 3, 4, 5";
  }

  /** Versions whose present status no event announced (a change committed without its event). */
  private static String versionsWithoutTheirEvent(List<String> kecs) {
    StringBuilder sql = new StringBuilder("select (");
    for (String[] t : List.of(new String[] { "realisasi_indikator", "indikator_kode", "indikatorKode" },
        new String[] { "realisasi_anggaran", "anggaran_kode", "anggaranKode" })) {
      sql.append(t[0].equals("realisasi_anggaran") ? ") + (" : "").append("select count(*) from ").append(t[0])
          .append(" r where r.kecamatan_kode in (").append(quoted(kecs)).append(") and r.status <> 'DRAFT' and not exists (")
          .append("select 1 from outbox_event o where o.event_type like 'realisasi.%.status-changed' and ").append(PAYLOAD)
          .append(" ->> 'kecamatanKode' = r.kecamatan_kode and (").append(PAYLOAD).append(" ->> 'triwulan')::int = r.triwulan and ")
          .append(PAYLOAD).append(" ->> '").append(t[2]).append("' = r.").append(t[1]).append(" and (").append(PAYLOAD)
          .append(" ->> 'versi')::int = r.versi and ").append(PAYLOAD).append(" ->> 'status' = r.status)");
    }
    return sql.append(")").toString();
  }

  /** Events of the kecamatan whose version is not stored (an event committed without its change). */
  private static String eventsWithoutTheirVersion(List<String> kecs) {
    return "select count(*) from outbox_event o where o.event_type like 'realisasi.%.status-changed' and " + PAYLOAD
        + " ->> 'kecamatanKode' in (" + quoted(kecs) + ") and not exists (select 1 from realisasi_indikator r where r.kecamatan_kode = "
        + PAYLOAD + " ->> 'kecamatanKode' and r.triwulan = (" + PAYLOAD + " ->> 'triwulan')::int and r.indikator_kode = " + PAYLOAD
        + " ->> 'indikatorKode' and r.versi = (" + PAYLOAD + " ->> 'versi')::int) and not exists (select 1 from realisasi_anggaran r"
        + " where r.kecamatan_kode = " + PAYLOAD + " ->> 'kecamatanKode' and r.triwulan = (" + PAYLOAD + " ->> 'triwulan')::int"
        + " and r.anggaran_kode = " + PAYLOAD + " ->> 'anggaranKode' and r.versi = (" + PAYLOAD + " ->> 'versi')::int)";
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "") + "'").collect(Collectors.joining(","));
  }

  /**
   * Clients loading triwulan concurrently, one per kecamatan: each submits a whole triwulan in one batch, then verifies
   * and approves it. A 503 is retried with the same Idempotency-Key (and the same If-Match) after the Retry-After it
   * names; any other answer than 2xx or 503 with Retry-After is recorded as refused and ends that client.
   */
  static final class Load {
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    final AtomicInteger replayed = new AtomicInteger();
    /** 503s saying the connection broke while the change was committed (whether it was stored is not known). */
    final AtomicInteger commitUnknown = new AtomicInteger();
    final AtomicLong longestUntilAccepted = new AtomicLong();
    final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
    private final ExecutorService pool;
    private final List<Future<?>> clients = new ArrayList<>();

    private Load(int size) {
      pool = Executors.newFixedThreadPool(size);
    }

    static Load start(Map<String, List<Integer>> work) {
      Load load = new Load(work.size());
      work.forEach((kec, triwulan) -> load.clients.add(load.pool.submit(() -> {
        for (int tw : triwulan) {
          load.complete(kec, tw);
        }
        return null;
      })));
      return load;
    }

    boolean done() {
      return clients.stream().allMatch(Future::isDone);
    }

    int count(int status) {
      AtomicInteger n = statuses.get(status);
      return n == null ? 0 : n.get();
    }

    /** Milliseconds from {@code since} (nanoTime) to the first accepted answer after it. */
    long firstAcceptedAfter(long since) {
      return acceptedAt.stream().filter(t -> t >= since).mapToLong(t -> (t - since) / 1_000_000).min().orElse(-1);
    }

    void await() throws Exception {
      try {
        for (Future<?> c : clients) {
          try {
            c.get(3, TimeUnit.MINUTES);
          } catch (java.util.concurrent.ExecutionException e) {
            refused.add("client failed: " + e.getCause());
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private void complete(String kec, int tw) throws InterruptedException {
      answer("batch " + kec + " TW " + tw, "POST", sheet(kec, tw) + "/batch", UjiKabupaten.batch(kec, tw, Set.of()),
          UjiKabupaten.operator(kec), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      for (String action : List.of("verify", "approve")) {
        HttpResponse<String> sheet = answer("sheet " + kec + " TW " + tw, "GET", sheet(kec, tw), null, UjiKabupaten.verifier(kec),
            Map.of());
        answer(action + " " + kec + " TW " + tw, "POST", sheet(kec, tw) + "/" + action, "{}", UjiKabupaten.verifier(kec),
            Map.of("If-Match", sheet.headers().firstValue("ETag").orElseThrow(), "Idempotency-Key", UUID.randomUUID().toString()));
      }
    }

    private HttpResponse<String> answer(String what, String method, String url, String json, String token,
        Map<String, String> headers) throws InterruptedException {
      long first = System.nanoTime();
      for (int attempt = 1;; attempt++) {
        HttpResponse<String> r;
        try {
          r = send(method, url, json, token, headers);
        } catch (RuntimeException e) {
          refused.add(what + ": " + e + (e.getCause() == null ? "" : " / " + e.getCause()));
          throw e;
        }
        long now = System.nanoTime();
        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        if (r.statusCode() / 100 == 2) {
          acceptedAt.add(now);
          longestUntilAccepted.accumulateAndGet((now - first) / 1_000_000, Math::max);
          if ("true".equals(r.headers().firstValue("Idempotency-Replayed").orElse(null))) {
            replayed.incrementAndGet();
          }
          return r;
        }
        java.util.Optional<String> retryAfter = r.headers().firstValue("Retry-After");
        if (r.statusCode() == 503 && r.body().contains("belum dapat dipastikan apakah perubahan tersimpan")) {
          commitUnknown.incrementAndGet();
        }
        if (r.statusCode() != 503 || retryAfter.isEmpty() || attempt >= 30) {
          refused.add(what + " (attempt " + attempt + "): " + r.statusCode() + " Retry-After=" + retryAfter.orElse("none")
              + " " + r.body());
          throw new AssertionError(refused.get(refused.size() - 1));
        }
        Thread.sleep(Long.parseLong(retryAfter.get()) * 1000L);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checks

  /**
   * Every event id on both topics (except records that are not valid events) is in reporting's inbox, once. Counts
   * what it compared.
   */
  private static void assertNoEventLostOrAppliedTwice() throws Exception {
    Set<String> onTopics = new HashSet<>();
    Set<String> invalid = new HashSet<>();
    for (String topic : List.of(PLANNING_TOPIC, REALISASI_TOPIC)) {
      for (ConsumerRecord<String, String> r : new TopicProbe(kafka.bootstrapServers()).read(topic, x -> true, Duration.ofMillis(300))) {
        String id = eventId(r.value());
        if (id == null || r.value().contains("\"sebelas\"")) {
          invalid.add(r.topic() + "@" + r.offset());
        } else {
          onTopics.add(id);
        }
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
    long rows = count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "'");
    long twice = count("reporting", "select count(*) from (select event_id from inbox_event where consumer = '" + CONSUMER
        + "' group by event_id having count(*) > 1) d");
    assertThat(lost).isEmpty();
    assertThat(twice).isZero();
    assertThat(rows).isEqualTo(inbox.size());
    assertThat(inbox).containsExactlyInAnyOrderElementsOf(onTopics);
    eventsChecked = onTopics.size();
    eventsLost = lost.size();
    eventsAppliedTwice = (int) twice;
    checkedSinceLastFault = true;
  }

  /** Every cell of the given triwulan shows exactly the submitted value; the year is their sum. */
  private static void assertFigures(String kec, Set<Integer> triwulan, String tampilan) throws IOException {
    Figures.assertEqualSubmitted(report(kec, tampilan), kec, triwulan, tampilan);
  }

  private static int reportedCells(String kec, int tw, String tampilan) throws IOException {
    JsonNode report = report(kec, tampilan);
    int n = 0;
    for (String kode : INDIKATOR) {
      if (realisasi(report, kode, tw) != null) {
        n++;
      }
    }
    return n;
  }

  /** The reports of every kecamatan in both views, without the wall-clock recalculation time. */
  private static Map<String, String> reports() throws IOException {
    return reports(KECAMATAN);
  }

  private static Map<String, String> reports(List<String> kecamatan) throws IOException {
    Map<String, String> all = new TreeMap<>();
    for (String kec : kecamatan) {
      for (String tampilan : List.of("OFFICIAL", "PROVISIONAL")) {
        ObjectNode r = (ObjectNode) report(kec, tampilan);
        ((ObjectNode) r.path("dihitung")).remove("recalculatedAt");
        all.put(kec + "/" + tampilan, r.toString());
      }
    }
    return all;
  }

  private static JsonNode report(String kec, String tampilan) throws IOException {
    HttpResponse<String> r = send("GET", system.reporting().baseUrl() + "/api/laporan/kecamatan/" + kec + "/" + TAHUN
        + "?tampilan=" + tampilan, null, UjiKabupaten.bagianOrganisasi(), Map.of());
    return JSON.readTree(expect(r, 200, "report").body());
  }

  /** The realisasi of a triwulan as the report shows it, or null when it shows none. */
  private static BigDecimal realisasi(JsonNode report, String kode, int tw) {
    return Figures.realisasi(report, kode, tw);
  }

  /** How many times each event id (of {@code only}, or all when null) is on the topic. */
  private static Map<String, Integer> copiesOnTopic(String topic, Set<String> only) {
    Map<String, Integer> copies = new HashMap<>();
    for (ConsumerRecord<String, String> r : new TopicProbe(kafka.bootstrapServers()).read(topic, x -> true, Duration.ofMillis(300))) {
      String id = eventId(r.value());
      if (id != null && (only == null || only.contains(id))) {
        copies.merge(id, 1, Integer::sum);
      }
    }
    return copies;
  }

  private static String histogram(Map<String, Integer> copies) {
    return copies.values().stream().collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting())).entrySet()
        .stream().map(e -> e.getValue() + " events ×" + e.getKey()).collect(Collectors.joining(", "));
  }

  private static String eventId(String value) {
    try {
      JsonNode n = JSON.readTree(value);
      return n != null && n.path("id").isTextual() ? n.path("id").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static long inboxCount(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    return count("reporting", "select count(*) from inbox_event where consumer = '" + CONSUMER + "' and event_id in ("
        + ids.stream().map(id -> "'" + UUID.fromString(id) + "'").collect(Collectors.joining(",")) + ")");
  }

  /** Waits until reporting's consumer is blocked in its transaction; returns its pid, query and the tables it wrote. */
  private static Map<String, String> awaitBlockedConsumerTransaction() {
    return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
      Map<String, String> found = new HashMap<>();
      try (Connection c = connect("reporting"); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("""
              select a.pid, a.query,
                     (select string_agg(distinct l.relation::regclass::text, ',' order by l.relation::regclass::text)
                        from pg_locks l where l.pid = a.pid and l.mode = 'RowExclusiveLock' and l.relation is not null
                         and l.relation::regclass::text not like '%_pkey' and l.relation::regclass::text not like '%_idx') as locks
                from pg_stat_activity a
               where a.datname = 'reporting' and a.wait_event_type = 'Lock' and a.pid <> pg_backend_pid()""")) {
        if (rs.next()) {
          found.put("pid", rs.getString(1));
          found.put("query", rs.getString(2));
          found.put("locks", String.valueOf(rs.getString(3)));
        }
      }
      return found;
    }, f -> !f.isEmpty());
  }

  private static List<String> logLines(ServiceProcess service, String containing) throws IOException {
    try (Stream<String> lines = Files.lines(service.log())) {
      return lines.filter(l -> l.contains(containing)).toList();
    }
  }

  /** The consumer's lines for transient failures in reporting's log (all its lives; any of its workers). */
  private static List<String> retryLines() throws IOException {
    java.util.regex.Pattern line = java.util.regex.Pattern
        .compile("Consumer " + java.util.regex.Pattern.quote(CONSUMER) + "(-w[0-9]+)?: transient failure \\(");
    try (Stream<String> lines = Files.lines(system.reporting().log())) {
      return lines.filter(l -> line.matcher(l).find() && l.contains("retrying the batch")).toList();
    }
  }

  /** Waits for the next transient-failure line of the consumer after the first {@code seen} ones; returns it. */
  private static String awaitRetryLineAfter(long seen) {
    return await().atMost(PATIENCE).until(FaultToleranceTest::retryLines, l -> l.size() > seen).get((int) seen);
  }

  /** Nothing of a failed consumer transaction is visible: no inbox id, no read copy, no figure of the triwulan. */
  private static void assertNothingOfTheBatchVisible(String kec, List<String> ids) throws Exception {
    assertThat(inboxCount(ids)).isZero();
    assertThat(count("reporting", "select count(*) from realisasi_indikator where kecamatan_kode = '" + kec
        + "' and triwulan = 4")).isZero();
    assertThat(count("reporting", "select count(*) from realisasi_anggaran where kecamatan_kode = '" + kec
        + "' and triwulan = 4")).isZero();
    assertThat(reportedCells(kec, 4, "PROVISIONAL")).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Driving the system

  /** Submits every cell of a triwulan in one batch, then verifies and approves it: 36 events. */
  static void completeTriwulan(String kec, int tw) {
    HttpResponse<String> r = send("POST", sheet(kec, tw) + "/batch", UjiKabupaten.batch(kec, tw, Set.of()),
        UjiKabupaten.operator(kec), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    expect(r, 200, "batch " + kec + " TW " + tw);
    verifyAndApprove(kec, tw);
  }

  static void verifyAndApprove(String kec, int tw) {
    for (String action : List.of("verify", "approve")) {
      HttpResponse<String> sheet = expect(send("GET", sheet(kec, tw), null, UjiKabupaten.verifier(kec), Map.of()), 200, "sheet");
      expect(send("POST", sheet(kec, tw) + "/" + action, "{}", UjiKabupaten.verifier(kec),
          Map.of("If-Match", sheet.headers().firstValue("ETag").orElseThrow(), "Idempotency-Key", UUID.randomUUID().toString())),
          200, action + " " + kec + " TW " + tw);
    }
  }

  static String sheet(String kec, int tw) {
    return system.realization().baseUrl() + "/api/kecamatan/" + kec + "/realisasi/" + TAHUN + "/" + tw;
  }

  /** Sends the unpublished outbox rows after {@code afterId} as OutboxRelay does: same topic, key, bytes, header. */
  private static void sendAsTheRelayWould(long afterId) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    List<java.util.concurrent.Future<RecordMetadata>> acks = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p); Connection c = connect("realization");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select topic, event_key, event_type, envelope from outbox_event where id > " + afterId
            + " and published_at is null order by id")) {
      while (rs.next()) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(rs.getString(1), rs.getString(2),
            rs.getString(4).getBytes(StandardCharsets.UTF_8));
        record.headers().add("kinerja-event-type", rs.getString(3).getBytes(StandardCharsets.UTF_8));
        acks.add(producer.send(record));
      }
      for (var ack : acks) {
        ack.get(30, TimeUnit.SECONDS);
      }
    }
  }

  static HttpResponse<String> send(String method, String url, String json, String token, Map<String, String> headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
      headers.forEach(b::header);
      if (json != null) {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      LONGEST_WAIT.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
      // Every answer is held to the service's OpenAPI document, the 503s of an outage included.
      Map<String, String> answerHeaders = new HashMap<>();
      r.headers().map().forEach((k, v) -> answerHeaders.put(k, String.join(", ", v)));
      ContractValidationFilter.check(method, url, r.statusCode(), answerHeaders, r.body());
      return r;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new AssertionError(what + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static String get(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sum of every series of a metric on the service's /q/metrics. */
  static double metric(ServiceProcess service, String name) {
    return id.kinerja.deploy.testing.Metrics.sum(get(service.baseUrl() + "/q/metrics"), name);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Database

  static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
  }

  static long count(String database, String sql) throws SQLException {
    try (Connection c = connect(database)) {
      return count(c, sql);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> column(String database, String sql) throws SQLException {
    try (Connection c = connect(database)) {
      return column(c, sql);
    }
  }

  static List<String> column(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** Event id → the cell it changes ("indikator IND-01", "anggaran …"), for realization's outbox rows after a mark. */
  static Map<String, String> cellsNamedByEvents(long afterOutboxRow) throws Exception {
    Map<String, String> cells = new HashMap<>();
    try (Connection c = connect("realization"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select event_id, envelope from outbox_event where id > " + afterOutboxRow)) {
      while (rs.next()) {
        JsonNode p = JSON.readTree(rs.getString(2)).path("payload");
        cells.put(rs.getString(1), p.has("anggaranKode") ? "anggaran " + p.path("anggaranKode").asText()
            : "indikator " + p.path("indikatorKode").asText());
      }
    }
    return cells;
  }

  static void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bookkeeping

  private static void fault(String what) {
    TEST_FAULTS.add(what);
    checkedSinceLastFault = false;
    FAULTS.merge(what.replaceAll(" \\(round \\d+\\)", ""), 1, Integer::sum);
  }

  private static void note(String format, Object... args) {
    String line = String.format(format, args);
    NOTES.add(line);
    System.out.println("[fault-test] " + line);
  }

  /** {partition, offset} of a line of DeadLetters.list. */
  private static int[] position(String letter) {
    Matcher m = Pattern.compile("^(\\d+)@(\\d+) ").matcher(letter);
    assertThat(m.find()).as(letter).isTrue();
    return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
  }

  private static String summary() {
    int injected = FAULTS.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder sb = new StringBuilder("\n==== Fault-tolerance run ====\n");
    FAULTS.forEach((k, v) -> sb.append(String.format("  fault ×%d  %s%n", v, k)));
    NOTES.forEach(n -> sb.append("  note: ").append(n).append('\n'));
    PER_TEST.forEach(n -> sb.append("  per test: ").append(n).append('\n'));
    sb.append(String.format("FAULTS INJECTED = %d, EVENTS CHECKED = %d, EVENTS LOST = %d, EVENTS APPLIED TWICE = %d,"
        + " DUPLICATE DELIVERIES ON THE TOPIC (recognised and skipped) = %d%n", injected, eventsChecked, eventsLost,
        eventsAppliedTwice, duplicateDeliveries));
    return sb.toString();
  }
}
