package id.kinerja.common.json;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Limits on what a request body may be, for every REST endpoint of every service: bounded nesting, string and
 * number lengths; duplicate keys and trailing content refused; strings trimmed; decimals bounded in magnitude
 * and precision (a value like {@code 1e999999999} is short to send but would explode when printed).
 */
@Singleton
public class JsonHardening implements ObjectMapperCustomizer {

  public static final int MAX_NESTING = 40;
  public static final int MAX_STRING = 1_000_000;
  /** Digits before the decimal point a decimal may have (Rupiah up to 10^15 and then some). */
  public static final int MAX_INTEGER_DIGITS = 18;
  /** Digits after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 10;

  /** A decimal outside the bounds above; the error mapper names its field and the rule {@code number-in-range}. */
  public static final class NumberOutOfRange extends InvalidFormatException {
    NumberOutOfRange(JsonParser p, String text) {
      super(p, "number out of range: " + text, text, BigDecimal.class);
    }
  }

  @Override
  public void customize(ObjectMapper mapper) {
    apply(mapper);
  }

  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(40).build());
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    SimpleModule module = new SimpleModule("kinerja-hardening");
    module.addDeserializer(String.class, new TrimmingStrings());
    module.addDeserializer(BigDecimal.class, new BoundedDecimals());
    mapper.registerModule(module);
    return mapper;
  }

  /** Leading and trailing blanks are never meaningful in this domain's fields. */
  static final class TrimmingStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = super.deserialize(p, ctxt);
      return s == null ? null : s.strip();
    }
  }

  static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
    BoundedDecimals() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      BigDecimal v;
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        String text = p.getText();
        // Check the exponent before BigDecimal expands it.
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
          try {
            int exponent = Integer.parseInt(text.substring(e + 1));
            if (Math.abs(exponent) > MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS) {
              throw new NumberOutOfRange(p, text);
            }
          } catch (NumberFormatException ex) {
            throw new NumberOutOfRange(p, text);
          }
        }
        v = p.getDecimalValue();
      } else if (t == JsonToken.VALUE_STRING) {
        // Numbers must be JSON numbers: "12,5" (id-ID) or "12.5" as text is refused rather than guessed.
        return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, p.getText(), "a decimal must be a JSON number");
      } else {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      BigDecimal stripped = v.stripTrailingZeros();
      int integerDigits = stripped.precision() - stripped.scale();
      if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
        throw new NumberOutOfRange(p, v.toString());
      }
      return v;
    }
  }
}
