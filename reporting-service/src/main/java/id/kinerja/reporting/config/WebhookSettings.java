package id.kinerja.reporting.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the portal's webhooks, under {@code kinerja.webhook} (docs/operations.md, "Webhooks"). */
@ConfigMapping(prefix = "kinerja.webhook")
public interface WebhookSettings {

  /**
   * Allow loopback hosts, and http to localhost / 127.0.0.1 / [::1]: development and tests only (on in %dev and
   * %test). In production every webhook must be https to a public address.
   */
  @WithDefault("false")
  boolean izinkanLokal();

  /** Attempts of one delivery (per series: a replay starts again) before it is recorded as failed (GAGAL). */
  @WithDefault("8")
  int maksPercobaan();

  /** Ceiling of the wait after the first failed attempt; it doubles with each attempt (with jitter). */
  @WithDefault("10s")
  Duration backoffAwal();

  /** Highest ceiling of the wait between two attempts. */
  @WithDefault("1h")
  Duration backoffMaks();

  /** How long an attempt waits to connect to the receiver. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** How long an attempt waits for the receiver's answer (status and the first KiB of the body). */
  @WithDefault("10s")
  Duration readTimeout();

  /** Deliveries this instance sends at once (each on its own thread): a slow receiver holds one of them. */
  @WithDefault("4")
  int pengirim();

  /** How often an idle sender looks for due deliveries (a new delivery committed here wakes it at once). */
  @WithDefault("1s")
  Duration pollInterval();

  /** Run the sender in this process. */
  @WithDefault("true")
  boolean pengirimAktif();
}
