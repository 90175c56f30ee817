package id.kinerja.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which version of a realisasi cell counts in each view (docs/events.md). */
class CountedVersionTest {

  private static List<RealisasiVersi> versions(String statuses) {
    List<RealisasiVersi> out = new ArrayList<>();
    String[] s = statuses.split(" ");
    for (int i = 0; i < s.length; i++) {
      out.add(new RealisasiVersi("35.02.08", 2024, 4, "IKU-SKM", i + 1, i + 1, s[i], "REPORTED",
          BigDecimal.valueOf(90 + i), null, null, null, null, null, false, false, Instant.EPOCH, null));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: official v{1}, provisional v{2}")
  @CsvSource({
      // statuses of version 1, 2, … ; 0 = nothing counts (NOT_REPORTED, never 0)
      "SUBMITTED, 0, 1",
      "DRAFT, 0, 0",
      "VERIFIED, 1, 1",
      "APPROVED, 1, 1",
      "RETURNED, 0, 0",
      // a correction: version 1 stays official until version 2 is approved
      "APPROVED DRAFT, 1, 1",
      "APPROVED SUBMITTED, 1, 2",
      "APPROVED VERIFIED, 1, 2",
      "APPROVED APPROVED, 2, 2",
      "APPROVED RETURNED, 1, 1",
      // a verified (not yet approved) version 1 with a correction in progress
      "VERIFIED SUBMITTED, 1, 2",
      "VERIFIED VERIFIED, 2, 2",
      "APPROVED APPROVED SUBMITTED, 2, 3",
      "APPROVED APPROVED RETURNED, 2, 2" })
  void countedVersion(String statuses, int official, int provisional) {
    List<RealisasiVersi> v = versions(statuses);
    assertThat(CountedVersion.select(v, Tampilan.OFFICIAL).map(RealisasiVersi::versi).orElse(0)).isEqualTo(official);
    assertThat(CountedVersion.select(v, Tampilan.PROVISIONAL).map(RealisasiVersi::versi).orElse(0)).isEqualTo(provisional);
  }

  /**
   * docs/domain.md §2.10: the year shows the narrative of the last triwulan whose cell has a counted version (per cell
   * the counted version of each TW, "-" where none counts), whatever that version's narrative is.
   */
  @ParameterizedTest(name = "counted per TW [{0}] → TW {1}")
  @CsvSource({
      "- - - -, 0",
      "1 - - -, 1",
      "1 2 - -, 2",
      "- - - 4, 4",
      "1 - 3 -, 3",
      "1 2 3 4, 4",
      "- 2 - -, 2" })
  void theYearShowsTheLastCountedTriwulan(String countedPerTw, int expected) {
    String[] tw = countedPerTw.split(" ");
    RealisasiVersi[] counted = new RealisasiVersi[5];
    for (int n = 1; n <= 4; n++) {
      if (!"-".equals(tw[n - 1])) {
        // a narrative only in TW I: the year still shows the last counted triwulan's (which may have none)
        counted[n] = new RealisasiVersi("35.02.08", 2024, n, "IKU-SKM", 1, 1, "APPROVED", "REPORTED", BigDecimal.TEN,
            null, null, null, null, null, false, false, Instant.EPOCH,
            n == 1 ? Narasi.of("Koordinasi baik", null, null) : Narasi.NONE);
      }
    }
    RealisasiVersi last = CountedVersion.lastTriwulan(counted);
    assertThat(last == null ? 0 : last.triwulan()).isEqualTo(expected);
    assertThat(CountedVersion.lastTriwulan(null)).isNull();
    if (last != null) {
      assertThat(last.narasi().faktorPendukung()).isEqualTo(expected == 1 ? "Koordinasi baik" : null);
    }
  }

  @ParameterizedTest(name = "narrative [{0}] [{1}] [{2}] → empty {3}")
  @CsvSource(nullValues = "-", value = { "-, -, -, true", "' ', '', -, true", "a, -, -, false", "-, -, c, false" })
  void aBlankNarrativeIsNone(String pendukung, String penghambat, String tindakLanjut, boolean empty) {
    Narasi n = Narasi.of(pendukung, penghambat, tindakLanjut);
    assertThat(n.isEmpty()).isEqualTo(empty);
    if (empty) {
      assertThat(n).isSameAs(Narasi.NONE);
    }
  }
}
