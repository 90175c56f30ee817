package id.kinerja.reporting.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Presentation in id-ID (DOMAIN §0): decimal comma, thousands dot, 2 decimals HALF_UP from the raw value
 * ("123,75", "1.886.154.145"). Rounding happens here, once, on the way out.
 */
public final class IdFormat {

  private static final DecimalFormatSymbols ID = new DecimalFormatSymbols();

  static {
    ID.setDecimalSeparator(',');
    ID.setGroupingSeparator('.');
    ID.setMinusSign('-');
  }

  private IdFormat() {
  }

  /** The display value: 2 decimals, HALF_UP. */
  public static BigDecimal display(BigDecimal raw) {
    return raw == null ? null : raw.setScale(2, RoundingMode.HALF_UP);
  }

  /** "123,75"; null for an absent value. */
  public static String decimal(BigDecimal raw) {
    if (raw == null) {
      return null;
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", ID);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(display(raw));
  }

  /** A plain number as entered (up to 6 decimals, no trailing zeros), id-ID. */
  public static String number(BigDecimal v) {
    if (v == null) {
      return null;
    }
    DecimalFormat f = new DecimalFormat("#,##0.######", ID);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }

  /** Rupiah: "1.886.154.145". */
  public static String rupiah(Long v) {
    if (v == null) {
      return null;
    }
    return new DecimalFormat("#,##0", ID).format(v);
  }
}
