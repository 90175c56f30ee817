package id.kinerja.common.time;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Indonesia's three time zones. A kabupaten keeps one; its calendar (jadwal) is entered and shown in it, and every
 * timestamp a user reads is written with its offset. The zone ids carry no daylight saving, so the offsets are fixed.
 */
public enum ZonaWaktu {
  WIB("Asia/Jakarta", "+07:00"),
  WITA("Asia/Makassar", "+08:00"),
  WIT("Asia/Jayapura", "+09:00");

  private final ZoneId zone;
  private final String offset;

  ZonaWaktu(String zone, String offset) {
    this.zone = ZoneId.of(zone);
    this.offset = offset;
  }

  public ZoneId zone() {
    return zone;
  }

  /** "+07:00" for WIB. */
  public String offset() {
    return offset;
  }

  /** The zone whose id is given ("Asia/Makassar" → WITA), if it is one of the three. */
  public static Optional<ZonaWaktu> of(ZoneId zone) {
    for (ZonaWaktu z : values()) {
      if (z.zone.equals(zone)) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }

  /**
   * The zone of a province by its BPS code (the first two digits of a kabupaten code), used when a kabupaten is created
   * without one: Sumatra, Java and West/Central Kalimantan are WIB; South/East/North Kalimantan, Bali, Nusa Tenggara and
   * Sulawesi WITA; Maluku and Papua WIT.
   */
  public static ZonaWaktu ofProvinsi(String kabupatenKode) {
    int provinsi;
    try {
      provinsi = Integer.parseInt(kabupatenKode.substring(0, 2));
    } catch (RuntimeException e) {
      return WIB;
    }
    if (provinsi >= 81) {
      return WIT;
    }
    if (provinsi >= 71 || provinsi >= 63 && provinsi <= 65 || provinsi >= 51 && provinsi <= 53) {
      return WITA;
    }
    return WIB;
  }
}
