package id.kinerja.common.problem;

import java.util.Arrays;
import java.util.UUID;

/** Whether a raw path, query or header value converts to a parameter's Java type, and what it should be if not. */
final class ParameterTypes {

  private ParameterTypes() {
  }

  /** Null when the value converts; otherwise what the value must be, for the client. */
  static String problem(Class<?> type, String value) {
    try {
      if (type == int.class || type == Integer.class) {
        Integer.parseInt(value);
      } else if (type == long.class || type == Long.class) {
        Long.parseLong(value);
      } else if (type == short.class || type == Short.class) {
        Short.parseShort(value);
      } else if (type == boolean.class || type == Boolean.class) {
        if (!"true".equals(value) && !"false".equals(value)) {
          return "must be true or false";
        }
      } else if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
        new java.math.BigDecimal(value);
      } else if (type == UUID.class) {
        UUID.fromString(value);
      } else if (type.isEnum()) {
        if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(value))) {
          return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
      } else if (type == java.time.LocalDate.class) {
        java.time.LocalDate.parse(value);
      }
      return null;
    } catch (RuntimeException e) {
      if (type == UUID.class) {
        return "must be a UUID";
      }
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
          || type == Short.class) {
        return "must be a whole number";
      }
      if (type == java.time.LocalDate.class) {
        return "must be an ISO-8601 date";
      }
      return "must be a number";
    }
  }
}
