package id.kinerja.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonHardeningTest {

  record Body(String nama, BigDecimal nilai) {
  }

  private final ObjectMapper mapper = JsonHardening.apply(new ObjectMapper());

  @Test
  void stringsAreTrimmedAndDecimalsKeptExactly() throws Exception {
    Body b = mapper.readValue("{\"nama\": \"  Mlarak \", \"nilai\": 33.3333333333}", Body.class);
    assertThat(b.nama()).isEqualTo("Mlarak");
    assertThat(b.nilai()).isEqualByComparingTo("33.3333333333");
    assertThat(mapper.readValue("{\"nilai\": 1886154145}", Body.class).nilai()).isEqualByComparingTo("1886154145");
    assertThat(mapper.readValue("{\"nilai\": 1.5E+3}", Body.class).nilai()).isEqualByComparingTo("1500");
  }

  @ParameterizedTest
  @ValueSource(strings = { "1e999999999", "1E-999999999", "1e400", "12345678901234567890", "0.00000000001",
      "1e99999999999999999999" })
  void hugeOrOverPreciseDecimalsAreRefused(String number) {
    assertThatThrownBy(() -> mapper.readValue("{\"nilai\": " + number + "}", Body.class))
        .isInstanceOf(JsonHardening.NumberOutOfRange.class);
  }

  @Test
  void decimalsAsTextAreRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"nilai\": \"12,5\"}", Body.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void deepNestingDuplicateKeysAndTrailingContentAreRefused() {
    String deep = "[".repeat(JsonHardening.MAX_NESTING + 1) + "]".repeat(JsonHardening.MAX_NESTING + 1);
    assertThatThrownBy(() -> mapper.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"nama\": \"a\", \"nama\": \"b\"}", Body.class))
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> mapper.readValue("{\"nama\": \"a\"} {}", Body.class))
        .isInstanceOf(JsonProcessingException.class);
  }
}
