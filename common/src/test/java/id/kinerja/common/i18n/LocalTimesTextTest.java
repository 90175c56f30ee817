package id.kinerja.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The remembered texts of instants are exactly the formatter's, per zone, also after the memory was emptied. */
class LocalTimesTextTest {

  @Test
  void rememberedTextsAreTheFormattersInEveryZone() {
    Random random = new Random(13);
    List<ZoneId> zones = List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"));
    for (int i = 0; i < 2_000; i++) {
      // a few hundred distinct instants, each asked for several times, with and without fractions of a second
      Instant t = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(300) * 3_600L,
          random.nextBoolean() ? 0 : random.nextInt(1_000) * 1_000_000L);
      ZoneId zone = zones.get(random.nextInt(zones.size()));
      assertThat(LocalTimes.InstantInZone.text(t, zone)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone)));
    }
    assertThat(LocalTimes.InstantInZone.text(Instant.parse("2024-07-10T16:00:00Z"), ZoneId.of("Asia/Makassar")))
        .isEqualTo("2024-07-11T00:00:00+08:00");
  }
}
