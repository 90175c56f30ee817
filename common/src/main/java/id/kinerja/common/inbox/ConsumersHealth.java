package id.kinerja.common.inbox;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The consumers' figures in {@code /q/health} (and {@code /q/health/ready}): per consumer its lag and its dead letters,
 * so that a dead letter is seen without a command-line tool. Always UP: a backlog or a dead letter is something to
 * look at, not a reason to take the instance out of the load balancer (the other checks decide that).
 */
@Readiness
@ApplicationScoped
public class ConsumersHealth implements HealthCheck {

  @Inject
  ConsumerLag lag;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("event-consumers").up();
    Map<String, ConsumerLag.Figures> all = lag.figures();
    all.values().forEach(f -> {
      b.withData(f.consumer() + ".lag", f.lag());
      b.withData(f.consumer() + ".deadLetters", f.deadLetters());
      b.withData(f.consumer() + ".running", f.running());
    });
    if (lag.measuredAt() > 0) {
      b.withData("measuredAt", Instant.ofEpochMilli(lag.measuredAt()).toString());
    }
    return b.build();
  }
}
