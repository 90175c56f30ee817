package id.kinerja.common.json;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Limits on what a request body may be, for every REST endpoint of every service: bounded nesting, string and
 * number lengths; duplicate keys and trailing content refused; strings trimmed and free of control characters;
 * decimals bounded in magnitude and precision (a value like {@code 1e999999999} is short to send but would explode
 * when printed); every value of the JSON type its field declares (no "12" for 12, no 12 for "12", no 0 for an enum
 * constant, no 1.5 for a whole number, no epoch number for a date-time).
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

  /** A string with a control character, an unpaired surrogate or U+FFFD; the rule {@code must-be-valid-text}. */
  public static final class InvalidText extends InvalidFormatException {
    InvalidText(JsonParser p, String text) {
      super(p, "invalid text", text, String.class);
    }
  }

  /**
   * Whether text may be stored: no C0 control characters except tab, line feed and carriage return, no DEL, no C1
   * controls, no unpaired surrogate, no U+FFFD. PostgreSQL refuses U+0000 outright, the others corrupt exports and
   * reports or hide content (ESC [2J clears a terminal).
   */
  public static boolean validText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f || c == '\uFFFD') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
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
    strictTypes(mapper);
    SimpleModule module = new SimpleModule("kinerja-hardening");
    module.addDeserializer(String.class, new TrimmingStrings());
    module.addDeserializer(BigDecimal.class, new BoundedDecimals());
    module.setDeserializerModifier(new StrictDateTimes());
    mapper.registerModule(module);
    return mapper;
  }

  /** Every value in the JSON type of its field: scalars are never converted into one another. */
  private static void strictTypes(ObjectMapper mapper) {
    for (LogicalType type : new LogicalType[] { LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
        LogicalType.Enum }) {
      boolean number = type == LogicalType.Integer || type == LogicalType.Float;
      boolean text = type == LogicalType.Textual || type == LogicalType.Enum;
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, number ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, text ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
  }

  /** Leading and trailing blanks are never meaningful in this domain's fields; control characters never are. */
  static final class TrimmingStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = super.deserialize(p, ctxt);
      if (s != null && !validText(s)) {
        throw new InvalidText(p, s);
      }
      return s == null ? null : s.strip();
    }
  }

  /** java.time values only from ISO-8601 text: jsr310 would otherwise read 12345 as seconds after 1970. */
  static final class StrictDateTimes extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
        JsonDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (!type.getName().startsWith("java.time.")) {
        return deserializer;
      }
      return new DelegatingDeserializer(deserializer) {
        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
          return modifyDeserializer(config, description, delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.handleUnexpectedToken(type, p);
          }
          return super.deserialize(p, ctxt);
        }
      };
    }
  }

  /** A text field outside JSON (a multipart form field): 400 naming it when it is not valid text. */
  public static void requireValidText(String field, String value) {
    if (value != null && !validText(value)) {
      throw ProblemException.invalid(field, CommonMessages.MUST_BE_VALID_TEXT);
    }
  }

  // ------------------------------------------------------------------ bodies read as trees

  /** The hardened reader for bodies a service reads as a tree (then checks against a JSON schema). */
  private static final ObjectMapper TREES = treeReader();

  private static ObjectMapper treeReader() {
    ObjectMapper m = CanonicalJson.MAPPER.copy();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(40).build());
    m.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return m;
  }

  /**
   * A request body as a tree, with the same limits as every other body: valid JSON, nothing after it, no duplicate
   * keys, bounded nesting, string and number lengths, text without control characters, decimals in range. Refusals
   * are 400 problems naming the field (or "body") and the rule.
   */
  public static JsonNode readTree(String body) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalid("body", CommonMessages.REQUIRED_BODY);
    }
    JsonNode node;
    try {
      node = TREES.readTree(body);
    } catch (StreamConstraintsException e) {
      throw ProblemException.invalid("body", CommonMessages.WITHIN_SIZE_LIMITS);
    } catch (InputCoercionException e) {
      throw ProblemException.invalid("body", CommonMessages.NUMBER_IN_RANGE_FIELD);
    } catch (JsonProcessingException e) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.startsWith("Duplicate field")) {
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("Duplicate field '([^']{1,200})'").matcher(m);
        throw ProblemException.invalid("body", CommonMessages.NO_DUPLICATE_KEYS, "kunci",
            (key.find() ? key.group(1) : "?").replaceAll("[^\\x20-\\x7e]", "?"));
      }
      if (e.getLocation() == null) {
        throw ProblemException.invalid("body", CommonMessages.MUST_BE_VALID_JSON);
      }
      throw ProblemException.invalid("body", CommonMessages.MUST_BE_VALID_JSON_AT, "baris", e.getLocation().getLineNr(),
          "kolom", e.getLocation().getColumnNr());
    }
    if (node == null || node.isMissingNode()) {
      throw ProblemException.invalid("body", CommonMessages.REQUIRED_BODY);
    }
    check(node, "");
    return node;
  }

  private static void check(JsonNode node, String path) {
    if (node.isTextual()) {
      if (!validText(node.textValue())) {
        throw ProblemException.invalid(path.isEmpty() ? "body" : path, CommonMessages.MUST_BE_VALID_TEXT);
      }
    } else if (node.isNumber() && !node.isIntegralNumber() || node.isBigInteger()) {
      BigDecimal v = node.decimalValue().stripTrailingZeros();
      if (v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_FRACTION_DIGITS) {
        throw ProblemException.invalid(path.isEmpty() ? "body" : path, CommonMessages.NUMBER_IN_RANGE, "sebelum",
            MAX_INTEGER_DIGITS, "sesudah", MAX_FRACTION_DIGITS);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (!validText(e.getKey())) {
          throw ProblemException.invalid("body", CommonMessages.MUST_BE_VALID_TEXT);
        }
        check(e.getValue(), p);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]");
      }
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
