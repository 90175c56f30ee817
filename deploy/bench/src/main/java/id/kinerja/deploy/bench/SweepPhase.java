package id.kinerja.deploy.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.deploy.launcher.LocalRun;

/**
 * The open-loop sweep (--rate / --rates): for each rate one step of --step-seconds in which single submissions arrive
 * at that fixed rate whatever the answers do ({@link OpenLoop}), each to a random kecamatan of the whole dataset and one
 * of its unentered indicator cells ({@link CellQueues}); every n-th accepted one is followed until reporting shows it
 * ({@link Follower}). After each step it waits (bounded) until reporting holds every accepted submission, so every step
 * starts on an idle consumer. It stops after the first failing step unless --sweep-all.
 */
final class SweepPhase {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Share of indicator cells entered as a plain value (1 of the 6 kinds is entered as components). */
  private static final double FOLLOWABLE_SHARE = 5.0 / 6.0;

  private final Bench bench;
  private final ConsumerProgress progress;
  private final double stepSeconds;
  private final double warmUpSeconds;
  private final int samplesTarget;
  private final Integer senders;
  private final long stepCatchUpSeconds;
  private final boolean all;
  private String stopped;

  SweepPhase(Bench bench, ConsumerProgress progress) {
    this.bench = bench;
    this.progress = progress;
    this.stepSeconds = Double.parseDouble(bench.opt("step-seconds", "60"));
    this.warmUpSeconds = Double.parseDouble(bench.opt("warm-up-seconds", "30"));
    this.samplesTarget = bench.intOpt("freshness-samples", 250);
    String s = bench.opt("senders", null);
    this.senders = s == null ? null : Integer.valueOf(s);
    this.stepCatchUpSeconds = bench.intOpt("step-catch-up-timeout", 600);
    this.all = bench.has("sweep-all");
  }

  /** Why the sweep ended before its last rate, or null. */
  String stopped() {
    return stopped;
  }

