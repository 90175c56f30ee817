package id.kinerja.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the open-loop arrivals go, which cells count as entered, how the consumer's throughput is read and the shape
 * of results.json (pure; nothing here is timed).
 */
class SweepDataTest {

  private static final List<NationalDataset.Kecamatan> KECAMATAN = new NationalDataset(2024, 7).layout(25).stream()
      .flatMap(k -> k.kecamatan().stream()).toList();

  @Test
  void everyCellIsDrawnOnceThenTheQueuesRunOut() {
    EnteredCells entered = new EnteredCells();
    CellQueues q = new CellQueues(KECAMATAN, 11, entered::contains);
    Set<String> seen = new HashSet<>();
    CellQueues.Cell c;
    while ((c = q.next()) != null) {
      assertThat(seen.add(c.kecamatan().kode() + "/" + c.triwulan() + "/" + c.indikator())).isTrue();
      entered.add(c.kecamatan().kode(), c.triwulan(), c.indikator());
    }
    assertThat(seen).hasSize(25 * 120);
    assertThat(entered.indikator()).isEqualTo(25 * 120);
    assertThat(q.kecamatanLeft()).isZero();
    assertThat(q.next()).isNull();
  }

  @Test
  void aKecamatanGivesItsTwOneToThreeCellsBeforeItsTwFourCells() {
    CellQueues q = new CellQueues(KECAMATAN, 3, (k, tw, i) -> false);
    Map<String, List<Integer>> triwulanByKecamatan = new HashMap<>();
    CellQueues.Cell c;
    while ((c = q.next()) != null) {
      triwulanByKecamatan.computeIfAbsent(c.kecamatan().kode(), k -> new ArrayList<>()).add(c.triwulan());
    }
    assertThat(triwulanByKecamatan).hasSize(25);
    triwulanByKecamatan.values().forEach(tws -> {
      assertThat(tws).hasSize(120);
      assertThat(tws.subList(0, 90)).doesNotContain(4).contains(1, 2, 3);
      assertThat(tws.subList(90, 120)).containsOnly(4);
      // shuffled, not in plan order
      assertThat(tws.subList(0, 90)).isNotEqualTo(tws.subList(0, 90).stream().sorted().toList());
    });
  }

