package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Messages;
import id.kinerja.realization.domain.KotakMasuk.Hitungan;
import id.kinerja.realization.domain.KotakMasuk.KeadaanKecamatan;

/** The inbox's pure rules (docs/realization.md "Inbox"), as tables. */
class KotakMasukRulesTest {

  private static final Instant OPENS = Instant.parse("2024-07-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2024-07-11T00:00:00Z");
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @ParameterizedTest(name = "plan {0}, {1} due, {2} not submitted, {3}/{4}/{5} → {6}")
  @CsvSource({
      "false, 0, 0, 0, 0, 0, NO_PLAN",
      "false, 5, 5, 0, 0, 0, NO_PLAN", // counts without a plan do not matter
      "true,  0, 0, 0, 0, 0, NOTHING_DUE",
      "true,  5, 5, 0, 0, 0, NOT_SUBMITTED", // nothing of what is due submitted (drafts and returns included)
      "true,  5, 4, 1, 0, 0, PARTLY_SUBMITTED",
      "true,  5, 1, 0, 0, 4, PARTLY_SUBMITTED", // one returned after the others were approved
      "true,  5, 0, 1, 4, 0, AWAITING_VERIFICATION",
      "true,  5, 0, 1, 0, 4, AWAITING_VERIFICATION",
      "true,  5, 0, 0, 1, 4, AWAITING_APPROVAL",
      "true,  5, 0, 0, 0, 5, APPROVED" })
  void keadaan(boolean plan, int wajib, int belum, int diajukan, int diverifikasi, int disahkan, KeadaanKecamatan expected) {
    assertThat(KotakMasuk.keadaan(plan, new Hitungan(wajib, belum, diajukan, diverifikasi, disahkan, 0)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} at {2}, {1} late entries, close {3} → {4}")
  @CsvSource({
      "NOT_SUBMITTED,         0, 2024-07-10T23:59:59Z, true,  false", // before the close: not late yet
      "NOT_SUBMITTED,         0, 2024-07-11T00:00:00Z, true,  true", // the close is exclusive
      "PARTLY_SUBMITTED,      0, 2024-08-01T00:00:00Z, true,  true",
      "AWAITING_VERIFICATION, 0, 2024-08-01T00:00:00Z, true,  false", // complete: waiting is not lateness
      "APPROVED,              2, 2024-08-01T00:00:00Z, true,  true", // entries marked late stay late
      "AWAITING_VERIFICATION, 1, 2024-07-05T00:00:00Z, true,  true",
      "NOT_SUBMITTED,         0, 2024-08-01T00:00:00Z, false, false", // no jadwal: not judged
      "NO_PLAN,               0, 2024-08-01T00:00:00Z, true,  false" })
  void terlambat(KeadaanKecamatan k, int lateEntries, String now, boolean hasClose, boolean expected) {
    assertThat(KotakMasuk.terlambat(k, new Hitungan(5, 5, 0, 0, 0, lateEntries), hasClose ? CLOSES : null,
        Instant.parse(now))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // reopenings: 35.08.12 until 07-20, 35.08.13 until 07-25, all until 07-15, and one ending before the close
      "35.08.12, 2024-07-20T00:00:00Z",
      "35.08.13, 2024-07-25T00:00:00Z",
      "35.08.14, 2024-07-15T00:00:00Z",
      "35.08.15, 2024-07-15T00:00:00Z" })
  void perpanjangan(String kecamatan, String sampai) {
    Jadwal j = jadwal(2024, 2, OPENS, CLOSES, List.of(reopening("35.08.12", "2024-07-20T00:00:00Z"),
        reopening("35.08.13", "2024-07-25T00:00:00Z"), reopening(null, "2024-07-15T00:00:00Z"),
        reopening("35.08.15", "2024-07-05T00:00:00Z")));
    assertThat(KotakMasuk.perpanjangan(j, kecamatan).sampai()).isEqualTo(Instant.parse(sampai));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({ "no reopening", "reopening ending at the close" })
  void noPerpanjangan(String label) {
    List<Jadwal.Perpanjangan> p = label.startsWith("no") ? List.of() : List.of(reopening(null, CLOSES.toString()));
    assertThat(KotakMasuk.perpanjangan(jadwal(2024, 2, OPENS, CLOSES, p), "35.08.12")).isNull();
    assertThat(KotakMasuk.perpanjangan(null, "35.08.12")).isNull();
  }

  /**
   * Jadwal of 2024 (TW 1 Apr 1–11, TW 2 Jul 1–11, TW 3 Oct 1–11 reopened for 35.08.12 until Oct 20, TW 4 Jan 1–11
   * 2025) and of 2025 TW 1 (Apr 1–11 2025).
   */
  @ParameterizedTest(name = "{0} for {1}, tahun {2} → {3} TW {4}")
  @CsvSource({
      "2024-03-01T00:00:00Z,         , , 2024, 1", // nothing open or closed yet: the first to open
      "2024-04-05T00:00:00Z,         , , 2024, 1", // open
      "2024-05-01T00:00:00Z,         , , 2024, 1", // the latest closed
      "2024-07-01T00:00:00Z,         , , 2024, 2", // opening is inclusive
      "2024-07-11T00:00:00Z,         , , 2024, 2", // closed, still the latest closed
      "2024-10-15T00:00:00Z, 35.08.12, , 2024, 3", // reopened for it
      "2024-10-15T00:00:00Z, 35.08.13, , 2024, 3", // the latest closed anyway
      "2025-01-05T00:00:00Z,         , , 2024, 4", // TW 4 of 2024 is entered in January 2025
      "2025-02-01T00:00:00Z,         , , 2024, 4",
      "2025-04-02T00:00:00Z,         , , 2025, 1",
      "2025-04-02T00:00:00Z,         , 2024, 2024, 4", // within the year asked for
      "2025-04-02T00:00:00Z,         , 2023, 2023, 4", // no jadwal that year: its last triwulan, it is past
      "2025-04-02T00:00:00Z,         , 2026, 2026, 1" })
  void periode(String now, String kecamatan, Integer tahun, int expectedTahun, int expectedTriwulan) {
    List<Jadwal> all = new ArrayList<>();
    all.add(jadwal(2024, 1, at("2024-04-01"), at("2024-04-11"), List.of()));
    all.add(jadwal(2024, 2, at("2024-07-01"), at("2024-07-11"), List.of()));
    all.add(jadwal(2024, 3, at("2024-10-01"), at("2024-10-11"), List.of(reopening("35.08.12", "2024-10-20T00:00:00Z"))));
    all.add(jadwal(2024, 4, at("2025-01-01"), at("2025-01-11"), List.of()));
    all.add(jadwal(2025, 1, at("2025-04-01"), at("2025-04-11"), List.of()));
    assertThat(KotakMasuk.periode(all, kecamatan, tahun, Instant.parse(now), WIB))
        .isEqualTo(new KotakMasuk.Periode(expectedTahun, expectedTriwulan));
  }

  @ParameterizedTest(name = "{0} → TW {1} {2}")
  @CsvSource({
      "2024-03-31T16:59:59Z, 2024, 1", // 23:59:59 WIB on 31 March
      "2024-03-31T17:00:00Z, 2024, 2", // 00:00 WIB on 1 April
      "2024-12-31T17:00:00Z, 2025, 1" })
  void periodeWithoutJadwal(String now, int tahun, int triwulan) {
    assertThat(KotakMasuk.periode(List.of(), null, null, Instant.parse(now), WIB))
        .isEqualTo(new KotakMasuk.Periode(tahun, triwulan));
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
      "PT0S,      0 menit,          0 minutes",
      "PT59S,     0 menit,          0 minutes", // rounded down
      "PT12M,     12 menit,         12 minutes",
      "PT1H,      1 jam 0 menit,    1 hours 0 minutes",
      "PT5H20M,   5 jam 20 menit,   5 hours 20 minutes",
      "PT23H59M,  23 jam 59 menit,  23 hours 59 minutes",
      "PT24H,     1 hari 0 jam,     1 days 0 hours",
      "PT51H30M,  2 hari 3 jam,     2 days 3 hours",
      "PT2400H,   100 hari 0 jam,   100 days 0 hours", // a count of days is never grouped like money
      "PT-5H,     0 menit,          0 minutes" }) // past: none left
  void durasi(String span, String id, String en) {
    var m = KotakMasuk.durasi(Duration.parse(span));
    assertThat(Messages.render(m, Messages.INDONESIAN, WIB)).isEqualTo(id);
    assertThat(Messages.render(m, Messages.ENGLISH, WIB)).isEqualTo(en);
  }

  private static Instant at(String day) {
    return java.time.LocalDate.parse(day).atStartOfDay(WIB).toInstant();
  }

  private static Jadwal jadwal(int tahun, int triwulan, Instant dibuka, Instant ditutup, List<Jadwal.Perpanjangan> p) {
    return new Jadwal("35.08", tahun, triwulan, 1, dibuka, ditutup, null, p);
  }

  private static Jadwal.Perpanjangan reopening(String kecamatan, String sampai) {
    return new Jadwal.Perpanjangan(kecamatan, Instant.parse(sampai), "Gangguan jaringan", "bagor");
  }
}
