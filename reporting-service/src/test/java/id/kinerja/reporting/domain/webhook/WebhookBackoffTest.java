package id.kinerja.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exponential backoff with equal jitter: half the ceiling plus a random part of the other half. */
class WebhookBackoffTest {

  @ParameterizedTest(name = "attempt {0}, draw {1} → {2} ms")
  @CsvSource(textBlock = """
      1,  0,          5000
      1,  5000,       10000
      1,  5001,       5000
      1,  -1,         10000
      2,  0,          10000
      2,  10000,      20000
      3,  0,          20000
      4,  0,          40000
      9,  0,          1280000
      10, 0,          1800000
      10, 1800000,    3600000
      11, 0,          1800000
      63, 0,          1800000
      1000, 7,        1800007
      """)
  void doublesUpToTheCeilingWithJitter(int attempt, long draw, long expectedMs) {
    assertThat(WebhookBackoff.tunda(attempt, Duration.ofSeconds(10), Duration.ofHours(1), draw).toMillis())
        .isEqualTo(expectedMs);
  }

  @Test
  void everyDrawStaysBetweenHalfAndTheWholeCeiling() {
    java.util.Random random = new java.util.Random(17);
    for (int attempt = 1; attempt <= 20; attempt++) {
      long ceiling = Math.min(3_600_000L, 10_000L << Math.min(attempt - 1, 30));
      for (int i = 0; i < 200; i++) {
        long ms = WebhookBackoff.tunda(attempt, Duration.ofSeconds(10), Duration.ofHours(1), random.nextLong()).toMillis();
        assertThat(ms).isBetween(ceiling / 2, ceiling);
      }
    }
  }

  @Test
  void attemptsStartAtOne() {
    assertThatThrownBy(() -> WebhookBackoff.tunda(0, Duration.ofSeconds(1), Duration.ofSeconds(2), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
