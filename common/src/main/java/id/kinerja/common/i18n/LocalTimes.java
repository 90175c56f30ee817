package id.kinerja.common.i18n;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every instant in an answer is written as the local time of the request's kabupaten with its offset
 * ({@code 2024-07-11T00:00:00+07:00} in WIB, {@code +08:00} in WITA, {@code +09:00} in WIT): the same instant as UTC
 * would be, readable as the time on the reader's clock. Events and stored snapshots keep UTC (they use
 * {@code CanonicalJson}, not this mapper).
 */
@Singleton
public class LocalTimes implements ObjectMapperCustomizer {

  /** After Quarkus' own customizer, which registers the JavaTimeModule: the module registered last wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("kinerja-local-times");
    module.addSerializer(Instant.class, new InstantInZone());
    mapper.registerModule(module);
  }

  static final class InstantInZone extends StdSerializer<Instant> {
    InstantInZone() {
      super(Instant.class);
    }

    /**
     * The last texts written on this thread: an answer carries the same few instants many times (every figure of a
     * report has the as-of time of its periode), and formatting was the largest cost of writing a report.
     */
    private static final ThreadLocal<Map<ZoneId, Map<Instant, String>>> RECENT = ThreadLocal.withInitial(HashMap::new);
    private static final int RECENT_MAX = 256;

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(text(value, RequestLocale.current().zone()));
    }

    static String text(Instant value, ZoneId zone) {
      Map<Instant, String> recent = RECENT.get().computeIfAbsent(zone, z -> new HashMap<>());
      String text = recent.get(value);
      if (text == null) {
        if (recent.size() >= RECENT_MAX) {
          recent.clear();
        }
        text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(zone));
        recent.put(value, text);
      }
      return text;
    }
  }
}
