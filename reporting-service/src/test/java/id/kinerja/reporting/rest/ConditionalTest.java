package id.kinerja.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.reporting.service.DataVersion;

/** RFC 9110 §13 for GET, as the reports and exports answer it. */
class ConditionalTest {

  private static final String TAG = "\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"";
  private static final Instant LAST_MODIFIED = Instant.parse("2025-01-10T03:00:00Z");
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  @ParameterizedTest(name = "If-None-Match {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"                        | true",
      "W/\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"                      | true", // weak comparison
      "\"old\", \"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"                | true", // a list
      "\"a,b\",W/\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"               | true", // a comma inside a tag
      "*                                                            | true",
      "3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7                            | true", // unquoted (a lenient reading)
      "\"old\"                                                      | false",
      "\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c\"                         | false",
      "\"old\", \"older\"                                           | false",
      "\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7                          | false", // unterminated
  })
  void ifNoneMatchComparesWeaklyWithEveryTagOfTheList(String header, boolean notModified) {
    assertThat(Conditional.notModified(header, null, TAG, LAST_MODIFIED, NOW)).isEqualTo(notModified);
  }

  @ParameterizedTest(name = "If-Modified-Since {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Fri, 10 Jan 2025 03:00:00 GMT     | true",  // equal: not modified since
      "Fri, 10 Jan 2025 03:00:01 GMT     | true",
      "Fri, 10 Jan 2025 02:59:59 GMT     | false", // older than Last-Modified
      "Friday, 10-Jan-25 03:00:00 GMT    | true",  // RFC 850
      "Fri Jan 10 03:00:00 2025          | true",  // asctime
      "Thu Jan  9 03:00:00 2025          | false",
      "Sun, 01 Jun 2025 00:00:01 GMT     | false", // later than the server's clock: invalid, ignored
      "kemarin                           | false", // unreadable: ignored
  })
  void ifModifiedSinceIsNotOlderThanLastModified(String header, boolean notModified) {
    assertThat(Conditional.notModified(null, header, TAG, LAST_MODIFIED, NOW)).isEqualTo(notModified);
  }

  @Test
  void ifNoneMatchDecidesAloneWhenSent() {
    // A matching date does not help a tag that no longer matches (RFC 9110 §13.2.2).
    assertThat(Conditional.notModified("\"old\"", "Fri, 10 Jan 2025 03:00:00 GMT", TAG, LAST_MODIFIED, NOW)).isFalse();
    assertThat(Conditional.notModified(TAG, "Thu, 01 Jan 2015 00:00:00 GMT", TAG, LAST_MODIFIED, NOW)).isTrue();
    // Without Last-Modified only the tag can match.
    assertThat(Conditional.notModified(null, "Fri, 10 Jan 2025 03:00:00 GMT", TAG, null, NOW)).isFalse();
    assertThat(Conditional.notModified(null, null, TAG, LAST_MODIFIED, NOW)).isFalse();
  }

  @Test
  void httpDatesAreImfFixdate() {
    assertThat(Conditional.httpDate(Instant.parse("2025-01-05T03:04:05.678Z"))).isEqualTo("Sun, 05 Jan 2025 03:04:05 GMT");
    assertThat(Conditional.parseHttpDate("Sun, 05 Jan 2025 03:04:05 GMT")).isEqualTo(Instant.parse("2025-01-05T03:04:05Z"));
  }

  @Test
  void theTagCoversRepresentationParametersLanguageAndDataAndLastModifiedIsInWholeSeconds() {
    DataVersion data = DataVersion.builder().add("digest.2024.0", "abc").changedAt(Instant.parse("2025-01-10T03:00:00.750Z"))
        .build();
    Conditional.Validators v = Conditional.validators("laporan-kecamatan.json", data, "tampilan", "OFFICIAL");
    assertThat(v.etag()).matches("\"[0-9a-f]{32}\"");
    assertThat(v.lastModified()).isEqualTo(LAST_MODIFIED);
    assertThat(Conditional.validators("laporan-kecamatan.json", data, "tampilan", "OFFICIAL")).isEqualTo(v);
    assertThat(Conditional.validators("laporan-kecamatan.json", data, "tampilan", "PROVISIONAL").etag()).isNotEqualTo(v.etag());
    assertThat(Conditional.validators("laporan-kecamatan.pdf", data, "tampilan", "OFFICIAL").etag()).isNotEqualTo(v.etag());
    DataVersion changed = DataVersion.builder().add("digest.2024.0", "abd").build();
    assertThat(Conditional.validators("laporan-kecamatan.json", changed, "tampilan", "OFFICIAL").etag())
        .isNotEqualTo(v.etag());
  }

  @Test
  void valuesAreSeparatedSoThatTheirBoundariesCount() {
    assertThat(DataVersion.builder().add("a", "bc").build()).isNotEqualTo(DataVersion.builder().add("ab", "c").build());
    assertThat(DataVersion.builder().add("a", null).build()).isNotEqualTo(DataVersion.builder().add("a", "null").build());
    assertThat(DataVersion.builder().add("a", 1).add("b", 2).build())
        .isNotEqualTo(DataVersion.builder().add("b", 2).add("a", 1).build());
  }
}
