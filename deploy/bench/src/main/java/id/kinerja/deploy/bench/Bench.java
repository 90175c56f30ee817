package id.kinerja.deploy.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.launcher.LocalRun;
import id.kinerja.deploy.localstack.DevTokens;

/**
 * The national-scale benchmark. Starts the whole stack (or attaches to a running one), loads a national dataset
 * through the public APIs — plan import per kecamatan, realisasi through the batch endpoint and single submissions —
 * and measures, on the running stack:
 * <ol>
 * <li>realisasi rows per second through the batch endpoint (closed loop, fixed concurrency), with freshness;</li>
 * <li>single submissions accepted per second (201 = durably committed with its outbox event), with freshness;</li>
 * <li>freshness: acceptance → the value visible in reporting's provisional report, p50/p95/p99;</li>
 * <li>the consolidated view of the largest kabupaten and the national roll-up, stored and recompute-on-read, p50/p99
 * and their ratio;</li>
 * <li>RSS of every service per phase;</li>
 * <li>with --rate / --rates, first an open-loop sweep ({@link SweepPhase}): single submissions at fixed offered rates,
 * accepted rate, latency, freshness and reporting's lag per step, and the sustainable rate.</li>
 * </ol>
 * Every cell is entered once: each phase skips the cells an earlier one entered ({@link EnteredCells}). The results are
 * printed, written to deploy/bench/run/results.md and, machine-readable, to deploy/bench/run/results.json
 * ({@link Results}). Run it with ./deploy/bench.sh; see docs/performance.md.
 */
