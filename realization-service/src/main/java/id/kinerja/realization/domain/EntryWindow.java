package id.kinerja.realization.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

/**
 * Whether an operator may enter realisasi now (docs/domain.md §5, calendar): inside [inputDibuka, inputDitutup), or after
 * the close inside a reopening granted to this kecamatan (or to all), in which case the entry is marked late.
 */
public final class EntryWindow {

  @Schema(name = "StatusJendela", description = "OPEN, REOPENED (a reopening after the close: entries are late), NOT_YET_OPEN, CLOSED or NO_SCHEDULE")
  public enum State {
    OPEN, REOPENED, NOT_YET_OPEN, CLOSED, NO_SCHEDULE
  }

  /**
   * @param until when entry ends (close or end of the reopening), null when refused
   * @param message why entry is refused, null when allowed; its rule is entry-window-open
   */
  public record Decision(State state, Instant until, Message message) {

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
    if (jadwal == null) {
      return new Decision(State.NO_SCHEDULE, null, Message.of(RealizationMessages.ENTRY_WINDOW_NO_SCHEDULE,
          "triwulan", triwulan, "tahun", tahun));
    }
    if (now.isBefore(jadwal.inputDibuka())) {
      return new Decision(State.NOT_YET_OPEN, null, Message.of(RealizationMessages.ENTRY_WINDOW_NOT_YET_OPEN,
          "triwulan", triwulan, "tahun", tahun, "dibuka", jadwal.inputDibuka(), "ditutup", jadwal.inputDitutup()));
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
    if (lastReopening != null && lastReopening.isAfter(jadwal.inputDitutup())) {
      return new Decision(State.CLOSED, null, Message.of(RealizationMessages.ENTRY_WINDOW_CLOSED_AFTER_REOPENING,
          "triwulan", triwulan, "tahun", tahun, "ditutup", jadwal.inputDitutup(), "perpanjangan", lastReopening));
    }
    return new Decision(State.CLOSED, null, Message.of(RealizationMessages.ENTRY_WINDOW_CLOSED, "triwulan", triwulan,
        "tahun", tahun, "ditutup", jadwal.inputDitutup()));
  }
}
