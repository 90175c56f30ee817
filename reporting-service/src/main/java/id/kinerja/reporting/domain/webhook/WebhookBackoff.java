package id.kinerja.reporting.domain.webhook;

import java.time.Duration;

/**
 * When a failed webhook delivery is tried again: exponential backoff with "equal jitter". After the n-th failed
 * attempt the ceiling is {@code min(maks, awal × 2^(n-1))}; the wait is half the ceiling plus a random part of the
 * other half, so receivers that failed together are not retried together.
 */
public final class WebhookBackoff {

  private WebhookBackoff() {
  }

  /**
   * @param percobaan the number of the attempt that just failed (1 = the first)
   * @param acak      any long (a random draw): picks the jittered part deterministically, for tests
   */
  public static Duration tunda(int percobaan, Duration awal, Duration maks, long acak) {
    if (percobaan < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1: " + percobaan);
    }
    long awalMs = Math.max(1, awal.toMillis());
    long maksMs = Math.max(awalMs, maks.toMillis());
    // Doubling 62 times overflows a long; long before that the ceiling is maks anyway.
    long batas = percobaan > 40 ? maksMs : Math.min(maksMs, awalMs << Math.min(percobaan - 1, 40));
    if (batas < 0) {
      batas = maksMs;
    }
    long separuh = batas / 2;
    return Duration.ofMillis(separuh + Math.floorMod(acak, batas - separuh + 1));
  }
}
