package id.kinerja.reporting.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The text of the figure documents in {@code fig_rincian}: a list of figures (records) as a JSON array of arrays, one
 * array per figure with its components in declaration order (the order the migration V6 writes too). Decimals are
 * written plain and read back with their scale, instants as epoch microseconds (what {@code timestamptz} kept), so a
 * figure read back equals the figure written exactly as a row of the relational tables did. A document written before
 * components were added at the end of a record reads them as null (the next recalculation writes them).
 */
final class FigureDocs {

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The record's accessors, component types and canonical constructor, looked up once per record type: each
   * {@code getRecordComponents()} call makes new Method objects, whose reflective calls never get fast.
   */
  private record Shape(Method[] accessors, Class<?>[] types, Constructor<?> constructor) {
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] cs = type.getRecordComponents();
      Method[] accessors = new Method[cs.length];
      Class<?>[] types = new Class<?>[cs.length];
      for (int i = 0; i < cs.length; i++) {
        accessors[i] = cs[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = cs[i].getType();
      }
      try {
        return new Shape(accessors, types, type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  private FigureDocs() {
  }

  /** The document of a list of figures of one record type. */
  static String write(List<? extends Record> figures) {
    StringWriter out = new StringWriter(figures.size() * 256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (Record f : figures) {
        g.writeStartArray();
        for (Method accessor : SHAPES.get(f.getClass()).accessors()) {
          value(g, accessor.invoke(f));
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(b.toPlainString());
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Instant t) {
      g.writeNumber(ChronoUnit.MICROS.between(Instant.EPOCH, t));
    } else {
      throw new IllegalArgumentException("no document text for " + v.getClass());
    }
  }

  /** The figures of a document, in the order written. */
  static <T extends Record> List<T> read(String doc, Class<T> type) {
    Shape shape = SHAPES.get(type);
    Class<?>[] types = shape.types();
    try (JsonParser p = JSON.createParser(doc)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      List<T> out = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_ARRAY) {
        Object[] args = new Object[types.length];
        JsonToken t = p.nextToken();
        for (int i = 0; i < types.length; i++) {
          if (t == JsonToken.END_ARRAY) {
            // an older document: the components added since read as null, never as 0
            args[i] = value(p, JsonToken.VALUE_NULL, types[i]);
            continue;
          }
          args[i] = value(p, t, types[i]);
          t = p.nextToken();
        }
        expect(t, JsonToken.END_ARRAY);
        out.add(type.cast(shape.constructor().newInstance(args)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("figure document: " + expected + " expected, not " + actual);
    }
  }

  /** Decimals from the number's text: the scale written is the scale read. */
  private static Object value(JsonParser p, JsonToken t, Class<?> type) throws IOException {
    if (t == null || t.isStructStart() || t.isStructEnd()) {
      throw new IllegalStateException("figure document: a value expected, not " + t);
    }
    if (t == JsonToken.VALUE_NULL) {
      if (type.isPrimitive()) {
        throw new IllegalStateException("figure document: null for a " + type);
      }
      return null;
    }
    if (type == String.class) {
      return p.getText();
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(p.getText());
    }
    if (type == int.class || type == Integer.class) {
      return p.getIntValue();
    }
    if (type == long.class || type == Long.class) {
      return p.getLongValue();
    }
    if (type == boolean.class || type == Boolean.class) {
      return p.getBooleanValue();
    }
    if (type == Instant.class) {
      return Instant.EPOCH.plus(p.getLongValue(), ChronoUnit.MICROS);
    }
    throw new IllegalArgumentException("no document value for " + type);
  }
}