public final class Bench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> opts;
  private final Path root;
  private final int kecamatanCount;
  final int tahun;
  final NationalDataset dataset;
  private final List<NationalDataset.Kabupaten> kabupaten;
  final List<NationalDataset.Kecamatan> kecamatan;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final StringBuilder report = new StringBuilder();
  private final Map<String, String> figures = new LinkedHashMap<>();
  /** Every cell entered so far, by any phase. */
  final EnteredCells entered = new EnteredCells();
  private final Results results = new Results();
  private final List<Double> rates;
  private final Set<String> skip;
  Stack stack;
  private RssSampler rss;
  private CpuAccount cpu;
  private ConsumerProgress progress;

  Bench(Map<String, String> opts, Path root) {
    this.opts = opts;
    this.root = root;
    this.kecamatanCount = intOpt("kecamatan", 730);
    this.tahun = intOpt("tahun", 2024);
    this.dataset = new NationalDataset(tahun, Long.parseLong(opts.getOrDefault("seed", "20240101")));
    this.kabupaten = dataset.layout(kecamatanCount);
    this.kecamatan = kabupaten.stream().flatMap(k -> k.kecamatan().stream()).toList();
    this.rates = SweepRule.rates(opts.get("rate"), opts.get("rates"));
    this.skip = Set.of(opts.getOrDefault("skip", "").split(","));
    for (String p : skip) {
      if (!p.isEmpty() && !Set.of("single", "batch", "views").contains(p)) {
        throw new IllegalArgumentException("--skip takes single, batch, views (comma-separated), not " + p);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    if (opts.containsKey("help")) {
      System.out.println(HELP);
      return;
    }
    Path root = Path.of(opts.getOrDefault("project-root", System.getProperty("kinerja.project.root", ".")))
        .toAbsolutePath().normalize();
    Bench bench;
    try {
      bench = new Bench(opts, root);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // Ctrl-C (or a kill) stops the stack too.
    Thread stopper = new Thread(bench::close, "bench-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    int status = 0;
    try {
      bench.run();
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    } finally {
      bench.close();
    }
    System.exit(status);
  }

  static final String HELP = """
      ./deploy/bench.sh [options]
        --kecamatan N              kecamatan in the dataset (default 730; the national run is 7300)
        --tahun Y                  plan year (default 2024; use a fresh one per run with --attach)
        --seed S                   dataset seed

      Open-loop sweep (runs after the import, before the other phases, only when --rate or --rates is given):
        --rate R                   one step at R submissions/s
        --rates R1,R2,…            a sweep, e.g. 50,100,200,400,800,1600; it stops after the first failing step
        --step-seconds S           duration of each step (default 60)
        --warm-up-seconds S        before the first step, S seconds at its rate, printed but not counted (default 30;
                                   0 = none): right after the import the submission path is not compiled yet
        --sweep-all                run every step even after one failed
        --freshness-samples N      accepted submissions to follow per step (default 250; at least 200 wanted)
        --senders N                sender threads per step (default 2 × rate, at least 64); an arrival finding none
                                   free at its planned time is not sent and counts as not accepted
        --step-catch-up-timeout S  wait at most S seconds after a step for reporting to catch up (default 600)
        --sweep-pollers N          reads of reporting in flight at a time to follow the submissions (default 4); no
                                   followed submission is skipped, they wait for their turn (the lateness is printed)
        --freshness-full-reads     poll without If-None-Match (every poll builds the whole report)
        --consumer-sample-ms MS    how often reporting's lag and progress are read (default 1000)
        A step passes when ≥ 99 % of its arrivals were accepted (201) and freshness p99 ≤ 1 s; the sustainable rate is
        the highest passing step. Arrivals go to kecamatan drawn uniformly among those with an unentered indicator cell
        (TW I–III first, then TW IV); when none is left, arrivals are not sent and the sweep stops.

      Closed-loop phases and views:
        --skip P1,P2               leave out phases: single, batch (and with it the fill), views
        --import-concurrency N     parallel plan imports (default 4)
        --batch-concurrency N      parallel batch requests (default 8)
        --single-concurrency N     parallel single submissions (default 32)
        --single-seconds S         duration of the single-submission phase (default 60)
        --freshness-every N        follow every N-th single submission (default 50)
        --freshness-every-batch N  follow every N-th batch request (default 5)
        --freshness-pollers N      samples followed at a time (default 2)
        --poll-ms MS               poll interval of a followed sample (default 25)
        --view-requests N          stored-view requests each (default 200)
        --recompute-requests N     kabupaten recompute-on-read requests (default 20)
        --national-recompute-requests N   national recompute-on-read requests (default 3)
        --catch-up-timeout S       stop waiting for reporting to apply a phase's events after S seconds (default 7200)
        --view-concurrency N       concurrent view requests (default 1)
        --service-heap SIZE        -Xmx of each service (default 256m, as the launcher)
        --jfr                      record JFR (profile) in every service; files in deploy/bench/run/
        --attach                   use a running ./deploy/run.sh stack (ports 8081-8083, PostgreSQL 15432)
        --out FILE                 also write the results here (default deploy/bench/run/results.md)
      Every run writes deploy/bench/run/results.md and results.json (the figures, null for a phase that did not run).
      """;

  void run() throws Exception {
    Instant started = Instant.now();
    String command = System.getProperty("kinerja.bench.command", "./deploy/bench.sh");
    Path runDir = root.resolve("deploy/bench/run");
    header(command, started);
    startStack(runDir);
    describeDataset();
    results.put("kecamatan", kecamatan.size()).put("tahun", tahun).put("command", command)
        .put("started", started.toString()).put("gitCommit", GitCommit.of(root)).put("completed", false);
    try {
      phases();
      results.put("completed", true);
    } catch (RuntimeException e) {
      results.put("error", e.toString());
      throw e;
    } finally {
      if (progress != null) {
        progress.close();
      }
      results.put("finished", Instant.now().toString());
      if (opts.containsKey("jfr")) {
        stack.dumpJfr(runDir);
      }
      writeResults(runDir);
    }
  }

  private void header(String command, Instant started) {
    line("# Kinerja Kecamatan national benchmark");
    line("");
    line("Command: `" + command + "`");
    line("Started: " + started);
    line("Machine: " + Machine.describe());
    line("");
  }

  /** Attaches to a running stack or starts one, and the samplers of its processes. */
  private void startStack(Path runDir) throws Exception {
    if (opts.containsKey("attach")) {
      stack = Stack.attach(opts);
      log("Attached to " + stack.planningUrl + ", " + stack.realizationUrl + ", " + stack.reportingUrl);
    } else {
      stack = Stack.start(root, runDir, opts.getOrDefault("service-heap", "256m"));
    }
    Files.createDirectories(runDir);
    rss = new RssSampler(stack.pids);
    cpu = new CpuAccount(stack.cpuParts);
    if (opts.containsKey("jfr")) {
      stack.startJfr();
    }
  }

  private void describeDataset() {
    long kabMax = kabupaten.stream().mapToInt(k -> k.kecamatan().size()).max().orElse(0);
    long kabMin = kabupaten.stream().mapToInt(k -> k.kecamatan().size()).min().orElse(0);
    line("Dataset: " + kecamatan.size() + " kecamatan in " + kabupaten.size() + " kabupaten (" + kabMin + "–" + kabMax
        + " kecamatan each), " + NationalDataset.INDICATORS + " indicators and " + NationalDataset.SUB_KEGIATAN
        + " sub kegiatan per kecamatan, tahun " + tahun + ", four triwulan: "
        + fmt(kecamatan.size() * NationalDataset.INDICATORS * 4L) + " indicator realisasi cells and "
        + fmt(kecamatan.size() * NationalDataset.SUB_KEGIATAN * 4L) + " budget realisasi cells.");
    line("PostgreSQL sessions of the services: " + stack.durability());
    line("Services: " + stack.pids.keySet() + ", heap " + opts.getOrDefault("service-heap", "256m")
        + " (-XX:+UseSerialGC, as the launcher).");
    line("");
  }

  /** The phases in their order; those named in --skip are left out. */
  private void phases() throws Exception {
    importPlans();
    mintTokens();
    // The projection's status is the operations role's (operator-sistem, no kabupaten).
    progress = new ConsumerProgress(stack, tahun, token(DevTokens.OPERATOR_SISTEM, null, null),
        intOpt("consumer-sample-ms", 1000));
    // The open-loop sweep first, on an idle consumer, and the single submissions next: their freshness is that of
    // their own rate, not of the batch load's backlog.
    if (!rates.isEmpty()) {
      sweepPhase();
      if (!skip.contains("single") || !skip.contains("batch")) {
        line("## Closed-loop load");
        line("");
      }
    }
    if (!skip.contains("single")) {
      singlePhase();
    }
    if (!skip.contains("batch")) {
      if (batchPhase()) {
        fillPhase();
      } else {
        line("- TW IV indicator cells the single phase did not reach were not entered: reporting had not caught up");
        line("");
      }
    }
    progress.close();
    if (!skip.contains("views")) {
      views();
    }
    memory();
    targets();
  }

  private void writeResults(Path runDir) throws Exception {
    Path file = Path.of(opts.getOrDefault("out", runDir.resolve("results.md").toString()));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, report.toString());
    Path json = runDir.resolve("results.json");
    results.write(json);
    if (opts.containsKey("out")) {
      results.write(Path.of(file.toString().replaceFirst("\\.md$", "") + ".json"));
    }
    log("Results written to " + file + " and " + json);
  }

  // ---------------------------------------------------------------- phase 1b: open-loop sweep

  private void sweepPhase() {
    rss.phase("sweep");
    cpu.phase("sweep");
    SweepPhase sweep = new SweepPhase(this, progress);
    List<SweepStep> steps = sweep.run(rates);
    results.sweep(steps);
    results.put("sweepStopped", sweep.stopped());
    // The next phase starts on an idle consumer, whatever the last step left behind.
    if (reportingRows() < expectedReportingRows()) {
      CatchUp c = awaitReporting();
      line("- After the sweep: " + c.text("its last step"));
      line("");
    }
  }

  synchronized void close() {
    if (rss != null) {
      rss.close();
    }
    if (stack != null) {
      log("Stopping the stack …");
      stack.close();
      stack = null;
    }
  }

  // ---------------------------------------------------------------- phase 1: plans

  private void importPlans() {
    rss.phase("import");
    cpu.phase("import");
    log("Importing " + kecamatan.size() + " plans (POST /api/rencana-import) …");
    // Round-robin over kabupaten: imports are serialised per kabupaten, so neighbours in the queue differ.
    List<NationalDataset.Kecamatan> order = new ArrayList<>();
    for (int i = 0; i < NationalDataset.MAX_KECAMATAN_PER_KABUPATEN; i++) {
      for (NationalDataset.Kabupaten k : kabupaten) {
        if (i < k.kecamatan().size()) {
          order.add(k.kecamatan().get(i));
        }
      }
    }
    Http http = new Http(intOpt("import-concurrency", 4));
    ClosedLoop.Result r = new ClosedLoop<>(intOpt("import-concurrency", 4), order.iterator(), (NationalDataset.Kecamatan k) -> {
      Http.Answer a = http.send("POST", stack.planningUrl + "/api/rencana-import", json(dataset.document(k)),
          token("planner", k.kabupatenKode(), null), Map.of());
      return a.status() == 200 ? ClosedLoop.Outcome.ok(1) : ClosedLoop.Outcome.failed(a.status() + " " + a.body());
    }).run(Long.MAX_VALUE);
    requireNoFailures("plan import", r);
    line("## Load");
    line("");
    line(String.format("- Plan import: %d plans in %.1f s (%.1f plans/s at concurrency %d), latency p50 %s p99 %s",
        r.okTasks(), r.seconds(), r.tasksPerSecond(), intOpt("import-concurrency", 4), ms(r.latencyMicros(), 50),
        ms(r.latencyMicros(), 99)));
    long t0 = System.nanoTime();
    int n = kecamatan.size();
    awaitCondition("realization and reporting hold every plan copy", Duration.ofMinutes(60), () ->
        stack.count("realization", "select count(*) from rencana_copy where tahun = " + tahun) >= n
            && stack.count("realization", "select count(*) from jadwal_copy where tahun = " + tahun) >= kabupaten.size() * 4L
            && stack.count("reporting", "select count(*) from fig_recalc where tahun = " + tahun) >= n);
    line(String.format("- Plan copies in realization and reporting (figures computed) %.1f s after the last import",
        (System.nanoTime() - t0) / 1e9));
  }

  private void mintTokens() {
    long t0 = System.nanoTime();
    kecamatan.parallelStream().forEach(k -> token("operator", k.kabupatenKode(), k.kode()));
    log(String.format("Minted %d operator tokens in %.1f s", kecamatan.size(), (System.nanoTime() - t0) / 1e9));
  }

  // ---------------------------------------------------------------- phase 2: batch endpoint

  private record BatchTask(NationalDataset.Kecamatan kecamatan, int triwulan, List<String> indikator, boolean anggaran) {
    int rows() {
      return indikator.size() + (anggaran ? NationalDataset.SUB_KEGIATAN : 0);
    }
  }

  private boolean batchPhase() {
    rss.phase("batch");
    cpu.phase("batch");
    long t0 = System.nanoTime();
    List<BatchTask> tasks = new ArrayList<>();
    for (int tw = 1; tw <= 3; tw++) {
      for (NationalDataset.Kecamatan k : kecamatan) {
        tasks.add(new BatchTask(k, tw, entered.notEntered(k.kode(), tw), true));
      }
    }
    for (NationalDataset.Kecamatan k : kecamatan) {
      tasks.add(new BatchTask(k, 4, List.of(), true));
    }
    int concurrency = intOpt("batch-concurrency", 8);
    long swept = entered.indikatorInTriwulan(1) + entered.indikatorInTriwulan(2) + entered.indikatorInTriwulan(3);
    log("Batch phase: " + tasks.size() + " batch requests (TW I–III indicators and budget, TW IV budget), concurrency "
        + concurrency + (swept > 0 ? ", without the " + swept + " TW I–III cells the sweep entered" : "") + " …");
    Http http = new Http(concurrency);
    Freshness freshness = freshness();
    int every = intOpt("freshness-every-batch", 5);
    AtomicLong seq = new AtomicLong();
    ClosedLoop.Result r = new ClosedLoop<>(concurrency, tasks.iterator(), (BatchTask t) -> {
      ClosedLoop.Outcome o = postBatch(http, t);
      // The request's last plain-value indicator (usually IK-5-6, a SUM count) is followed.
      String kode = t.indikator().stream().filter(i -> !NationalDataset.hasKomponen(i)).reduce((a, b) -> b).orElse(null);
      if (o.ok() && kode != null && seq.incrementAndGet() % every == 0) {
        freshness.offer(System.nanoTime(), t.kecamatan().kode(), t.triwulan(), kode,
            (BigDecimal) dataset.nilai(t.kecamatan().kode(), t.triwulan(), kode).get("nilai"));
      }
      return o;
    }).run(Long.MAX_VALUE);
    requireNoFailures("batch", r);
    long loaded = System.nanoTime();
    CatchUp caughtUp = awaitReporting();
    long caughtUpAt = System.nanoTime();
    freshness.drain();
    line(String.format("- Batch endpoint: %s requests, %s realisasi rows in %.1f s at concurrency %d; request latency"
        + " p50 %s, p99 %s", fmt(r.okTasks()), fmt(r.units()), r.seconds(), concurrency, ms(r.latencyMicros(), 50),
        ms(r.latencyMicros(), 99)));
    line("  " + caughtUp.text("the last batch was accepted"));
    figures.put("batchRowsPerSecond", String.format("%.0f", r.unitsPerSecond()));
    figures.put("batchRequestLatency", "p50 " + ms(r.latencyMicros(), 50) + ", p99 " + ms(r.latencyMicros(), 99));
    putFreshness("batch", freshness);
    results.put("batch.rowsPerSecond", r.unitsPerSecond()).put("batch.rows", r.units()).put("batch.requests", r.okTasks())
        .put("batch.seconds", r.seconds()).put("batch.concurrency", concurrency)
        .put("batch.latencyP50Ms", millis(r.latencyMicros(), 50)).put("batch.latencyP99Ms", millis(r.latencyMicros(), 99))
        .put("batch.catchUpSeconds", caughtUp.complete() ? caughtUp.seconds() : null)
        .put("batch.caughtUp", caughtUp.complete());
    consumerWhileCatchingUp(t0, loaded, caughtUpAt);
    return caughtUp.complete();
  }

  /**
   * The reporting consumer's throughput while it works off the batch load: over the catch-up after the last batch
   * (its backlog intervals), or, when that was too short to tell (under 5 s of backlog), over the whole batch phase.
   */
  private void consumerWhileCatchingUp(long phaseStart, long loaded, long caughtUpAt) {
    ConsumerProgress.Rate rate = progress.rate(loaded, caughtUpAt);
    String window = "the catch-up after the last batch";
    if (rate.busySeconds() < 5) {
      rate = progress.rate(phaseStart, caughtUpAt);
      window = "the batch phase, load and catch-up";
    }
    String source = progress.source();
    results.put("consumer.kecamatanTahunPerSecond", rate.kecamatanTahunPerSecond())
        .put("consumer.eventsPerSecond", rate.eventsPerSecond()).put("consumer.busySeconds", rate.busySeconds())
        .put("consumer.window", window).put("consumer.source", source);
    figures.put("consumerKecamatanTahun", rate.kecamatanTahunPerSecond() == null ? null
        : String.format("%.1f", rate.kecamatanTahunPerSecond()));
    line(String.format("  reporting consumer while it had a backlog (≥ %d records, %.0f s of %s): %s distinct kecamatan-years"
        + " recalculated per second%s, %s events applied per second", ConsumerProgress.BACKLOG_RECORDS,
        rate.busySeconds(), window, rate.kecamatanTahunPerSecond() == null ? "–"
            : String.format("%.1f", rate.kecamatanTahunPerSecond()),
        source == null ? " (not observable: no metric " + ConsumerProgress.RECALCULATED_METRIC + ", no fig_recalc)"
            : " (from " + source + ")", rate.eventsPerSecond() == null ? "–" : String.format("%.0f", rate.eventsPerSecond())));
  }

  private ClosedLoop.Outcome postBatch(Http http, BatchTask t) {
    ObjectNode body = JSON.createObjectNode().put("ajukan", true);
    ArrayNode ind = body.putArray("indikator");
    for (String kode : t.indikator()) {
      ObjectNode item = ind.addObject().put("indikatorKode", kode).put("keadaan", "REPORTED");
      dataset.nilai(t.kecamatan().kode(), t.triwulan(), kode).forEach((f, v) -> item.put(f, (BigDecimal) v));
    }
    ArrayNode ang = body.putArray("anggaran");
    if (t.anggaran()) {
      for (String kode : NationalDataset.SUB_KEGIATAN_KODE) {
        ang.addObject().put("anggaranKode", kode).put("nilai", dataset.belanja(t.kecamatan().kode(), t.triwulan(), kode));
      }
    }
    Http.Answer a = http.send("POST", sheet(t.kecamatan().kode(), t.triwulan()) + "/batch", body.toString(),
        token("operator", t.kecamatan().kabupatenKode(), t.kecamatan().kode()),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    if (a.status() != 200) {
      return ClosedLoop.Outcome.failed(a.status() + " " + a.body());
    }
    t.indikator().forEach(kode -> entered.add(t.kecamatan().kode(), t.triwulan(), kode));
    if (t.anggaran()) {
      entered.addAnggaran(NationalDataset.SUB_KEGIATAN);
    }
    return ClosedLoop.Outcome.ok(t.rows());
  }

  // ---------------------------------------------------------------- phase 3: single submissions

  private record Cell(NationalDataset.Kecamatan kecamatan, String indikator) {
  }

  private void singlePhase() {
    rss.phase("single");
    cpu.phase("single");
    int concurrency = intOpt("single-concurrency", 32);
    int seconds = intOpt("single-seconds", 60);
    // Like operators at work: the requests in flight belong to `concurrency` different kecamatan, each entering its
    // TW IV indicators one after another (those the sweep has not entered).
    List<Cell> order = new ArrayList<>();
    for (int from = 0; from < kecamatan.size(); from += concurrency) {
      List<NationalDataset.Kecamatan> group = kecamatan.subList(from, Math.min(kecamatan.size(), from + concurrency));
      for (String kode : NationalDataset.INDIKATOR) {
        for (NationalDataset.Kecamatan k : group) {
          if (!entered.contains(k.kode(), 4, kode)) {
            order.add(new Cell(k, kode));
          }
        }
      }
    }
    log("Single-submission phase: PUT …/indikator/{kode} with ajukan=true, concurrency " + concurrency + ", " + seconds
        + " s (at most " + order.size() + " TW IV cells) …");
    Http http = new Http(concurrency);
    Freshness freshness = freshness();
    int every = intOpt("freshness-every", 50);
    AtomicLong seq = new AtomicLong();
    Iterator<Cell> it = order.iterator();
    ClosedLoop.Result r = new ClosedLoop<>(concurrency, it, (Cell c) -> {
      Map<String, Object> nilai = dataset.nilai(c.kecamatan().kode(), 4, c.indikator());
      ObjectNode body = JSON.createObjectNode().put("keadaan", "REPORTED").put("ajukan", true);
      nilai.forEach((f, v) -> body.put(f, (BigDecimal) v));
      Http.Answer a = http.send("PUT", sheet(c.kecamatan().kode(), 4) + "/indikator/" + c.indikator(), body.toString(),
          token("operator", c.kecamatan().kabupatenKode(), c.kecamatan().kode()),
          Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      if (a.status() != 201) {
        return ClosedLoop.Outcome.failed(a.status() + " " + a.body());
      }
      long accepted = System.nanoTime();
      entered.add(c.kecamatan().kode(), 4, c.indikator());
      if (seq.incrementAndGet() % every == 0 && !NationalDataset.hasKomponen(c.indikator())) {
        freshness.offer(accepted, c.kecamatan().kode(), 4, c.indikator(), (BigDecimal) nilai.get("nilai"));
      }
      return ClosedLoop.Outcome.ok(1);
    }).run(System.nanoTime() + seconds * 1_000_000_000L);
    requireNoFailures("single submission", r);
    CatchUp caughtUp = awaitReporting();
    freshness.drain();
    line(String.format("- Single submissions: %s accepted (201) in %.1f s at concurrency %d; latency p50 %s, p95 %s, p99 %s",
        fmt(r.okTasks()), r.seconds(), concurrency, ms(r.latencyMicros(), 50), ms(r.latencyMicros(), 95),
        ms(r.latencyMicros(), 99)));
    line("  " + caughtUp.text("the last submission"));
    figures.put("singlePerSecond", String.format("%.0f", r.tasksPerSecond()));
    figures.put("singleLatency", "p50 " + ms(r.latencyMicros(), 50) + ", p99 " + ms(r.latencyMicros(), 99));
    putFreshness("single", freshness);
    results.put("single.acceptedPerSecond", r.tasksPerSecond()).put("single.accepted", r.okTasks())
        .put("single.seconds", r.seconds()).put("single.concurrency", concurrency)
        .put("single.latencyP50Ms", millis(r.latencyMicros(), 50)).put("single.latencyP99Ms", millis(r.latencyMicros(), 99))
        .put("single.catchUpSeconds", caughtUp.complete() ? caughtUp.seconds() : null);
  }

  /** The TW IV indicator cells the timed phase did not reach, through the batch endpoint (not measured). */
  private void fillPhase() {
    rss.phase("fill");
    cpu.phase("fill");
    List<BatchTask> tasks = new ArrayList<>();
    for (NationalDataset.Kecamatan k : kecamatan) {
      List<String> rest = entered.notEntered(k.kode(), 4);
      if (!rest.isEmpty()) {
        tasks.add(new BatchTask(k, 4, rest, false));
      }
    }
    log("Completing TW IV: " + tasks.size() + " batch requests …");
    int concurrency = intOpt("batch-concurrency", 8);
    Http http = new Http(concurrency);
    ClosedLoop.Result r = new ClosedLoop<>(concurrency, tasks.iterator(), (BatchTask t) -> postBatch(http, t))
        .run(Long.MAX_VALUE);
    requireNoFailures("fill", r);
    CatchUp caughtUp = awaitReporting();
    line(String.format("- TW IV completed through the batch endpoint: %s rows (not measured); the dataset now holds %s"
        + " indicator and %s budget realisasi rows", fmt(r.units()), fmt(kecamatan.size() * NationalDataset.INDICATORS * 4L),
        fmt(kecamatan.size() * NationalDataset.SUB_KEGIATAN * 4L)));
    line("  " + caughtUp.text("the last batch"));
    line("");
  }

  /** How the wait for reporting ended. */
  private record CatchUp(boolean complete, double seconds, long applied, long expected, long appliedWhileWaiting) {
    String text(String after) {
      return complete ? String.format("reporting had applied and recalculated everything %.1f s after %s", seconds, after)
          : String.format("reporting had applied %s of %s realisasi rows when the benchmark stopped waiting %.0f s after %s"
              + " (--catch-up-timeout); it applied %.0f rows/s while waiting", fmt(applied), fmt(expected), seconds,
              after, appliedWhileWaiting / seconds);
    }
  }

  /** Waits (at most --catch-up-timeout seconds) until reporting holds every realisasi cell entered so far. */
  private CatchUp awaitReporting() {
    long indikatorRows = entered.indikator();
    long anggaranRows = entered.anggaran();
    long t0 = System.nanoTime();
    long deadline = t0 + intOpt("catch-up-timeout", 7200) * 1_000_000_000L;
    long start = reportingRows();
    long lastLog = t0;
    long now = start;
    while (now < indikatorRows + anggaranRows && System.nanoTime() < deadline) {
      LocalRun.sleep(500);
      now = reportingRows();
      if (System.nanoTime() - lastLog > 30_000_000_000L) {
        log(String.format("… reporting has applied %s of %s realisasi rows", fmt(now), fmt(indikatorRows + anggaranRows)));
        lastLog = System.nanoTime();
      }
    }
    return new CatchUp(now >= indikatorRows + anggaranRows, (System.nanoTime() - t0) / 1e9, now,
        indikatorRows + anggaranRows, now - start);
  }

  /** Realisasi rows reporting must hold once it has applied everything entered so far (one version per cell). */
  long expectedReportingRows() {
    return entered.indikator() + entered.anggaran();
  }

  long reportingRows() {
    return stack.count("reporting", "select (select count(*) from realisasi_indikator where tahun = " + tahun
        + ") + (select count(*) from realisasi_anggaran where tahun = " + tahun + ")");
  }

  // ---------------------------------------------------------------- phase 4: views

  private void views() {
    rss.phase("views");
    cpu.phase("views");
    NationalDataset.Kabupaten kab = kabupaten.stream().max(Comparator.comparingInt(k -> k.kecamatan().size())).orElseThrow();
    String bagor = token("bagian-organisasi", kab.kode(), null);
    String konsolidasi = stack.reportingUrl + "/api/laporan/kabupaten/" + kab.kode() + "/" + tahun
        + "/konsolidasi?tampilan=PROVISIONAL&size=500";
    String nasional = stack.reportingUrl + "/api/laporan/nasional/" + tahun + "?tampilan=PROVISIONAL";
    int concurrency = intOpt("view-concurrency", 1);
    Http http = new Http(Math.max(2, concurrency));
    log("Views: kabupaten " + kab.kode() + " (" + kab.kecamatan().size() + " kecamatan) and the national roll-up …");

    // Same answer both ways (the benchmark would compare nothing otherwise).
    String sameKab = difference(http, konsolidasi, bagor, "ringkasan", "items");
    String sameNat = difference(http, nasional, bagor, "nasional", "items");

    Histogram kStored = measure(http, konsolidasi + "&mode=STORED", bagor, intOpt("view-requests", 200), concurrency);
    Histogram kRecompute = measure(http, konsolidasi + "&mode=RECOMPUTE", bagor, intOpt("recompute-requests", 20), concurrency);
    Histogram nStored = measure(http, nasional + "&mode=STORED", bagor, intOpt("view-requests", 200), concurrency);
    Histogram nRecompute = measure(http, nasional + "&mode=RECOMPUTE", bagor, intOpt("national-recompute-requests", 3),
        concurrency);
    line("## Views (tampilan PROVISIONAL, the year; concurrency " + concurrency + ", after warm-up)");
    line("");
    line("| View | Requests | p50 | p99 | max |");
    line("|---|---:|---:|---:|---:|");
    viewRow("Konsolidasi " + kab.kode() + " (" + kab.kecamatan().size() + " kecamatan), stored summaries", kStored);
    viewRow("Konsolidasi " + kab.kode() + ", recompute-on-read (mode=RECOMPUTE)", kRecompute);
    viewRow("National roll-up (" + kabupaten.size() + " kabupaten), stored", nStored);
    viewRow("National roll-up, recompute-on-read (mode=RECOMPUTE)", nRecompute);
    line("");
    double kRatio = (double) kRecompute.getValueAtPercentile(50) / kStored.getValueAtPercentile(50);
    double nRatio = (double) nRecompute.getValueAtPercentile(50) / nStored.getValueAtPercentile(50);
    line(String.format("- Recompute-on-read / stored (p50): konsolidasi %.0f×, national %.0f×; same answer both ways:"
        + " konsolidasi %s, national %s", kRatio, nRatio, sameKab == null ? "yes" : "NO (" + sameKab + ")",
        sameNat == null ? "yes" : "NO (" + sameNat + ")"));
    line("");
    figures.put("kabStoredP99", ms(kStored, 99));
    figures.put("natStoredP99", ms(nStored, 99));
    figures.put("kabRatio", String.format("%.0f", kRatio));
    figures.put("natRatio", String.format("%.0f", nRatio));
    figures.put("kabStoredP99Micros", Long.toString(kStored.getValueAtPercentile(99)));
    figures.put("natStoredP99Micros", Long.toString(nStored.getValueAtPercentile(99)));
    results.put("views.konsolidasiP99Ms", millis(kStored, 99)).put("views.nasionalP99Ms", millis(nStored, 99))
        .put("views.konsolidasiRatio", kRatio).put("views.nasionalRatio", nRatio)
        .put("views.konsolidasiP50Ms", millis(kStored, 50)).put("views.nasionalP50Ms", millis(nStored, 50))
        .put("views.konsolidasiRecomputeP50Ms", millis(kRecompute, 50))
        .put("views.nasionalRecomputeP50Ms", millis(nRecompute, 50))
        .put("views.sameAnswerKonsolidasi", sameKab == null).put("views.sameAnswerNasional", sameNat == null);
  }

  /** The first difference between the STORED and the RECOMPUTE answer in the given fields; null when equal. */
  private String difference(Http http, String url, String token, String... fields) {
    Http.Answer stored = http.get(url + "&mode=STORED", token);
    Http.Answer recomputed = http.get(url + "&mode=RECOMPUTE", token);
    if (stored.status() != 200 || recomputed.status() != 200) {
      throw new IllegalStateException("view " + url + " answered " + stored.status() + " / " + recomputed.status() + ": "
          + stored.body() + " / " + recomputed.body());
    }
    JsonNode a = tree(stored.body());
    JsonNode b = tree(recomputed.body());
    for (String f : fields) {
      String d = firstDifference(f, a.path(f), b.path(f));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String firstDifference(String path, JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return null;
    }
    if (a.isObject() && b.isObject()) {
      for (var names = a.fieldNames(); names.hasNext();) {
        String n = names.next();
        String d = firstDifference(path + "." + n, a.path(n), b.path(n));
        if (d != null) {
          return d;
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String d = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
        if (d != null) {
          return d;
        }
      }
    }
    String sa = a.toString();
    String sb = b.toString();
    return path + ": stored " + (sa.length() > 80 ? sa.substring(0, 80) + "…" : sa) + ", recomputed "
        + (sb.length() > 80 ? sb.substring(0, 80) + "…" : sb);
  }

  /** Latency of {@code requests} GETs after a warm-up (none for the slow recompute reads: the same-answer check ran them). */
  private Histogram measure(Http http, String url, String token, int requests, int concurrency) {
    int warmUp = url.contains("mode=RECOMPUTE") ? 0 : Math.min(20, Math.max(1, requests / 10));
    for (int i = 0; i < warmUp; i++) {
      http.get(url, token);
    }
    Iterator<Integer> n = java.util.stream.IntStream.range(0, requests).iterator();
    ClosedLoop.Result r = new ClosedLoop<>(concurrency, n, (Integer i) -> {
      Http.Answer a = http.get(url, token);
      return a.status() == 200 ? ClosedLoop.Outcome.ok(1) : ClosedLoop.Outcome.failed(a.status() + " " + a.body());
    }).run(Long.MAX_VALUE);
    requireNoFailures(url, r);
    return r.latencyMicros();
  }

  private void viewRow(String name, Histogram h) {
    line("| " + name + " | " + h.getTotalCount() + " | " + ms(h, 50) + " | " + ms(h, 99) + " | "
        + String.format("%.1f ms", h.getMaxValue() / 1000.0) + " |");
  }

  // ---------------------------------------------------------------- memory and targets

  private void memory() {
    rss.phase("end");
    cpu.phase("end");
    Map<String, Map<String, Long>> max = rss.maxKbByPhase();
    line("## Memory: maximum RSS per phase (MB)");
    line("");
    List<String> phases = new ArrayList<>(max.keySet());
    phases.remove("start");
    phases.remove("end");
    line("| Service | " + String.join(" | ", phases) + " |");
    line("|---|" + "---:|".repeat(phases.size()));
    long worst = 0;
    Map<String, Long> perService = new LinkedHashMap<>();
    for (String service : stack.pids.keySet()) {
      StringBuilder row = new StringBuilder("| " + service + " |");
      for (String p : phases) {
        long kb = max.getOrDefault(p, Map.of()).getOrDefault(service, -1L);
        row.append(' ').append(kb < 0 ? "–" : Long.toString(kb / 1024)).append(" |");
        worst = Math.max(worst, kb);
        perService.merge(service, Math.max(0, kb) / 1024, Math::max);
      }
      line(row.toString());
    }
    line("");
    figures.put("rssMaxMb", Long.toString(worst / 1024));
    results.put("rssMaxMb", perService);

    line("## CPU: seconds used per phase (2 cores = 2 CPU-seconds per second of wall time)");
    line("");
    Map<String, Map<String, Double>> cpuSeconds = cpu.secondsByPhase();
    List<String> cpuPhases = new ArrayList<>(cpuSeconds.keySet());
    line("| Part | " + String.join(" | ", cpuPhases) + " |");
    line("|---|" + "---:|".repeat(cpuPhases.size()));
    StringBuilder wall = new StringBuilder("| wall time (s) |");
    cpuPhases.forEach(p -> wall.append(String.format(" %.0f |", cpu.wallByPhase().get(p))));
    line(wall.toString());
    for (String part : cpuSeconds.get(cpuPhases.get(0)).keySet()) {
      StringBuilder row = new StringBuilder("| " + part + " |");
      cpuPhases.forEach(p -> row.append(String.format(" %.0f |", cpuSeconds.get(p).getOrDefault(part, 0.0))));
      line(row.toString());
    }
    line("");
    line("\"machine (all processes)\" includes work of other users of the machine; the difference to the sum of the parts"
        + " above is CPU the benchmark did not get.");
    line("");
  }

  /** The targets of issue 13 (docs/performance.md), each met, missed by how much, or not measured in this run. */
  private void targets() {
    line("## Targets");
    line("");
    line("| Target | Measured | |");
    line("|---|---:|---|");
    JsonNode sustainable = results.get("sustainableRate");
    atLeast("sustainable open-loop rate ≥ 500 submissions/s (freshness p99 ≤ 1 s, uniformly over every kecamatan)",
        sustainable.isNumber() ? sustainable.asDouble() : null, 500, "/s");
    atLeast("closed-loop single submissions ≥ 1,000/s", number("single.acceptedPerSecond"), 1000, "/s");
    atLeast("batch endpoint ≥ 20,000 rows/s", number("batch.rowsPerSecond"), 20000, "rows/s");
    atMost("reporting caught up ≤ 30 s after the last batch", number("batch.catchUpSeconds"), 30, "s");
    atLeast("reporting consumer ≥ 1,000 distinct kecamatan-years/s while catching up",
        number("consumer.kecamatanTahunPerSecond"), 1000, "/s");
    atMost("konsolidasi p99 ≤ 10 ms", number("views.konsolidasiP99Ms"), 10, "ms");
    atMost("national roll-up p99 ≤ 20 ms", number("views.nasionalP99Ms"), 20, "ms");
    JsonNode rssMax = results.get("rssMaxMb");
    Double worst = null;
    for (JsonNode v : rssMax) {
      worst = worst == null ? v.asDouble() : Math.max(worst, v.asDouble());
    }
    atMost("each service ≤ 350 MB RSS", worst, 350, "MB");
    line("");
  }

  private Double number(String key) {
    JsonNode n = results.get(key);
    return n.isNumber() ? n.asDouble() : null;
  }

  private void atLeast(String what, Double measured, double target, String unit) {
    target(what, measured, unit, measured == null ? null : measured >= target,
        measured == null || measured >= target ? null : measured == 0 ? "missed" : missedBy(target / measured));
  }

  private void atMost(String what, Double measured, double target, String unit) {
    target(what, measured, unit, measured == null ? null : measured <= target,
        measured == null || measured <= target ? null : missedBy(measured / target));
  }

  /** "missed by 15 %" for a near miss, "missed by 2.3×" for a far one. */
  static String missedBy(double factor) {
    return factor < 2 ? String.format("missed by %.0f %%", (factor - 1) * 100) : String.format("missed by %.1f×", factor);
  }

  private void target(String what, Double measured, String unit, Boolean met, String missed) {
    String value = measured == null ? "not measured" : (measured == Math.rint(measured) && Math.abs(measured) < 1e12
        ? String.format("%,d", measured.longValue()) : String.format("%,.1f", measured)) + " " + unit;
    line("| " + what + " | " + value + " | " + (met == null ? "–" : met ? "met" : "**" + missed + "**") + " |");
  }

  // ---------------------------------------------------------------- helpers

  /** A percentile of a µs histogram in ms; null without values. */
  static Double millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? null : h.getValueAtPercentile(percentile) / 1000.0;
  }

  private Freshness freshness() {
    return new Freshness(new Http(intOpt("freshness-pollers", 2)), stack.reportingUrl, tahun,
        kec -> token("operator", kec.substring(0, 5), kec), intOpt("freshness-pollers", 2), intOpt("poll-ms", 25));
  }

  private void putFreshness(String phase, Freshness f) {
    Histogram h = f.histogram();
    Percentiles.Summary summary = f.summary();
    String text = summary.text("ms");
    line(String.format("  freshness (acceptance → visible in reporting, %d samples, %d skipped while the pollers were busy,"
        + " %d timed out, %d polls every %d ms): %s", h.getTotalCount(), f.skipped(), f.timedOut(), f.polls(),
        intOpt("poll-ms", 25), text));
    results.put(phase + ".freshnessP50Ms", summary.p50()).put(phase + ".freshnessP95Ms", summary.p95())
        .put(phase + ".freshnessP99Ms", summary.p99()).put(phase + ".freshnessSamples", summary.samples())
        .put(phase + ".freshnessSkipped", f.skipped());
    figures.put(phase + "FreshnessP99", h.getTotalCount() == 0 ? "no sample" : h.getValueAtPercentile(99) + " ms");
    figures.put(phase + "FreshnessP99Ms", Long.toString(f.timedOut() > 0 || h.getTotalCount() == 0 ? Long.MAX_VALUE
        : h.getValueAtPercentile(99)));
  }

  String sheet(String kec, int tw) {
    return stack.realizationUrl + "/api/kecamatan/" + kec + "/realisasi/" + tahun + "/" + tw;
  }

  /** Development tokens (12 h): planner / bagian-organisasi per kabupaten, operator per kecamatan. */
  String token(String role, String kab, String kec) {
    return tokens.computeIfAbsent(role + "|" + kab + "|" + kec,
        k -> DevTokens.token(role + "." + (kec == null ? kab : kec), Set.of(role), kab, kec));
  }

  private static void requireNoFailures(String what, ClosedLoop.Result r) {
    if (r.failed() > 0) {
      throw new IllegalStateException(what + ": " + r.failed() + " of " + r.tasks() + " requests failed, e.g. "
          + r.sampleErrors());
    }
  }

  private static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long t0 = System.nanoTime();
    long lastLog = t0;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting until " + what);
      }
      if (System.nanoTime() - lastLog > 30_000_000_000L) {
        log(String.format("… still waiting until %s (%.0f s)", what, (System.nanoTime() - t0) / 1e9));
        lastLog = System.nanoTime();
      }
      LocalRun.sleep(200);
    }
  }

  static String ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? "–" : String.format("%.1f ms", h.getValueAtPercentile(percentile) / 1000.0);
  }

  static String fmt(long n) {
    return String.format("%,d", n);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode tree(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int intOpt(String name, int fallback) {
    return Integer.parseInt(opts.getOrDefault(name, Integer.toString(fallback)));
  }

  String opt(String name, String fallback) {
    return opts.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return opts.containsKey(name);
  }

  long seed() {
    return Long.parseLong(opts.getOrDefault("seed", "20240101"));
  }

  synchronized void line(String s) {
    report.append(s).append('\n');
    System.out.println(s);
  }

  static void log(String message) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
  }

  /** The command-line options; an argument that is not one is refused with the help text. */
  static Map<String, String> parse(String[] args) {
    try {
      return LocalRun.options(args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n" + HELP, e);
    }
  }
}