  List<SweepStep> run(List<Double> rates) {
    long cells = (long) bench.kecamatan.size() * EnteredCells.INDIKATOR_CELLS - bench.entered.indikator();
    long needed = rates.stream().mapToLong(r -> new Pacing(r, stepSeconds).arrivals()).sum()
        + (warmUpSeconds > 0 ? new Pacing(rates.get(0), warmUpSeconds).arrivals() : 0);
    intro(cells, needed);
    awaitIdle();
    CellQueues queues = new CellQueues(bench.kecamatan, bench.seed() ^ 0x5eedL, bench.entered::contains);
    if (warmUpSeconds > 0) {
      bench.line("Warm-up (not counted): " + describe(step(rates.get(0), warmUpSeconds, queues)).substring(2));
      awaitIdle();
    }
    List<SweepStep> steps = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      double rate = rates.get(i);
      SweepStep step = step(rate, stepSeconds, queues);
      steps.add(step);
      bench.line(describe(step));
      boolean last = i == rates.size() - 1;
      if (step.noCell() > 0) {
        stopped = String.format("no kecamatan had an unentered cell left during the %s /s step (%s arrivals not sent)",
            rate(rate), Bench.fmt(step.noCell()));
        break;
      }
      if (!step.passed() && !all && !last) {
        stopped = "the " + rate(rate) + " /s step failed; the sweep stops at the first failing step (--sweep-all runs"
            + " every step)";
        break;
      }
    }
    table(steps);
    return steps;
  }

  /** What the sweep does, before its steps. */
  private void intro(long cells, long needed) {
    bench.line("## Open-loop sweep");
    bench.line("");
    bench.line(String.format("Single submissions (`PUT …/{tahun}/{tw}/indikator/{kode}`, `ajukan=true`, 201 = accepted) arriving"
        + " at a fixed rate, each to a kecamatan drawn uniformly from the %s of the dataset that still have an unentered"
        + " indicator cell, and to its next cell (TW I–III in random order, then TW IV); %.0f s per step; latency from the"
        + " planned send time; freshness of every n-th accepted submission (about %d per step, none skipped), polled with"
        + " conditional reads; after each step the benchmark waits until reporting holds every accepted submission (at"
        + " most %d s). %s %s unentered indicator cells; the steps need up to %s%s.", Bench.fmt(bench.kecamatan.size()),
        stepSeconds, samplesTarget, stepCatchUpSeconds, warmUpSeconds > 0 ? String.format("Before the first step, %.0f s"
            + " at its rate warm the services up (the import leaves the submission path cold); that step is printed,"
            + " not counted.", warmUpSeconds) : "No warm-up.", Bench.fmt(cells), Bench.fmt(needed),
        needed > cells ? " — **more than there are**: arrivals finding no cell are not sent and count as not accepted,"
            + " and the sweep stops after that step (use more kecamatan or shorter steps)" : ""));
    bench.line("");
  }

  /** The steps' table and the sustainable rate. */
  private void table(List<SweepStep> steps) {
    bench.line("");
    bench.line("| Offered /s | Accepted /s | Not accepted | Latency p50 / p99 | Freshness p50 / p95 / p99 | Followed (not seen, skipped)"
        + " | Lag at end: records / submissions | Catch-up | Consumer: kecamatan-years/s (events/s) | |");
    bench.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (SweepStep s : steps) {
      bench.line(String.format("| %s | %.1f | %s | %s / %s | %s / %s / %s | %d (%d, %d) | %s / %s | %s | %s | %s |",
          rate(s.offeredPerSecond()), s.acceptedPerSecond(), Bench.fmt(s.notAccepted()), ms(s.latencyP50Ms()),
          ms(s.latencyP99Ms()), ms(s.freshness().p50()), ms(s.freshness().p95()), ms(s.freshness().p99()),
          s.freshness().samples(), s.freshness().censored(), s.skipped(),
          s.lagAtEnd() == null ? "?" : Bench.fmt(s.lagAtEnd()), Bench.fmt(s.pendingAtEnd()),
          s.catchUpSeconds() == null ? "not within " + stepCatchUpSeconds + " s" : String.format("%.1f s", s.catchUpSeconds()),
          s.consumerKecamatanTahunPerSecond() == null && s.consumerEventsPerSecond() == null ? "no backlog"
              : String.format("%s (%s)", num(s.consumerKecamatanTahunPerSecond()), num(s.consumerEventsPerSecond())),
          s.passed() ? "passed" : "**failed**"));
    }
    bench.line("");
    double sustainable = SweepRule.sustainableRate(steps);
    bench.line(String.format("- **Sustainable rate: %s** (the highest step with accepted ≥ %.0f %% of offered and freshness"
        + " p99 ≤ %d ms%s)%s", sustainable == 0 ? "none" : rate(sustainable) + " /s", SweepRule.MIN_ACCEPTED_SHARE * 100,
        SweepRule.MAX_FRESHNESS_P99_MS, sustainable == 0 ? "; no step did: 0 in results.json" : "",
        stopped == null ? "" : "; " + stopped));
    bench.line("- Lag at end: records on the topics reporting had not applied when the step's time was over (`GET"
        + " /api/admin/proyeksi`) / accepted submissions reporting did not hold yet (outbox and topic together)."
        + " Consumer: distinct kecamatan-years recalculated and events applied per second while it had a backlog of ≥ "
        + ConsumerProgress.BACKLOG_RECORDS + " records (" + (progress.source() == null
            ? "kecamatan-years not observable: no metric and no fig_recalc" : "kecamatan-years from " + progress.source())
        + ").");
    bench.line("");
  }

  /** What the senders of one step count, shared by their threads. */
  private static final class Tally {
    final ConcurrentHistogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong followable = new AtomicLong();
    final List<CellQueues.Cell> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, Boolean> errors = new ConcurrentHashMap<>();
    Long lagAtEnd;
    long pendingAtEnd;
    long stepEnd;
  }

  private SweepStep step(double rate, double seconds, CellQueues queues) {
    Pacing pacing = new Pacing(rate, seconds);
    int threads = senders != null ? senders : SweepRule.defaultSenders(rate);
    long every = SweepRule.followEvery(pacing.arrivals(), FOLLOWABLE_SHARE, samplesTarget);
    Bench.log(String.format("Open-loop step: %s /s for %.0f s (%s arrivals, %d senders, following 1 in %d accepted"
        + " plain-value submissions) …", rate(rate), seconds, Bench.fmt(pacing.arrivals()), threads, every));
    Http http = Http.elastic();
    Tally tally = new Tally();
    long t0 = System.nanoTime();
    try (Follower follower = new Follower(bench.stack.reportingUrl, bench.tahun,
        kec -> bench.token("operator", kec.substring(0, 5), kec), bench.intOpt("sweep-pollers", 4), bench.intOpt("poll-ms", 25),
        !bench.has("freshness-full-reads"), 100_000)) {
      OpenLoop.Dispatch d = OpenLoop.run(pacing, threads, queues::next,
          (OpenLoop.Arrival<CellQueues.Cell> a) -> submit(a, http, tally, follower, every), () -> {
            tally.stepEnd = System.nanoTime();
            tally.lagAtEnd = progress.lagNow();
            tally.pendingAtEnd = bench.expectedReportingRows() - bench.reportingRows();
          });
      if (!tally.errors.isEmpty()) {
        Bench.log("not accepted, e.g. " + tally.errors.keySet());
      }
      resolve(tally.unanswered);
      Double catchUp = awaitCatchUp(tally.stepEnd);
      long caughtUpAt = System.nanoTime();
      Bench.log(catchUp == null ? "reporting had not caught up " + stepCatchUpSeconds + " s after the step"
          : String.format("reporting caught up %.1f s after the step", catchUp));
      Follower.Result followed = follower.finish(catchUp == null ? 2_000 : 15_000);
      return sweepStep(rate, seconds, threads, d, tally, followed, catchUp, progress.rate(t0, caughtUpAt));
    }
  }

  /** One arrival: the indicator cell entered and submitted; accepted ones are timed and some followed. */
  private void submit(OpenLoop.Arrival<CellQueues.Cell> a, Http http, Tally tally, Follower follower, long every) {
    CellQueues.Cell c = a.payload();
    String kec = c.kecamatan().kode();
    Map<String, Object> nilai = bench.dataset.nilai(kec, c.triwulan(), c.indikator());
    ObjectNode body = JSON.createObjectNode().put("keadaan", "REPORTED").put("ajukan", true);
    nilai.forEach((f, v) -> body.put(f, (BigDecimal) v));
    Http.Answer answer = http.send("PUT", bench.sheet(kec, c.triwulan()) + "/indikator/" + c.indikator(),
        body.toString(), bench.token("operator", c.kecamatan().kabupatenKode(), kec),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    long now = System.nanoTime();
    if (answer.status() == 201) {
      tally.accepted.incrementAndGet();
      tally.latency.recordValue(Math.max(1, (now - a.plannedNanos()) / 1_000));
      bench.entered.add(kec, c.triwulan(), c.indikator());
      if (!NationalDataset.hasKomponen(c.indikator()) && tally.followable.incrementAndGet() % every == 0) {
        follower.follow(now, kec, c.triwulan(), c.indikator(), (BigDecimal) nilai.get("nilai"));
      }
      return;
    }
    if (answer.status() < 0) {
      tally.unanswered.add(c);
    } else {
      tally.refused.incrementAndGet();
    }
    String e = answer.status() + " " + answer.body();
    if (tally.errors.size() < 3) {
      tally.errors.putIfAbsent(e.substring(0, Math.min(160, e.length())), true);
    }
  }

  /**
   * Waits until reporting has caught up (every accepted submission applied, nothing left on the topics): the seconds
   * since the step ended, or null when it had not within the step's catch-up time.
   */
  private Double awaitCatchUp(long stepEnd) {
    long deadline = System.nanoTime() + stepCatchUpSeconds * 1_000_000_000L;
    while (true) {
      Long lag = progress.lagNow();
      if (bench.reportingRows() >= bench.expectedReportingRows() && (lag == null || lag == 0)) {
        return (System.nanoTime() - stepEnd) / 1e9;
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      LocalRun.sleep(250);
    }
  }

  private static SweepStep sweepStep(double rate, double seconds, int threads, OpenLoop.Dispatch d, Tally tally,
      Follower.Result followed, Double catchUp, ConsumerProgress.Rate consumer) {
    Histogram lat = tally.latency;
    boolean any = lat.getTotalCount() > 0;
    return new SweepStep(rate, seconds, d.planned(), tally.accepted.get(), d.notSent(), d.noPayload(),
        tally.refused.get(), tally.unanswered.size(), threads, any ? lat.getValueAtPercentile(50) / 1000.0 : null,
        any ? lat.getValueAtPercentile(99) / 1000.0 : null, any ? lat.getMaxValue() / 1000.0 : null,
        d.latenessMicros().getTotalCount() > 0 ? d.latenessMicros().getValueAtPercentile(99) / 1000.0 : null,
        followed.summary(), followed.skipped(), followed.polls(), followed.notModified(),
        followed.lateMicros().getTotalCount() > 0 ? followed.lateMicros().getValueAtPercentile(99) / 1000.0 : null,
        tally.lagAtEnd, tally.pendingAtEnd, catchUp, consumer.kecamatanTahunPerSecond(), consumer.eventsPerSecond());
  }

  /**
   * Submissions that got no answer may have been committed all the same: realization says whether the cell has a
   * version (an ETag), so that later phases neither enter it twice nor leave it out.
   */
  private void resolve(List<CellQueues.Cell> unanswered) {
    Http http = new Http(2);
    for (CellQueues.Cell c : unanswered) {
      String kec = c.kecamatan().kode();
      Http.Answer a = http.get(bench.sheet(kec, c.triwulan()) + "/indikator/" + c.indikator(),
          bench.token("operator", c.kecamatan().kabupatenKode(), kec));
      if (a.status() == 200 && a.header("ETag") != null) {
        bench.entered.add(kec, c.triwulan(), c.indikator());
      } else if (a.status() != 200) {
        throw new IllegalStateException("cannot tell whether " + c + " was entered: " + a.status() + " " + a.body());
      }
    }
  }

  /** The import's plan events applied: the first step starts on an idle consumer. */
  private void awaitIdle() {
    long deadline = System.nanoTime() + 600_000_000_000L;
    Long lag;
    while ((lag = progress.lagNow()) != null && lag > 0 && System.nanoTime() < deadline) {
      LocalRun.sleep(250);
    }
    if (lag != null && lag > 0) {
      bench.line("- The sweep started with " + Bench.fmt(lag) + " records not yet applied by reporting (10 minutes after the"
          + " import)");
    }
  }

  private String describe(SweepStep s) {
    String why = s.passed() ? "passed"
        : "**failed**: " + (s.accepted() < SweepRule.MIN_ACCEPTED_SHARE * s.planned() ? "accepted < 99 % of offered" : "")
            + (s.accepted() < SweepRule.MIN_ACCEPTED_SHARE * s.planned() && !freshOk(s) ? ", " : "")
            + (freshOk(s) ? "" : "freshness p99 " + (s.freshness().p99() == null ? "unknown" : s.freshness().p99() + " ms")
                + " > " + SweepRule.MAX_FRESHNESS_P99_MS + " ms");
    return String.format("- %s /s for %.0f s: %s arrivals, %s accepted (%.1f /s); not accepted %s (%s: no free sender"
        + " among %d, %s: no cell left, %s refused, %s without answer); latency from the planned send time p50 %s,"
        + " p99 %s, max %s (scheduler late p99 %s); freshness of %d followed (%d not seen, %d skipped; %s reads, %s of them 304,"
        + " late p99 %s): %s;"
        + " lag at the end %s records, %s submissions; %s; consumer while backlogged %s kecamatan-years/s, %s events/s"
        + " → %s", rate(s.rate()), s.seconds(), Bench.fmt(s.planned()), Bench.fmt(s.accepted()), s.acceptedPerSecond(),
        Bench.fmt(s.notAccepted()), Bench.fmt(s.notSent()), s.senders(), Bench.fmt(s.noCell()), Bench.fmt(s.refused()),
        Bench.fmt(s.failed()), ms(s.latencyP50Ms()), ms(s.latencyP99Ms()), ms(s.latencyMaxMs()), ms(s.dispatchLateP99Ms()),
        s.freshness().samples(), s.freshness().censored(), s.skipped(), Bench.fmt(s.polls()), Bench.fmt(s.pollsNotModified()), ms(s.pollLateP99Ms()),
        s.freshness().text("ms"),
        s.lagAtEnd() == null ? "?" : Bench.fmt(s.lagAtEnd()), Bench.fmt(s.pendingAtEnd()),
        s.catchUpSeconds() == null ? "reporting had not caught up " + stepCatchUpSeconds + " s after it"
            : String.format("caught up %.1f s after it", s.catchUpSeconds()),
        num(s.consumerKecamatanTahunPerSecond()), num(s.consumerEventsPerSecond()), why)
        + (s.freshness().samples() < 200 ? " (fewer than 200 followed: a short or slow step)" : "");
  }

  private static boolean freshOk(SweepStep s) {
    return s.freshness().p99() != null && s.freshness().p99() <= SweepRule.MAX_FRESHNESS_P99_MS;
  }

  static String rate(double r) {
    return r == Math.rint(r) ? String.format("%,d", (long) r) : String.format("%,.1f", r);
  }

  private static String ms(Number v) {
    if (v == null) {
      return "–";
    }
    return v instanceof Double d ? String.format("%.1f ms", d) : v + " ms";
  }

  private static String num(Double v) {
    return v == null ? "–" : String.format("%.1f", v);
  }
}
