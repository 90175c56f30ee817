package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.realization.domain.PengingatRules.Due;
import id.kinerja.realization.domain.PengingatRules.Tugas;

/** Which reminder kind is due at an instant, and who gets one (issue #17). */
class PengingatRulesTest {

  private static final Instant DIBUKA = OffsetDateTime.parse("2024-07-01T00:00+08:00").toInstant();
  /** Entry closes at the end of 10 Juli in WITA: the last day is 10 Juli. */
  private static final Instant DITUTUP = OffsetDateTime.parse("2024-07-11T00:00+08:00").toInstant();

  @ParameterizedTest(name = "{0} {1} days {2} H+1 {3} -> {4} {5}")
  @CsvSource(nullValues = "-", value = {
      // zone, now (with its offset), days before, H+1 on, expected kind, days to the last day
      "WITA, 2024-06-30T10:00+08:00, 7;3;1, true,  -,   -", // entry not open yet
      "WITA, 2024-07-02T23:59+08:00, 7;3;1, true,  -,   -", // H-8
      "WITA, 2024-07-03T00:00+08:00, 7;3;1, true,  H-7, 7",
      "WITA, 2024-07-06T12:00+08:00, 7;3;1, true,  H-7, 4", // a missed day still reminds, as H-7
      "WITA, 2024-07-07T00:00+08:00, 7;3;1, true,  H-3, 3",
      "WITA, 2024-07-08T12:00+08:00, 7;3;1, true,  H-3, 2",
      "WITA, 2024-07-09T00:00+08:00, 7;3;1, true,  H-1, 1",
      "WITA, 2024-07-10T23:59+08:00, 7;3;1, true,  H-1, 0", // the last day
      "WITA, 2024-07-11T00:00+08:00, 7;3;1, true,  H+1, -1", // closed: the day after
      "WITA, 2024-07-11T23:59+08:00, 7;3;1, true,  H+1, -1",
      "WITA, 2024-07-11T12:00+08:00, 7;3;1, false, -,   -", // H+1 switched off
      "WITA, 2024-07-12T00:00+08:00, 7;3;1, true,  -,   -", // H+2: nothing more
      // The same instants in another zone: the day is the kabupaten's. 2 Juli 16.30 UTC is 3 Juli in WITA ...
      "WITA, 2024-07-02T16:30Z,      7;3;1, true,  H-7, 7",
      // ... and still 2 Juli in WIB, where the same close (10 Juli 23.00 WIB) also makes 10 Juli the last day.
      "WIB,  2024-07-02T16:30Z,      7;3;1, true,  -,   -",
      // In WIT the close is 11 Juli 01.00: 11 Juli is the last day, and 00.30 is still inside it.
      "WIT,  2024-07-10T15:30Z,      7;3;1, true,  H-1, 0",
      "WIT,  2024-07-11T15:30Z,      7;3;1, true,  H+1, -1",
      // Other days configured.
      "WITA, 2024-07-04T12:00+08:00, 5,     true,  -,   -",
      "WITA, 2024-07-05T00:00+08:00, 5,     true,  H-5, 5",
      "WITA, 2024-07-10T08:00+08:00, 5,     true,  H-5, 0",
      "WITA, 2024-07-10T08:00+08:00, 14;2,  true,  H-2, 0",
  })
  void kindDueAtAnInstant(String zone, String now, String days, boolean setelahTutup, String jenis, Integer hari) {
    List<Integer> hariSebelum = Arrays.stream(days.split(";")).map(Integer::parseInt).toList();
    Optional<Due> due = PengingatRules.due(DIBUKA, DITUTUP, OffsetDateTime.parse(now).toInstant(),
        ZonaWaktu.valueOf(zone).zone(), hariSebelum, setelahTutup);
    assertThat(due.map(Due::jenis).orElse(null)).isEqualTo(jenis);
    assertThat(due.map(Due::hariKeTutup).orElse(null)).isEqualTo(hari);
  }

  @Test
  void closeOfAKecamatanIsItsLatestReopening() {
    Instant later = DITUTUP.plusSeconds(5 * 86_400);
    Instant latest = DITUTUP.plusSeconds(9 * 86_400);
    Jadwal j = new Jadwal("35.02", 2024, 2, 1, DIBUKA, DITUTUP, null, List.of(
        new Jadwal.Perpanjangan("35.02.08", later, "jaringan", "bagor"),
        new Jadwal.Perpanjangan(null, latest, "semua", "bagor"),
        new Jadwal.Perpanjangan("35.02.09", DITUTUP.minusSeconds(60), "lebih awal", "bagor")));
    assertThat(PengingatRules.ditutup(j, "35.02.08")).isEqualTo(latest);
    assertThat(PengingatRules.ditutup(j, null)).isEqualTo(DITUTUP);
    Jadwal own = new Jadwal("35.02", 2024, 2, 1, DIBUKA, DITUTUP, null,
        List.of(new Jadwal.Perpanjangan("35.02.08", later, "jaringan", "bagor")));
    assertThat(PengingatRules.ditutup(own, "35.02.08")).isEqualTo(later);
    assertThat(PengingatRules.ditutup(own, "35.02.09")).isEqualTo(DITUTUP);
  }

  @ParameterizedTest(name = "{0} {1} belum {2} menunggu {3} kecamatan {4} -> {5}")
  @CsvSource({
      "operator,          H-3, 2, 0, 0, true",
      "operator,          H-3, 0, 4, 0, false", // everything submitted: nothing to do
      "operator,          H+1, 1, 0, 0, true",
      "verifier,          H-1, 0, 3, 0, true",
      "verifier,          H-1, 5, 0, 0, false", // nothing waits for verification
      "verifier,          H+1, 0, 3, 0, false", // H+1 is for what is missing
      "bagian-organisasi, H+1, 4, 0, 2, true",
      "bagian-organisasi, H+1, 0, 1, 0, false", // every kecamatan complete
      "bagian-organisasi, H-1, 4, 0, 2, false",
      "planner,           H-1, 4, 4, 2, false",
      "pimpinan,          H+1, 4, 4, 2, false",
  })
  void whoGetsOne(String peran, String jenis, int belum, int menunggu, int kecamatan, boolean perlu) {
    Due due = new Due(jenis, jenis.equals("H+1") ? -1 : Integer.parseInt(jenis.substring(2)));
    assertThat(PengingatRules.perlu(peran, due, new Tugas(belum, menunggu, kecamatan))).isEqualTo(perlu);
  }
}
