package id.kinerja.common.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import id.kinerja.common.time.ZonaWaktu;

/**
 * Numbers, dates and times the way a person reads them: in Bahasa Indonesia "1.234,5", "10 Juli 2024",
 * "10 Juli 2024 pukul 24.00 WIB"; in English "1,234.5", "10 July 2024", "10 July 2024 at 24:00 WIB". A time that is
 * exactly midnight is written as 24.00 of the day that ends, the way a closing date is announced ("ditutup 10 Juli
 * 2024 pukul 24.00 WIB" closes when 11 July begins).
 */
public final class Formats {

  private static final String[] BULAN = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember" };
  private static final String[] MONTH = { "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December" };

  private Formats() {
  }

  static boolean indonesian(Locale locale) {
    return !"en".equals(locale.getLanguage());
  }

  /** A decimal at the precision it carries, trailing zeros dropped: 1234.50 → "1.234,5". */
  public static String number(BigDecimal v, Locale locale) {
    BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    int scale = Math.max(0, s.scale());
    DecimalFormat f = new DecimalFormat("#,##0", symbols(locale));
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(scale);
    f.setParseBigDecimal(true);
    return f.format(s);
  }

  /** A whole amount (Rupiah, counts of rows) grouped: 1917084558 → "1.917.084.558". */
  public static String number(long v, Locale locale) {
    return new DecimalFormat("#,##0", symbols(locale)).format(v);
  }

  /** "10 Juli 2024" / "10 July 2024". */
  public static String date(LocalDate d, Locale locale) {
    String[] months = indonesian(locale) ? BULAN : MONTH;
    return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** "10 Juli 2024 pukul 24.00 WIB" / "10 July 2024 at 24:00 WIB": local to the zone, minutes, zone named. */
  public static String dateTime(Instant t, Locale locale, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    LocalDate day = z.toLocalDate();
    int hour = z.getHour();
    int minute = z.getMinute();
    if (hour == 0 && minute == 0 && z.getSecond() == 0 && z.getNano() == 0) {
      day = day.minusDays(1);
      hour = 24;
    }
    boolean id = indonesian(locale);
    String time = String.format(Locale.ROOT, id ? "%02d.%02d" : "%02d:%02d", hour, minute);
    return date(day, locale) + (id ? " pukul " : " at ") + time + " " + zoneName(zone);
  }

  /** WIB, WITA, WIT; another zone by its offset ("UTC+05:30"). */
  public static String zoneName(ZoneId zone) {
    return ZonaWaktu.of(zone).map(Enum::name)
        .orElseGet(() -> "UTC" + zone.getRules().getOffset(Instant.EPOCH).getId().replace("Z", "+00:00"));
  }

  private static DecimalFormatSymbols symbols(Locale locale) {
    DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
    boolean id = indonesian(locale);
    s.setGroupingSeparator(id ? '.' : ',');
    s.setDecimalSeparator(id ? ',' : '.');
    s.setMinusSign('-');
    return s;
  }
}
