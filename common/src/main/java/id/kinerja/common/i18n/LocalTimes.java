package id.kinerja.common.i18n;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

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

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(RequestLocale.current().zone())));
    }
  }
}
