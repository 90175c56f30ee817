package id.kinerja.reporting.domain;

/**
 * Which realisasi count (docs/events.md): OFFICIAL uses, per cell, the newest APPROVED version, else the newest
 * VERIFIED one; PROVISIONAL also counts SUBMITTED versions, so it shows what is on its way.
 */
public enum Tampilan {
  OFFICIAL, PROVISIONAL;

  public static Tampilan parse(String s) {
    if (s == null || s.isBlank()) {
      return OFFICIAL;
    }
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
