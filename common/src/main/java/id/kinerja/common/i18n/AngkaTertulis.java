package id.kinerja.common.i18n;

import java.math.BigDecimal;

/**
 * Numbers as people write them in reports and spreadsheets ("1.886.154.145", "57,45", "Rp 11.000.000", "95,5 %"),
 * read exactly: the result keeps the written decimals as its scale, and text that could be read two ways is refused
 * with the reason ({@link UnreadableNumber}), never guessed.
 */
public final class AngkaTertulis {

  private AngkaTertulis() {
  }

  /**
   * Parses an imported number in either notation ({@link NumberStyle#AUTO}); "Rp" prefixes, a "%" suffix and spaces
   * around are ignored. The result keeps the printed decimals as its scale ("100,4" → 100.4, scale 1).
   *
   * @throws UnreadableNumber for text that is no number, a dash, or an ambiguous "1.050"
   */
  public static BigDecimal parse(String s) {
    return parse(s, NumberStyle.AUTO);
  }

  /** Like {@link #parse(String)} but a dash ("-", "–", "—") or blank gives null (absent, never 0). */
  public static BigDecimal parseOrAbsent(String s, NumberStyle style) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("—")) {
      return null;
    }
    return parse(t, style);
  }

  /** Parses an imported number in the given notation. */
  public static BigDecimal parse(String s, NumberStyle style) {
    if (s == null) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_NONE);
    }
    String t = withoutRupiahAndPercent(s.trim());
    boolean negative = false;
    if (t.startsWith("-") || t.startsWith("−")) {
      negative = true;
      t = t.substring(1).trim();
    }
    if (t.isEmpty()) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_EMPTY, "teks", s);
    }
    BigDecimal v = new BigDecimal(plain(t, decimalSeparator(t, style, s), s));
    return negative ? v.negate() : v;
  }

  /** The text without an "Rp" (or "Rp.") prefix and a "%" suffix, and the spaces they leave. */
  private static String withoutRupiahAndPercent(String t) {
    if (t.regionMatches(true, 0, "Rp", 0, 2)) {
      t = t.substring(2);
      if (t.startsWith(".")) {
        t = t.substring(1);
      }
      t = t.trim();
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  /**
   * The decimal separator of digits, points and commas {@code t} ({@code s} as stated, for the refusals): the
   * style's, or with AUTO the one the text shows (the last of two kinds; one used twice groups; a single one before
   * exactly three digits is ambiguous, except after a lone 0).
   */
  private static char decimalSeparator(String t, NumberStyle style, String s) {
    int dots = 0;
    int commas = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == ',') {
        commas++;
      } else if (c < '0' || c > '9') {
        throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_NOT_A_NUMBER, "teks", s);
      }
    }
    if (style == NumberStyle.ID) {
      return ',';
    }
    if (style == NumberStyle.EN) {
      return '.';
    }
    if (dots > 0 && commas > 0) {
      return t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    }
    if (dots + commas == 0 || dots > 1) {
      return ',';
    }
    if (commas > 1) {
      return '.';
    }
    char sep = dots == 1 ? '.' : ',';
    int at = t.indexOf(sep);
    if (t.length() - at - 1 == 3 && at > 0 && !t.substring(0, at).equals("0")) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_AMBIGUOUS, "teks", s);
    }
    return sep;
  }

  /**
   * The number {@code t} in plain BigDecimal syntax ("1234.5"): groups of three digits (the first one to three)
   * before the decimal separator, none after it.
   */
  private static String plain(String t, char decimal, String s) {
    char grouping = decimal == ',' ? '.' : ',';
    int decimalAt = t.indexOf(decimal);
    if (decimalAt >= 0 && t.indexOf(decimal, decimalAt + 1) >= 0) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_TWO_DECIMAL_SEPARATORS, "teks", s);
    }
    String intPart = decimalAt < 0 ? t : t.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : t.substring(decimalAt + 1);
    if (fraction.indexOf(grouping) >= 0) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_GROUPING_AFTER_DECIMALS, "teks", s);
    }
    if (intPart.indexOf(grouping) >= 0) {
      String[] groups = intPart.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_BAD_GROUPING, "teks", s);
      }
      for (int i = 1; i < groups.length; i++) {
        if (groups[i].length() != 3) {
          throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_BAD_GROUPING, "teks", s);
        }
      }
      intPart = intPart.replace(String.valueOf(grouping), "");
    }
    if (intPart.isEmpty() && fraction.isEmpty()) {
      throw new UnreadableNumber(CommonMessages.NUMBER_AS_PRINTED_NO_DIGITS, "teks", s);
    }
    return (intPart.isEmpty() ? "0" : intPart) + (fraction.isEmpty() ? "" : "." + fraction);
  }
}
