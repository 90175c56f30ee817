package id.kinerja.planning.domain.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A triwulan's entry window opens before it closes, and verification closes no earlier than entry. */
public final class JadwalRules {

  private JadwalRules() {
  }

  public static void check(Instant dibuka, Instant ditutup, Instant verifikasiDitutup, String path, Violations v) {
    if (dibuka != null && ditutup != null && !dibuka.isBefore(ditutup)) {
      v.add(Violations.at(path, "inputDitutup"), "opens-before-closes",
          "entry closes (" + ditutup + ") at or before it opens (" + dibuka + ")");
    }
    if (ditutup != null && verifikasiDitutup != null && verifikasiDitutup.isBefore(ditutup)) {
      v.add(Violations.at(path, "verifikasiDitutup"), "verification-after-input",
          "verification closes (" + verifikasiDitutup + ") before entry closes (" + ditutup + ")");
    }
  }

  /** An ISO-8601 date-time with offset as an instant, or null (with a violation) when it is not one. */
  public static Instant instant(String text, String path, Violations v) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      v.add(path, "must-be-date-time", "value must be an ISO-8601 date-time with offset, e.g. 2024-07-01T00:00:00Z");
      return null;
    }
  }
}
