package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_DATE_OR_DATE_TIME;
import static id.kinerja.planning.domain.PlanningMessages.OPENS_BEFORE_CLOSES;
import static id.kinerja.planning.domain.PlanningMessages.VERIFICATION_AFTER_INPUT;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A triwulan's entry window opens before it closes, and verification closes no earlier than entry. Its times are
 * entered as a local date of the kabupaten's zone or as a date-time with offset.
 */
public final class JadwalRules {

  /**
   * How a jadwal time is written: a local date ({@code 2024-07-10}) or an ISO-8601 date-time with offset
   * ({@code 2024-07-11T00:00:00+07:00}). The OpenAPI document and the plan document's schema state it too.
   */
  public static final String POLA_WAKTU =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$";

  /** For the OpenAPI document: what a jadwal time may be. */
  public static final String WAKTU_DESCRIPTION = "A local date of the kabupaten's zone (zonaWaktu) or an ISO-8601 date-time "
      + "with offset. A date opens at 00:00 of that local day (inputDibuka) and closes at the END of it (inputDitutup, "
      + "verifikasiDitutup, a perpanjangan's sampai): \"2024-07-10\" closes at 2024-07-11T00:00:00 local time, i.e. "
      + "\"10 Juli 2024 pukul 24.00\".";

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Which moment of a local day a date stands for. */
  public enum Batas {
    /** The day's first moment, 00:00: when entry opens. */
    AWAL,
    /** The day's end, 00:00 of the next day: when entry or verification closes, or a reopening ends. */
    AKHIR
  }

  private JadwalRules() {
  }

  public static void check(Instant dibuka, Instant ditutup, Instant verifikasiDitutup, String path, Violations v) {
    if (dibuka != null && ditutup != null && !dibuka.isBefore(ditutup)) {
      v.add(Violations.at(path, "inputDitutup"), OPENS_BEFORE_CLOSES, "ditutup", ditutup, "dibuka", dibuka);
    }
    if (ditutup != null && verifikasiDitutup != null && verifikasiDitutup.isBefore(ditutup)) {
      v.add(Violations.at(path, "verifikasiDitutup"), VERIFICATION_AFTER_INPUT, "verifikasi", verifikasiDitutup, "ditutup",
          ditutup);
    }
  }

  /**
   * The last local day something is open when it closes (exclusively) at {@code ditutup}: 10 Juli for a window that
   * closes when 11 Juli begins, and for one that closes at 17.00 on 10 Juli. Null for null.
   */
  public static LocalDate hariTerakhir(Instant ditutup, ZoneId zone) {
    return ditutup == null ? null : ditutup.minusNanos(1).atZone(zone).toLocalDate();
  }

  /**
   * A jadwal time as entered: a local date of {@code zone} stands for its first moment ({@link Batas#AWAL}) or its end
   * ({@link Batas#AKHIR}: "until 10 Juli" closes when 11 Juli begins there); a date-time with offset is that instant.
   * Null for null; null with a violation at {@code path} when the text is neither.
   */
  public static Instant waktu(String text, ZoneId zone, Batas batas, String path, Violations v) {
    if (text == null) {
      return null;
    }
    try {
      if (DATE.matcher(text).matches()) {
        LocalDate day = LocalDate.parse(text);
        return (batas == Batas.AKHIR ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
      }
      if (text.length() <= 64) {
        return OffsetDateTime.parse(text).toInstant();
      }
    } catch (DateTimeException e) {
      // reported below
    }
    v.add(path, MUST_BE_DATE_OR_DATE_TIME);
    return null;
  }
}
