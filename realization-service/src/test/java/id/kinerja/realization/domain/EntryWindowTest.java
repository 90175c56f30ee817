package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryWindowTest {

  private static final Instant OPENS = Instant.parse("2024-07-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2024-07-10T00:00:00Z");

  private static Jadwal jadwal(List<Jadwal.Perpanjangan> reopenings) {
    return new Jadwal("35.08", 2024, 2, 1, OPENS, CLOSES, null, reopenings);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2024-06-30T23:59:59Z, NOT_YET_OPEN, false",
      "2024-07-01T00:00:00Z, OPEN, false", // opening is inclusive
      "2024-07-09T23:59:59Z, OPEN, false",
      "2024-07-10T00:00:00Z, CLOSED, false", // closing is exclusive
      "2024-08-01T00:00:00Z, CLOSED, false" })
  void withoutReopening(String now, EntryWindow.State state, boolean late) {
    EntryWindow.Decision d = EntryWindow.decide(jadwal(List.of()), "35.08.12", 2024, 2, Instant.parse(now));
    assertThat(d.state()).isEqualTo(state);
    assertThat(d.terlambat()).isEqualTo(late);
    assertThat(d.allowed()).isEqualTo(state == EntryWindow.State.OPEN);
  }

  @ParameterizedTest(name = "{0} for {1} → {2}")
  @CsvSource({
      // reopening for 35.08.12 until 2024-07-20; another for 35.08.13 until 2024-07-25; one for all until 2024-07-15
      "2024-07-12T00:00:00Z, 35.08.12, REOPENED, 2024-07-20T00:00:00Z",
      "2024-07-18T00:00:00Z, 35.08.12, REOPENED, 2024-07-20T00:00:00Z",
      "2024-07-20T00:00:00Z, 35.08.12, CLOSED, ",
      "2024-07-12T00:00:00Z, 35.08.14, REOPENED, 2024-07-15T00:00:00Z",
      "2024-07-16T00:00:00Z, 35.08.14, CLOSED, ",
      "2024-07-22T00:00:00Z, 35.08.13, REOPENED, 2024-07-25T00:00:00Z",
      "2024-07-05T00:00:00Z, 35.08.12, OPEN, 2024-07-10T00:00:00Z" })
  void reopeningsApplyToTheirKecamatanOrToAll(String now, String kecamatan, EntryWindow.State state, String until) {
    Jadwal j = jadwal(List.of(
        new Jadwal.Perpanjangan("35.08.12", Instant.parse("2024-07-20T00:00:00Z"), "jaringan terganggu", "bagor"),
        new Jadwal.Perpanjangan("35.08.13", Instant.parse("2024-07-25T00:00:00Z"), "banjir", "bagor"),
        new Jadwal.Perpanjangan(null, Instant.parse("2024-07-15T00:00:00Z"), "libur", "bagor")));
    EntryWindow.Decision d = EntryWindow.decide(j, kecamatan, 2024, 2, Instant.parse(now));
    assertThat(d.state()).isEqualTo(state);
    assertThat(d.terlambat()).isEqualTo(state == EntryWindow.State.REOPENED);
    assertThat(d.until()).isEqualTo(until == null ? null : Instant.parse(until));
  }

  @org.junit.jupiter.api.Test
  void refusalsSayWhenItOpensOrClosedAndThatAReopeningIsNeeded() {
    assertThat(EntryWindow.decide(jadwal(List.of()), "35.08.12", 2024, 2, Instant.parse("2024-06-01T00:00:00Z")).message())
        .contains("opens on 2024-07-01T00:00:00Z");
    assertThat(EntryWindow.decide(jadwal(List.of()), "35.08.12", 2024, 2, Instant.parse("2024-08-01T00:00:00Z")).message())
        .contains("closed on 2024-07-10T00:00:00Z").contains("reopening");
    EntryWindow.Decision none = EntryWindow.decide(null, "35.08.12", 2024, 2, Instant.parse("2024-07-05T00:00:00Z"));
    assertThat(none.state()).isEqualTo(EntryWindow.State.NO_SCHEDULE);
    assertThat(none.allowed()).isFalse();
  }
}
