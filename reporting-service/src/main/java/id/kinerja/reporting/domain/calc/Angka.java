package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * The one place that rounds and formats (docs/domain.md §0): HALF_UP to 2 decimals for display, id-ID notation for exports
 * ("123,75", "1.886.154.145"), "–" for an absent figure (never 0), and parsing of id-ID and en-US strings for imports.
 * Parsed values keep the printed number of decimals as their scale (the audit compares at that precision).
 */
public final class Angka {

  /** Decimals of every displayed percentage. */
  public static final int DECIMALS = 2;
  /** Shown for a figure without value (not reported, not computable, not due). */
  public static final String ABSENT = "–";

  private Angka() {
  }

  /** HALF_UP to 2 decimals. */
  public static BigDecimal round(BigDecimal v) {
    return v.setScale(DECIMALS, RoundingMode.HALF_UP);
  }

  /** HALF_UP to {@code decimals}. */
  public static BigDecimal round(BigDecimal v, int decimals) {
    return v.setScale(decimals, RoundingMode.HALF_UP);
  }

  /** id-ID with 2 decimals: 123.75 → "123,75", 1234.5 → "1.234,50"; null → "–". */
  public static String format(BigDecimal v) {
    return v == null ? ABSENT : format(v, DECIMALS);
  }

  /** id-ID with {@code decimals} decimals (HALF_UP); null → "–". */
  public static String format(BigDecimal v, int decimals) {
    if (v == null) {
      return ABSENT;
    }
    String plain = v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + 6);
    if (negative) {
      sb.append('-');
    }
    group(sb, intPart);
    if (dot >= 0) {
      sb.append(',').append(plain, dot + 1, plain.length());
    }
    return sb.toString();
  }

  /** A printed value at its own precision (its scale): 100.4 → "100,4", 119 → "119". */
  public static String formatAsPrinted(BigDecimal v) {
    return v == null ? ABSENT : format(v, Math.max(0, v.scale()));
  }

  /**
   * A number as an argument of a {@link id.kinerja.common.i18n.Message}, HALF_UP at exactly {@code decimals} decimals
   * in the reader's notation ("97,10" / "97.10"): a plain BigDecimal argument would lose its trailing zeros, and with
   * them the printed precision the audit compares at. "–" for an absent figure.
   */
  public static Object inText(BigDecimal v, int decimals) {
    if (v == null) {
      return ABSENT;
    }
    BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP);
    if (decimals <= 0) {
      return r;
    }
    String digits = r.abs().toPlainString();
    return Message.of(ReportingMessages.ANGKA_DESIMAL, "tanda", r.signum() < 0 ? "-" : "", "bulat",
        r.abs().setScale(0, RoundingMode.DOWN), "pecahan", digits.substring(digits.indexOf('.') + 1));
  }

  /** A printed number as an argument of a Message, at its printed precision. */
  public static Object inTextAsPrinted(BigDecimal v) {
    return v == null ? ABSENT : inText(v, Math.max(0, v.scale()));
  }

  /** A computed figure as an argument of a Message: 2 decimals, or "–". */
  public static Object inText(BigDecimal v) {
    return inText(v, DECIMALS);
  }

  /** A capaian for display: its score with 2 decimals, or "–". */
  public static String format(CapaianResult c) {
    return c == null || !c.hasValue() ? ABSENT : format(c.score());
  }

  /** A serapan for display: 2 decimals, or "–" (not reported, pagu 0). */
  public static String format(Serapan s) {
    return s == null || !s.hasValue() ? ABSENT : format(s.persen());
  }

  /** A mean for display: 2 decimals, or "–". */
  public static String format(Mean m) {
    return m == null || !m.hasValue() ? ABSENT : format(m.nilai());
  }

  /** Rupiah in id-ID: 1886154145 → "1.886.154.145"; null → "–". */
  public static String formatRupiah(Long rupiah) {
    if (rupiah == null) {
      return ABSENT;
    }
    StringBuilder sb = new StringBuilder(20);
    long v = rupiah;
    if (v < 0) {
      sb.append('-');
      group(sb, Long.toString(v).substring(1));
    } else {
      group(sb, Long.toString(v));
    }
    return sb.toString();
  }

  private static void group(StringBuilder sb, String digits) {
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        sb.append('.');
      }
      sb.append(digits.charAt(i));
    }
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
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_NONE);
    }
    String t = withoutRupiahAndPercent(s.trim());
    boolean negative = false;
    if (t.startsWith("-") || t.startsWith("−")) {
      negative = true;
      t = t.substring(1).trim();
    }
    if (t.isEmpty()) {
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_EMPTY, "teks", s);
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
        throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_NOT_A_NUMBER, "teks", s);
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
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_AMBIGUOUS, "teks", s);
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
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_TWO_DECIMAL_SEPARATORS, "teks", s);
    }
    String intPart = decimalAt < 0 ? t : t.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : t.substring(decimalAt + 1);
    if (fraction.indexOf(grouping) >= 0) {
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_GROUPING_AFTER_DECIMALS, "teks", s);
    }
    if (intPart.indexOf(grouping) >= 0) {
      String[] groups = intPart.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_BAD_GROUPING, "teks", s);
      }
      for (int i = 1; i < groups.length; i++) {
        if (groups[i].length() != 3) {
          throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_BAD_GROUPING, "teks", s);
        }
      }
      intPart = intPart.replace(String.valueOf(grouping), "");
    }
    if (intPart.isEmpty() && fraction.isEmpty()) {
      throw new UnreadableNumber(ReportingMessages.NUMBER_AS_PRINTED_NO_DIGITS, "teks", s);
    }
    return (intPart.isEmpty() ? "0" : intPart) + (fraction.isEmpty() ? "" : "." + fraction);
  }
}
