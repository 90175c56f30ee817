package id.kinerja.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * The message catalogue: one file per language and module, {@code i18n/messages_id.properties} and
 * {@code i18n/messages_en.properties} in each module's resources (UTF-8), read together; a key belongs to exactly one
 * module. Texts name their arguments in braces: {@code {kode} diukur dalam {satuan}}.
 */
public final class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

  private static final Logger LOG = Logger.getLogger(Messages.class);
  private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Map<ClassLoader, Map<String, Map<String, String>>> CATALOGUES = new ConcurrentHashMap<>();

  private Messages() {
  }

  /** The texts of one language ("id" or "en"), key → text, as the classpath holds them. */
  public static Map<String, String> catalogue(String language) {
    return catalogues().getOrDefault(language, Map.of());
  }

  /** For the catalogue test: each file of a language with its keys, to find keys given twice. */
  public static Map<URL, Properties> files(String language) {
    Map<URL, Properties> out = new java.util.LinkedHashMap<>();
    try {
      Enumeration<URL> urls = loader().getResources("i18n/messages_" + language + ".properties");
      for (URL url : Collections.list(urls)) {
        out.put(url, read(url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The argument names a text uses. */
  public static java.util.Set<String> arguments(String text) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  public static String render(Message message, Locale locale, ZoneId zone) {
    String language = Formats.indonesian(locale) ? "id" : "en";
    String template = catalogue(language).get(message.key().key());
    if (template == null) {
      LOG.warnf("No %s text for message key %s", language, message.key().key());
      template = message.key().key() + message.args().keySet().stream().map(k -> " {" + k + "}").collect(Collectors.joining());
    }
    Matcher m = ARGUMENT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = message.args().containsKey(name) ? format(message.args().get(name), locale, zone) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One argument's value as the language writes it (see {@link Message}). */
  public static String format(Object v, Locale locale, ZoneId zone) {
    if (v == null) {
      return "—";
    }
    if (v instanceof Message m) {
      return render(m, locale, zone);
    }
    if (v instanceof MessageKey k) {
      return render(Message.of(k), locale, zone);
    }
    if (v instanceof BigDecimal d) {
      return Formats.number(d, locale);
    }
    if (v instanceof Long l) {
      return Formats.number(l, locale);
    }
    if (v instanceof Instant t) {
      return Formats.dateTime(t, locale, zone);
    }
    if (v instanceof OffsetDateTime t) {
      return Formats.dateTime(t.toInstant(), locale, zone);
    }
    if (v instanceof LocalDate d) {
      return Formats.date(d, locale);
    }
    if (v instanceof Collection<?> c) {
      // In Bahasa Indonesia the comma is the decimal sign: numbers are listed with semicolons ("79,5; 80").
      boolean numbers = c.stream().anyMatch(e -> e instanceof Number);
      String separator = numbers && Formats.indonesian(locale) ? "; " : ", ";
      return c.stream().map(e -> format(e, locale, zone)).collect(Collectors.joining(separator));
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(v);
  }

  private static Map<String, Map<String, String>> catalogues() {
    return CATALOGUES.computeIfAbsent(loader(), cl -> {
      Map<String, Map<String, String>> all = new HashMap<>();
      for (Locale l : SUPPORTED) {
        Map<String, String> texts = new HashMap<>();
        files(l.getLanguage()).values().forEach(p -> p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k))));
        all.put(l.getLanguage(), Map.copyOf(texts));
      }
      return all;
    });
  }

  private static ClassLoader loader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl == null ? Messages.class.getClassLoader() : cl;
  }

  private static Properties read(URL url) {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the message catalogue " + url, e);
    }
    return p;
  }
}
