package id.kinerja.realization.domain;

import java.time.Instant;

/**
 * Whether an operator may enter realisasi now (DOMAIN §5, calendar): inside [inputDibuka, inputDitutup), or after
 * the close inside a reopening granted to this kecamatan (or to all), in which case the entry is marked late.
 */
public final class EntryWindow {

  public enum State {
    OPEN, REOPENED, NOT_YET_OPEN, CLOSED, NO_SCHEDULE
  }

  /**
   * @param until when entry ends (close or end of the reopening), null when refused
   * @param message why entry is refused, null when allowed
   */
  public record Decision(State state, Instant until, String message) {

    public boolean allowed() {
      return state == State.OPEN || state == State.REOPENED;
    }

    public boolean terlambat() {
      return state == State.REOPENED;
    }
  }

  private EntryWindow() {
  }

  public static Decision decide(Jadwal jadwal, String kecamatanKode, int tahun, int triwulan, Instant now) {
    String tw = "TW " + triwulan + " " + tahun;
    if (jadwal == null) {
      return new Decision(State.NO_SCHEDULE, null, "no entry window has been published for " + tw
          + "; Bagian Organisasi sets the jadwal before realisasi can be entered");
    }
    if (now.isBefore(jadwal.inputDibuka())) {
      return new Decision(State.NOT_YET_OPEN, null, "entry for " + tw + " opens on " + jadwal.inputDibuka()
          + " (closes on " + jadwal.inputDitutup() + ")");
    }
    if (now.isBefore(jadwal.inputDitutup())) {
      return new Decision(State.OPEN, jadwal.inputDitutup(), null);
    }
    Instant reopenedUntil = null;
    Instant lastReopening = null;
    for (Jadwal.Perpanjangan p : jadwal.perpanjangan()) {
      if (p.kecamatanKode() != null && !p.kecamatanKode().equals(kecamatanKode)) {
        continue;
      }
      if (lastReopening == null || p.sampai().isAfter(lastReopening)) {
        lastReopening = p.sampai();
      }
      if (now.isBefore(p.sampai()) && (reopenedUntil == null || p.sampai().isAfter(reopenedUntil))) {
        reopenedUntil = p.sampai();
      }
    }
    if (reopenedUntil != null) {
      return new Decision(State.REOPENED, reopenedUntil, null);
    }
    String closed = "entry for " + tw + " closed on " + jadwal.inputDitutup();
    if (lastReopening != null && lastReopening.isAfter(jadwal.inputDitutup())) {
      closed += " and its reopening ended on " + lastReopening;
    }
    return new Decision(State.CLOSED, null, closed + "; a reopening (perpanjangan) from Bagian Organisasi is needed");
  }
}