  @Test
  void kecamatanAreDrawnUniformlyAndTheDrawIsDeterministic() {
    CellQueues a = new CellQueues(KECAMATAN, 5, (k, tw, i) -> false);
    CellQueues b = new CellQueues(KECAMATAN, 5, (k, tw, i) -> false);
    Map<String, Integer> perKecamatan = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      CellQueues.Cell x = a.next();
      assertThat(b.next()).isEqualTo(x);
      perKecamatan.merge(x.kecamatan().kode(), 1, Integer::sum);
    }
    // 1,000 draws over 25 kecamatan of 120 cells each: every one drawn, none near exhaustion (40 expected each).
    assertThat(perKecamatan).hasSize(25);
    assertThat(perKecamatan.values()).allSatisfy(n -> assertThat(n).isBetween(15, 70));
  }

  @Test
  void cellsAnEarlierPhaseEnteredAreSkipped() {
    EnteredCells entered = new EnteredCells();
    List<NationalDataset.Kecamatan> one = KECAMATAN.subList(0, 1);
    String kec = one.get(0).kode();
    for (int tw = 1; tw <= 3; tw++) {
      for (String kode : NationalDataset.INDIKATOR) {
        entered.add(kec, tw, kode);
      }
    }
    CellQueues q = new CellQueues(one, 1, entered::contains);
    List<CellQueues.Cell> left = new ArrayList<>();
    CellQueues.Cell c;
    while ((c = q.next()) != null) {
      left.add(c);
    }
    assertThat(left).hasSize(30).allSatisfy(x -> assertThat(x.triwulan()).isEqualTo(4));
  }

  @Test
  void enteredCellsAreCountedOnceAndListedPerTriwulan() {
    EnteredCells e = new EnteredCells();
    assertThat(e.add("11.01.01", 2, "IK-3-4")).isTrue();
    assertThat(e.add("11.01.01", 2, "IK-3-4")).isFalse();
    assertThat(e.add("11.01.02", 2, "IK-3-4")).isTrue();
    e.addAnggaran(50);
    assertThat(e.indikator()).isEqualTo(2);
    assertThat(e.anggaran()).isEqualTo(50);
    assertThat(e.indikatorInTriwulan(2)).isEqualTo(2);
    assertThat(e.indikatorInTriwulan(3)).isZero();
    assertThat(e.contains("11.01.01", 2, "IK-3-4")).isTrue();
    assertThat(e.contains("11.01.01", 3, "IK-3-4")).isFalse();
    assertThat(e.notEntered("11.01.01", 2)).hasSize(29).doesNotContain("IK-3-4");
    assertThat(e.notEntered("11.01.03", 2)).isEqualTo(NationalDataset.INDIKATOR);
    for (int i = 0; i < EnteredCells.INDIKATOR_CELLS; i++) {
      assertThat(EnteredCells.index(EnteredCells.triwulanOf(i), EnteredCells.indikatorOf(i))).isEqualTo(i);
    }
  }

  @Test
  void consumerThroughputCountsOnlyIntervalsWithABacklogAtBothEnds() {
    long s = 1_000_000_000L;
    List<ConsumerProgress.Sample> samples = List.of(
        new ConsumerProgress.Sample(0, 0L, 1000.0, 10L), // idle
        new ConsumerProgress.Sample(s, 5000L, 1000.0, 10L), // backlog appears
        new ConsumerProgress.Sample(2 * s, 4000L, 2000.0, 22L), // 1 s busy: 1,000 events, 12 kecamatan-years
        new ConsumerProgress.Sample(3 * s, 3000L, 3000.0, 40L), // 1 s busy: 1,000 events, 18 kecamatan-years
        new ConsumerProgress.Sample(4 * s, 0L, 6000.0, 80L), // caught up: not a full backlog interval
        new ConsumerProgress.Sample(5 * s, 0L, 6000.0, 80L));
    ConsumerProgress.Rate r = ConsumerProgress.busyRate(samples, 0, 5 * s);
    assertThat(r.busySeconds()).isEqualTo(2.0);
    assertThat(r.eventsPerSecond()).isEqualTo(1000.0);
    assertThat(r.kecamatanTahunPerSecond()).isEqualTo(15.0);
    // Only inside the window.
    assertThat(ConsumerProgress.busyRate(samples, 2 * s, 5 * s).busySeconds()).isEqualTo(1.0);
    assertThat(ConsumerProgress.busyRate(samples, 4 * s, 5 * s)).isEqualTo(ConsumerProgress.Rate.NONE);
    // A figure that could not be read is unknown, not zero.
    List<ConsumerProgress.Sample> noRecalc = List.of(new ConsumerProgress.Sample(0, 500L, 0.0, null),
        new ConsumerProgress.Sample(s, 500L, 300.0, null));
    assertThat(ConsumerProgress.busyRate(noRecalc, 0, s).kecamatanTahunPerSecond()).isNull();
    assertThat(ConsumerProgress.busyRate(noRecalc, 0, s).eventsPerSecond()).isEqualTo(300.0);
  }

  @Test
  void metricsAreSummedOverTheirSeries() {
    String text = """
        # HELP kinerja_consumer_applied_total
        # TYPE kinerja_consumer_applied_total counter
        kinerja_consumer_applied_total{consumer="reporting-projections"} 1234.0
        kinerja_consumer_applied_total{consumer="other"} 6.0
        kinerja_consumer_applied_totalx 99.0
        kinerja_consumer_duplicates_total{consumer="reporting-projections"} 3.0
        """;
    assertThat(ConsumerProgress.metricSum(text, "kinerja_consumer_applied_total")).isEqualTo(1240.0);
    assertThat(ConsumerProgress.metricSum(text, ConsumerProgress.RECALCULATED_METRIC)).isNull();
  }

  @Test
  void resultsJsonHasEveryRequiredKeyNullUntilMeasured() throws Exception {
    JsonNode empty = new ObjectMapper().readTree(new Results().json());
    for (String key : Results.REQUIRED) {
      JsonNode n = at(empty, key);
      assertThat(n.isNull()).as(key).isTrue();
    }
  }

  @Test
  void resultsJsonHoldsNumbersNestedByTheirDottedNamesAndTheSweepAsAList() throws Exception {
    Results r = new Results();
    r.put("kecamatan", 730).put("single.acceptedPerSecond", 441.26).put("single.freshnessP99Ms", 23000L)
        .put("batch.rowsPerSecond", 7751.04).put("batch.freshnessP99Ms", null).put("batch.catchUpSeconds", 12.345)
        .put("views.konsolidasiP99Ms", 11.0).put("views.nasionalP99Ms", 7.9).put("views.konsolidasiRatio", 54.2)
        .put("views.nasionalRatio", Double.POSITIVE_INFINITY).put("rssMaxMb", new java.util.LinkedHashMap<>(
            Map.of("reporting-service", 494L))).put("gitCommit", "b8af907").put("consumer.kecamatanTahunPerSecond", 19.0);
    r.sweep(List.of(OpenLoopPlanTest.step(50, true), OpenLoopPlanTest.step(100, false)));
    JsonNode json = new ObjectMapper().readTree(r.json());
    for (String key : Results.REQUIRED) {
      assertThat(at(json, key).isMissingNode()).as(key).isFalse();
    }
    assertThat(json.path("kecamatan").asInt()).isEqualTo(730);
    assertThat(json.path("single").path("acceptedPerSecond").asDouble()).isEqualTo(441.3);
    assertThat(json.path("batch").path("catchUpSeconds").asDouble()).isEqualTo(12.3);
    assertThat(json.path("batch").path("freshnessP99Ms").isNull()).isTrue();
    assertThat(json.path("views").path("nasionalRatio").isNull()).isTrue(); // not a number: null
    assertThat(json.path("rssMaxMb").path("reporting-service").asLong()).isEqualTo(494);
    assertThat(json.path("gitCommit").asText()).isEqualTo("b8af907");
    assertThat(json.path("sustainableRate").asDouble()).isEqualTo(50.0);
    JsonNode sweep = json.path("sweep");
    assertThat(sweep.isArray()).isTrue();
    assertThat(sweep).hasSize(2);
    for (JsonNode step : sweep) {
      for (String f : List.of("offered", "accepted", "latencyP99Ms", "freshnessP99Ms")) {
        assertThat(step.path(f).isNumber()).as(f).isTrue();
      }
    }
    assertThat(sweep.get(0).path("offered").asDouble()).isEqualTo(50.0);
    assertThat(sweep.get(0).path("passed").asBoolean()).isTrue();
    assertThat(sweep.get(1).path("freshnessP99Ms").asLong()).isEqualTo(4000);
    assertThat(sweep.get(1).path("passed").asBoolean()).isFalse();
    assertThat(sweep.get(1).path("consumerKecamatanTahunPerSecond").isNull()).isTrue();
  }

  @Test
  void aSweepWhereNoStepPassedHasSustainableRateZero() throws Exception {
    Results r = new Results();
    r.sweep(List.of(OpenLoopPlanTest.step(50, false)));
    assertThat(new ObjectMapper().readTree(r.json()).path("sustainableRate").asDouble()).isZero();
  }

  private static JsonNode at(JsonNode root, String dotted) {
    JsonNode n = root;
    for (String part : dotted.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }
}
