package id.kinerja.deploy.launcher;

import static id.kinerja.deploy.launcher.UjiKabupaten.ANGGARAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.EVENTS_PER_TRIWULAN;
import static id.kinerja.deploy.launcher.UjiKabupaten.INDIKATOR;
import static id.kinerja.deploy.launcher.UjiKabupaten.KECAMATAN;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
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
 * </ol>
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
  private static KafkaProcess kafka;
  private static LocalSystem system;

  /** What was injected, by kind, in order. */
  private static final Map<String, Integer> FAULTS = new LinkedHashMap<>();
  private static int eventsChecked;
  private static int eventsLost = -1;
  private static int eventsAppliedTwice = -1;
  private static int duplicateDeliveries;
  private static final List<String> NOTES = new ArrayList<>();

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

    kafka = kafka.startAgain();

    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(count("realization", "select count(*) from outbox_event where published_at is null")).isZero();
      assertThat(metric(system.realization(), "kinerja_outbox_backlog")).isZero();
    });
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxCount(ids)).isEqualTo(ids.size()));
    for (String kec : KECAMATAN) {
      assertFigures(kec, Set.of(1), "OFFICIAL");
    }
    // The failed attempt's buffered copies were discarded with its producer: each event is on the topic once.
    Map<String, Integer> copies = copiesOnTopic(REALISASI_TOPIC, Set.copyOf(ids));
    assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(copies.values()).containsOnly(1);
    note("broker outage: %d events committed while the broker was down, all delivered; copies on the topic: %s", produced,
        histogram(copies));
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
  }

  /** Every cell of the given triwulan shows exactly the submitted value; the year is their sum. */
  private static void assertFigures(String kec, Set<Integer> triwulan, String tampilan) throws IOException {
    JsonNode report = report(kec, tampilan);
    for (String kode : INDIKATOR) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int tw = 1; tw <= 4; tw++) {
        BigDecimal shown = realisasi(report, kode, tw);
        if (triwulan.contains(tw)) {
          assertThat(shown).as("%s %s TW %d %s", kec, kode, tw, tampilan).isEqualByComparingTo(UjiKabupaten.nilai(kec, tw, kode));
          sum = sum.add(shown);
        } else {
          assertThat(shown).as("%s %s TW %d %s", kec, kode, tw, tampilan).isNull();
        }
      }
      JsonNode year = indikator(report, kode).path("tahunan").path("realisasi");
      assertThat(new BigDecimal(year.path("raw").asText())).as("%s %s year", kec, kode).isEqualByComparingTo(sum);
    }
    for (String kode : ANGGARAN) {
      JsonNode line = find(report.path("anggaran"), "kode", kode);
      for (int tw : triwulan) {
        JsonNode periode = find(line.path("periode"), "periode", Integer.toString(tw));
        assertThat(periode.path("realisasi").path("nilai").asLong()).as("%s %s TW %d", kec, kode, tw)
            .isEqualTo(UjiKabupaten.belanja(kec, tw, kode));
      }
    }
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
    Map<String, String> all = new TreeMap<>();
    for (String kec : KECAMATAN) {
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

  private static JsonNode indikator(JsonNode report, String kode) {
    return find(report.path("indikator"), "kode", kode);
  }

  /** The realisasi of a triwulan as the report shows it, or null when it shows none. */
  private static BigDecimal realisasi(JsonNode report, String kode, int tw) {
    JsonNode nilai = find(indikator(report, kode).path("triwulan"), "triwulan", Integer.toString(tw)).path("realisasi");
    return nilai.path("raw").isNumber() ? nilai.path("raw").decimalValue() : null;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
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
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
    return get(service.baseUrl() + "/q/metrics").lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Database

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

  static void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bookkeeping

  private static void fault(String what) {
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
    sb.append(String.format("FAULTS INJECTED = %d, EVENTS CHECKED = %d, EVENTS LOST = %d, EVENTS APPLIED TWICE = %d,"
        + " DUPLICATE DELIVERIES ON THE TOPIC (recognised and skipped) = %d%n", injected, eventsChecked, eventsLost,
        eventsAppliedTwice, duplicateDeliveries));
    return sb.toString();
  }
}
