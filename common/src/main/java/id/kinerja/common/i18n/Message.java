package id.kinerja.common.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A text for a person, not yet in a language: a catalogue key and named arguments. It is written in the language of
 * the request (Bahasa Indonesia unless Accept-Language prefers English) when it is serialised or rendered, with
 * numbers, dates and times the way that language writes them ({@link Formats}).
 *
 * <p>Arguments are name/value pairs: {@code Message.of(KEY, "kode", "IKU-01", "nilai", new BigDecimal("37.84"))}.
 * How a value is written depends on its type: {@code int}/{@code Integer} as they are (years, triwulan, counts),
 * {@code long}/{@code BigDecimal} grouped ("1.234.567,5"), an {@code Instant} as a local time in the request's
 * kabupaten zone ("10 Juli 2024 pukul 24.00 WIB"), a {@code LocalDate} as "10 Juli 2024", a nested Message in the
 * same language, a collection as a list.
 */
@JsonSerialize(using = MessageSerializer.class)
@Schema(type = SchemaType.STRING, implementation = String.class)
public final class Message {

  private final MessageKey key;
  private final Map<String, Object> args;

  private Message(MessageKey key, Map<String, Object> args) {
    this.key = key;
    this.args = args;
  }

  public static Message of(MessageKey key, Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("arguments of " + key.key() + " come in name/value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      args.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return new Message(key, Collections.unmodifiableMap(args));
  }

  public MessageKey key() {
    return key;
  }

  public Map<String, Object> args() {
    return args;
  }

  /** In the language and zone of the current request. */
  public String text() {
    RequestLocale r = RequestLocale.current();
    return render(r.locale(), r.zone());
  }

  public String render(Locale locale, java.time.ZoneId zone) {
    return Messages.render(this, locale, zone);
  }

  /** The Bahasa Indonesia text in WIB: for logs and anything that is not an answer to a request. */
  @Override
  public String toString() {
    return render(Messages.INDONESIAN, java.time.ZoneId.of("Asia/Jakarta"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && m.key.key().equals(key.key()) && m.args.equals(args);
  }

  @Override
  public int hashCode() {
    return key.key().hashCode() * 31 + args.hashCode();
  }
}
