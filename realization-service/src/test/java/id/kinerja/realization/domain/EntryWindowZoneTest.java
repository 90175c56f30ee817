package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.time.ZonaWaktu;

/**
 * A window "until 10 Juli" closes when 11 Juli begins in the kabupaten's own zone: in WITA at 16.00 UTC, in WIT at
 * 15.00 UTC. One minute before that an entry is accepted; at that minute it is refused, and the refusal names the
 * closing as the kabupaten reads it.
 */
class EntryWindowZoneTest {

  private static Jadwal closingAtTheEndOf(LocalDate day, ZonaWaktu zona, List<Jadwal.Perpanjangan> reopenings) {
    Instant opens = day.withDayOfMonth(1).atStartOfDay(zona.zone()).toInstant();
    Instant closes = day.plusDays(1).atStartOfDay(zona.zone()).toInstant();
    return new Jadwal("73.71", 2024, 2, 1, opens, closes, null, reopenings);
  }

  @ParameterizedTest(name = "{0}: closes at {1}")
  @CsvSource({ "WIB, 2024-07-10T17:00:00Z", "WITA, 2024-07-10T16:00:00Z", "WIT, 2024-07-10T15:00:00Z" })
  void theMinuteBeforeLocalMidnightIsOpenAndMidnightIsClosed(ZonaWaktu zona, String closing) {
    Jadwal j = closingAtTheEndOf(LocalDate.parse("2024-07-10"), zona, List.of());
    Instant closes = Instant.parse(closing);
    assertThat(j.inputDitutup()).isEqualTo(closes);

    EntryWindow.Decision before = EntryWindow.decide(j, "73.71.01", 2024, 2, closes.minusSeconds(60));
    assertThat(before.state()).isEqualTo(EntryWindow.State.OPEN);
    assertThat(before.allowed()).isTrue();
    assertThat(before.until()).isEqualTo(closes);

    EntryWindow.Decision lastSecond = EntryWindow.decide(j, "73.71.01", 2024, 2, closes.minusSeconds(1));
    assertThat(lastSecond.allowed()).isTrue();

    EntryWindow.Decision at = EntryWindow.decide(j, "73.71.01", 2024, 2, closes);
    assertThat(at.state()).isEqualTo(EntryWindow.State.CLOSED);
    assertThat(at.allowed()).isFalse();
    assertThat(at.message().key().rule()).isEqualTo("entry-window-open");
    assertThat(at.message().render(Messages.INDONESIAN, zona.zone()))
        .isEqualTo("pengisian TW 2 2024 ditutup 10 Juli 2024 pukul 24.00 " + zona.name()
            + "; perlu perpanjangan dari Bagian Organisasi");
    assertThat(at.message().render(Messages.ENGLISH, zona.zone()))
        .startsWith("entry for TW 2 2024 closed on 10 July 2024 at 24:00 " + zona.name() + ";");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({ "WITA", "WIT" })
  void aReopeningUntilALocalDayEndsWithThatDayToo(ZonaWaktu zona) {
    Instant reopenedUntil = LocalDate.parse("2024-07-14").plusDays(1).atStartOfDay(zona.zone()).toInstant();
    Jadwal j = closingAtTheEndOf(LocalDate.parse("2024-07-10"), zona,
        List.of(new Jadwal.Perpanjangan("73.71.01", reopenedUntil, "banjir", "bagor")));
    EntryWindow.Decision late = EntryWindow.decide(j, "73.71.01", 2024, 2, reopenedUntil.minusSeconds(60));
    assertThat(late.state()).isEqualTo(EntryWindow.State.REOPENED);
    assertThat(late.terlambat()).isTrue();
    EntryWindow.Decision ended = EntryWindow.decide(j, "73.71.01", 2024, 2, reopenedUntil);
    assertThat(ended.allowed()).isFalse();
    assertThat(ended.message().render(Messages.INDONESIAN, zona.zone()))
        .isEqualTo("pengisian TW 2 2024 ditutup 10 Juli 2024 pukul 24.00 " + zona.name() + " dan perpanjangannya berakhir 14 Juli"
            + " 2024 pukul 24.00 " + zona.name() + "; perlu perpanjangan dari Bagian Organisasi");
  }
}
