package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.time.ZonaWaktu;

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
    EntryWindow.Decision early = EntryWindow.decide(jadwal(List.of()), "35.08.12", 2024, 2,
        Instant.parse("2024-06-01T00:00:00Z"));
    assertThat(text(early, Messages.INDONESIAN)).isEqualTo("pengisian TW 2 2024 dibuka mulai 1 Juli 2024 pukul 07.00 WIB"
        + " (ditutup 10 Juli 2024 pukul 07.00 WIB)");
    EntryWindow.Decision closed = EntryWindow.decide(jadwal(List.of()), "35.08.12", 2024, 2,
        Instant.parse("2024-08-01T00:00:00Z"));
    assertThat(closed.message().key().rule()).isEqualTo("entry-window-open");
    assertThat(text(closed, Messages.INDONESIAN)).contains("ditutup 10 Juli 2024 pukul 07.00 WIB")
        .contains("perpanjangan");
    assertThat(text(closed, Messages.ENGLISH)).contains("closed on 10 July 2024 at 07:00 WIB").contains("reopening");
    EntryWindow.Decision none = EntryWindow.decide(null, "35.08.12", 2024, 2, Instant.parse("2024-07-05T00:00:00Z"));
    assertThat(none.state()).isEqualTo(EntryWindow.State.NO_SCHEDULE);
    assertThat(none.allowed()).isFalse();
    assertThat(text(none, Messages.INDONESIAN)).startsWith("jadwal pengisian TW 2 2024 belum diterbitkan");
  }

  /** A window that closes when 11 July begins in WIB is announced as closing at 24.00 on 10 July, local time. */
  @org.junit.jupiter.api.Test
  void closingIsWrittenInTheKabupatensLocalTime() {
    Jadwal j = new Jadwal("35.08", 2024, 2, 1, OPENS, Instant.parse("2024-07-10T17:00:00Z"), null,
        List.of(new Jadwal.Perpanjangan("35.08.12", Instant.parse("2024-07-14T17:00:00Z"), "banjir", "bagor")));
    EntryWindow.Decision d = EntryWindow.decide(j, "35.08.13", 2024, 2, Instant.parse("2024-07-12T00:00:00Z"));
    assertThat(text(d, Messages.INDONESIAN)).isEqualTo("pengisian TW 2 2024 ditutup 10 Juli 2024 pukul 24.00 WIB;"
        + " perlu perpanjangan dari Bagian Organisasi");
    assertThat(text(d, Messages.ENGLISH)).isEqualTo("entry for TW 2 2024 closed on 10 July 2024 at 24:00 WIB;"
        + " a reopening (perpanjangan) from Bagian Organisasi is needed");
    assertThat(d.message().render(Messages.INDONESIAN, ZonaWaktu.WITA.zone()))
        .startsWith("pengisian TW 2 2024 ditutup 11 Juli 2024 pukul 01.00 WITA");
    EntryWindow.Decision afterReopening = EntryWindow.decide(j, "35.08.12", 2024, 2,
        Instant.parse("2024-07-20T00:00:00Z"));
    assertThat(text(afterReopening, Messages.INDONESIAN)).isEqualTo("pengisian TW 2 2024 ditutup 10 Juli 2024 pukul"
        + " 24.00 WIB dan perpanjangannya berakhir 14 Juli 2024 pukul 24.00 WIB; perlu perpanjangan dari Bagian Organisasi");
  }

  private static String text(EntryWindow.Decision d, Locale locale) {
    return d.message().render(locale, ZonaWaktu.WIB.zone());
  }
}
