package id.kinerja.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.kinerja.common.time.ZonaWaktu;

class MessagesTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void everyPlatformKeyHasATextInBothLanguages() {
    assertThat(CatalogueCheck.problems(CommonMessages.class)).isEmpty();
  }

  @Test
  void rendersInTheRequestedLanguageWithNamedArguments() {
    Message m = Message.of(CommonMessages.FORBIDDEN_OTHER_KECAMATAN, "milik", "35.02.14", "kecamatan", "35.02.08");
    assertThat(m.render(Messages.INDONESIAN, WIB)).isEqualTo("Token Anda untuk kecamatan 35.02.14, bukan 35.02.08");
    assertThat(m.render(Messages.ENGLISH, WIB)).isEqualTo("Your token is for kecamatan 35.02.14, not 35.02.08");
  }

  @Test
  void nestedMessagesAndListsAreRenderedInTheSameLanguage() {
    Message what = Message.of(CommonMessages.THING_KECAMATAN, "kode", "35.02.99");
    assertThat(Message.of(CommonMessages.NOT_FOUND, "apa", what).render(Messages.INDONESIAN, WIB))
        .isEqualTo("Kecamatan 35.02.99 tidak ditemukan");
    assertThat(Message.of(CommonMessages.MUST_HAVE_TYPE_ENUM, "pilihan", List.of("A", "B")).render(Messages.ENGLISH, WIB))
        .isEqualTo("the value must be one of A, B");
  }

  @Test
  void listsOfNumbersAreSeparatedBySemicolonsInIndonesian() {
    List<Object> values = List.of(new BigDecimal("79.5"), new BigDecimal("80"));
    assertThat(Messages.format(values, Messages.INDONESIAN, WIB)).isEqualTo("79,5; 80");
    assertThat(Messages.format(values, Messages.ENGLISH, WIB)).isEqualTo("79.5, 80");
    assertThat(Messages.format(List.of("IKU-01", "IKU-02"), Messages.INDONESIAN, WIB)).isEqualTo("IKU-01, IKU-02");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234.5      | id | 1.234,5",
      "1234.5      | en | 1,234.5",
      "37.840      | id | 37,84",
      "-0.5        | id | -0,5",
      "1917084558  | id | 1.917.084.558",
      "0.00        | id | 0",
      "123.75      | id | 123,75" })
  void numbersTheWayEachLanguageWritesThem(String value, String language, String expected) {
    assertThat(Formats.number(new BigDecimal(value), Locale.forLanguageTag(language))).isEqualTo(expected);
  }

  @Test
  void wholeAmountsAreGroupedButYearsAndCountsAreNot() {
    Locale id = Messages.INDONESIAN;
    assertThat(Messages.format(1917084558L, id, WIB)).isEqualTo("1.917.084.558");
    assertThat(Messages.format(2024, id, WIB)).isEqualTo("2024");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The end of 10 July in each zone is midnight of 11 July local: written as 24.00 of the 10th.
      "2024-07-10T17:00:00Z | WIB  | id | 10 Juli 2024 pukul 24.00 WIB",
      "2024-07-10T16:00:00Z | WITA | id | 10 Juli 2024 pukul 24.00 WITA",
      "2024-07-10T15:00:00Z | WIT  | id | 10 Juli 2024 pukul 24.00 WIT",
      "2024-07-10T15:00:00Z | WIT  | en | 10 July 2024 at 24:00 WIT",
      "2024-07-10T16:59:00Z | WIB  | id | 10 Juli 2024 pukul 23.59 WIB",
      "2024-07-10T17:01:00Z | WIB  | id | 11 Juli 2024 pukul 00.01 WIB",
      "2024-01-05T02:00:00Z | WITA | id | 5 Januari 2024 pukul 10.00 WITA" })
  void timesAreLocalToTheKabupatenWithTheZoneNamed(String instant, ZonaWaktu zona, String language, String expected) {
    assertThat(Formats.dateTime(Instant.parse(instant), Locale.forLanguageTag(language), zona.zone())).isEqualTo(expected);
  }

  @Test
  void datesWithIndonesianMonthNames() {
    assertThat(Formats.date(LocalDate.of(2024, 12, 31), Messages.INDONESIAN)).isEqualTo("31 Desember 2024");
    assertThat(Formats.date(LocalDate.of(2024, 8, 17), Messages.ENGLISH)).isEqualTo("17 August 2024");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "                            | id",
      "en                          | en",
      "en-US,en;q=0.9              | en",
      "id-ID,id;q=0.9,en;q=0.8     | id",
      "en;q=0.5,id;q=0.9           | id",
      "fr-FR,en;q=0.5              | en",
      "fr-FR                       | id",
      "*                           | id",
      "in-ID                       | id",
      ";;;garbage                  | id" })
  void indonesianUnlessEnglishIsPreferred(String header, String expected) {
    assertThat(RequestLocale.negotiate(header).getLanguage()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/kabupaten/35.02/jadwal/2024/2                | 35.02",
      "/api/kecamatan/35.02.08/realisasi/2024/2          | 35.02",
      "/api/laporan/kecamatan/73.71.01/2024              | 73.71",
      "/api/laporan/kabupaten/91.01/2024/konsolidasi     | 91.01",
      "/api/laporan/nasional/2024                        | ",
      "/api/kabupaten                                    | " })
  void theKabupatenOfARequestFromItsPath(String path, String expected) {
    assertThat(RequestLocale.of(null, path).kabupatenKode().orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "35.02 | WIB", "11.01 | WIB", "61.01 | WIB", "62.01 | WIB", "63.01 | WITA", "64.01 | WITA", "65.01 | WITA",
      "51.01 | WITA", "53.01 | WITA", "73.71 | WITA", "76.01 | WITA", "81.01 | WIT", "91.01 | WIT", "96.01 | WIT" })
  void theZoneOfAProvince(String kabupaten, ZonaWaktu expected) {
    assertThat(ZonaWaktu.ofProvinsi(kabupaten)).isEqualTo(expected);
  }
}
