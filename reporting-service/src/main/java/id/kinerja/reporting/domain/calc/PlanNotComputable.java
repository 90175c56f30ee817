package id.kinerja.reporting.domain.calc;

import java.time.ZoneOffset;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.i18n.Messages;

/**
 * A plan (or its realisasi) that breaks a precondition of the engine, e.g. a budget line given twice. Carries the
 * reason as a {@link Message}, because the audit answers it to the person who asked.
 */
public class PlanNotComputable extends IllegalArgumentException {

  private final transient Message reason;

  public PlanNotComputable(MessageKey key, Object... args) {
    this.reason = Message.of(key, args);
  }

  public Message reason() {
    return reason;
  }

  /** English, for the logs of operators. */
  @Override
  public String getMessage() {
    return reason.render(Messages.ENGLISH, ZoneOffset.UTC);
  }
}
