package id.kinerja.common.problem;

import java.util.Arrays;
import java.util.UUID;

import id.kinerja.common.i18n.CommonMessages;

/** Whether a raw path, query or header value converts to a parameter's Java type, and what it should be if not. */
final class ParameterTypes {

  private ParameterTypes() {
  }

  /** Null when the value converts; otherwise the violation, naming the parameter. */
  static FieldViolation problem(String name, Class<?> type, String value) {
    CommonMessages m = expected(type, value);
    return m == null ? null : m == CommonMessages.MUST_HAVE_TYPE_ENUM
        ? FieldViolation.of(name, m, "pilihan", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())
        : FieldViolation.of(name, m);
  }

  private static CommonMessages expected(Class<?> type, String value) {
    try {
      if (type == int.class || type == Integer.class) {
        Integer.parseInt(value);
      } else if (type == long.class || type == Long.class) {
        Long.parseLong(value);
      } else if (type == short.class || type == Short.class) {
        Short.parseShort(value);
      } else if (type == boolean.class || type == Boolean.class) {
        if (!"true".equals(value) && !"false".equals(value)) {
          return CommonMessages.MUST_HAVE_TYPE_BOOLEAN;
        }
      } else if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
        new java.math.BigDecimal(value);
      } else if (type == UUID.class) {
        UUID.fromString(value);
      } else if (type.isEnum()) {
        if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(value))) {
          return CommonMessages.MUST_HAVE_TYPE_ENUM;
        }
      } else if (type == java.time.LocalDate.class) {
        java.time.LocalDate.parse(value);
      }
      return null;
    } catch (RuntimeException e) {
      if (type == UUID.class) {
        return CommonMessages.MUST_HAVE_TYPE_UUID;
      }
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
          || type == Short.class) {
        return CommonMessages.MUST_HAVE_TYPE_WHOLE_NUMBER;
      }
      if (type == java.time.LocalDate.class) {
        return CommonMessages.MUST_HAVE_TYPE_DATE;
      }
      return CommonMessages.MUST_HAVE_TYPE_NUMBER;
    }
  }
}
