package id.kinerja.reporting.domain.calc;

import java.time.ZoneOffset;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.i18n.Messages;

/** A printed number {@link Angka#parse} cannot read; the reason is answered to the person who stated it. */
public class UnreadableNumber extends NumberFormatException {

  private final transient Message reason;

  public UnreadableNumber(MessageKey key, Object... args) {
    this(Message.of(key, args));
  }

  /** The message (for logs) is the reason in English. */
  private UnreadableNumber(Message reason) {
    super(reason.render(Messages.ENGLISH, ZoneOffset.UTC));
    this.reason = reason;
  }

  public Message reason() {
    return reason;
  }
}
