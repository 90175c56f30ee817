package id.kinerja.realization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * Deadline reminders (issue #17), the pure rules: which kind of reminder is due at an instant for an entry window, and
 * who gets one. Days are counted in the kabupaten's own zone.
 *
 * <p>The last day of entry is the day of the instant just before the close (a close "11 Juli 00.00 WITA" is the end
 * of 10 Juli). With the days configured before it (default 7, 3, 1) a kind H-n is due from the day n days before the
 * last day until the next kind's day (H-7 from H-7 to H-4, H-3 from H-3 to H-2, H-1 from H-1 until the close), so a
 * scan missed on the very day still reminds the day after, and never two kinds at once. H+1 is due on the day after
 * the last day, after the close, for what is still missing. Nothing is due before entry opens.
 */
public final class PengingatRules {

  /** The kind after the close. */
  public static final String SETELAH_TUTUP = "H+1";

  /** A kind of reminder due now: its code (H-7, H+1) and the whole days from today to the last day (negative after). */
  public record Due(String jenis, int hariKeTutup) {

    public boolean setelahTutup() {
      return SETELAH_TUTUP.equals(jenis);
    }
  }

  /** What one kecamatan (or, for Bagian Organisasi, the kabupaten) still has to do in the triwulan. */
  public record Tugas(int selBelumDiisi, int menungguVerifikasi, int kecamatanBelumLengkap) {
  }

  private PengingatRules() {
  }

  /** The last day of entry: the day of the instant just before {@code ditutup}, in {@code zone}. */
  public static LocalDate hariTerakhir(Instant ditutup, ZoneId zone) {
    return ditutup.minusNanos(1).atZone(zone).toLocalDate();
  }

  /**
   * The kind due at {@code now} for an entry window [{@code dibuka}, {@code ditutup}), or none.
   *
   * @param hariSebelum the days before the last day that have a reminder (positive)
   * @param setelahTutup whether the reminder of the day after the close (H+1) is sent
   */
  public static Optional<Due> due(Instant dibuka, Instant ditutup, Instant now, ZoneId zone,
      Collection<Integer> hariSebelum, boolean setelahTutup) {
    if (now.isBefore(dibuka)) {
      return Optional.empty();
    }
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate last = hariTerakhir(ditutup, zone);
    int sisa = (int) ChronoUnit.DAYS.between(today, last);
    if (now.isBefore(ditutup)) {
      // The nearest configured day at or before today: the smallest n with n >= sisa.
      return hariSebelum.stream().filter(n -> n > 0 && n >= sisa).min(Integer::compare)
          .map(n -> new Due("H-" + n, Math.max(sisa, 0)));
    }
    if (setelahTutup && sisa == -1) {
      return Optional.of(new Due(SETELAH_TUTUP, -1));
    }
    return Optional.empty();
  }

  /**
   * When entry closes for a kecamatan: the kabupaten's close, or the latest reopening granted to this kecamatan or to
   * all when it ends later. {@code kecamatanKode} null: the kabupaten's close.
   */
  public static Instant ditutup(Jadwal jadwal, String kecamatanKode) {
    Instant close = jadwal.inputDitutup();
    if (kecamatanKode == null) {
      return close;
    }
    for (Jadwal.Perpanjangan p : jadwal.perpanjangan()) {
      if ((p.kecamatanKode() == null || p.kecamatanKode().equals(kecamatanKode)) && p.sampai().isAfter(close)) {
        close = p.sampai();
      }
    }
    return close;
  }

  /**
   * Whether a person acting in {@code peran} gets the reminder: an operator while cells of the kecamatan are not yet
   * submitted (every kind); a verifier before the close while versions wait for verification; Bagian Organisasi on H+1
   * while some kecamatan is incomplete. Planners and pimpinan get none. Nobody with nothing to do gets one.
   */
  public static boolean perlu(String peran, Due due, Tugas tugas) {
    return switch (peran) {
      case "operator" -> tugas.selBelumDiisi() > 0;
      case "verifier" -> !due.setelahTutup() && tugas.menungguVerifikasi() > 0;
      case "bagian-organisasi" -> due.setelahTutup() && tugas.kecamatanBelumLengkap() > 0;
      default -> false;
    };
  }

  /** Whether the reminder is the kabupaten's (Bagian Organisasi's summary) rather than a kecamatan's. */
  public static boolean kabupatenWide(String peran) {
    return "bagian-organisasi".equals(peran);
  }
}
