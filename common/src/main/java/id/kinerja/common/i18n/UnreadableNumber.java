package id.kinerja.common.i18n;

import java.time.ZoneOffset;


/** A printed number {@link AngkaTertulis#parse} cannot read; the reason is answered to the person who stated it. */
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
