package id.kinerja.reporting.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live figures' streams (docs/reporting.md "Live figures (SSE)"). */
@ConfigMapping(prefix = "kinerja.reporting.langsung")
public interface LangsungConfig {

  /** How often each instance reads new announcements from the log and sends them to its subscribers. */
  @WithDefault("PT0.25S")
  Duration poll();

  /** How often an idle stream gets a comment line, so that proxies keep it open and a gone client is noticed. */
  @WithDefault("PT15S")
  Duration heartbeat();

  /** Announcements waiting for one subscriber; a client that lets more pile up is disconnected (it resumes). */
  @WithDefault("1000")
  int buffer();

  /** How long announcements are kept for clients resuming with Last-Event-ID. */
  @WithDefault("P7D")
  Duration retensi();

  /** How often the announcements older than the retention are deleted. */
  @WithDefault("PT1H")
  Duration pembersihan();
}
