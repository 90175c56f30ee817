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
}
