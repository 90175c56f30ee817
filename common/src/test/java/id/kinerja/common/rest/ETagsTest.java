package id.kinerja.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** If-None-Match against the sheet's current ETag "12" (RFC 9110 §13.1.2: weak comparison, lists, *). */
class ETagsTest {

  @ParameterizedTest(name = "If-None-Match: {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "\"12\"               | true",
      "W/\"12\"             | true",
      "\"3\", \"12\"        | true",
      "\"3\",W/\"12\"       | true",
      "*                    | true",
      "12                   | true", // without quotes, tolerated as for If-Match
      "\"11\"               | false",
      "\"3\", \"4\"         | false",
      "\"1,2\"              | false",
      "\"12                 | false",
      "W/\"120\"            | false",
      "''                   | false" })
  void matches(String header, boolean expected) {
    assertThat(ETags.noneMatch(header, "\"12\"")).isEqualTo(expected);
  }

  @Test
  void severalHeaderLinesAreOneList() {
    assertThat(ETags.noneMatch(String.join(", ", List.of("\"3\"", "\"12\"")), "\"12\"")).isTrue();
    assertThat(ETags.noneMatch("", "\"12\"")).isFalse();
    assertThat(ETags.noneMatch(null, "\"12\"")).isFalse();
  }
}
