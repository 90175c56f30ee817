package id.kinerja.realization.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

/**
 * The pure rules of the inbox (kotak masuk, docs/realization.md "Inbox"): which state a kecamatan's triwulan is in,
 * whether it is late, which reopening it has, which triwulan an inbox shows when none is asked for, and how a span of
 * time is told to a person. No clock, no SQL: the service passes "now" and the counts it read.
 */
public final class KotakMasuk {

  /** What an inbox item asks of its reader. */
  @Schema(name = "JenisItemKotakMasuk", description = "Kind of inbox item. Operator: TO_FILL (due, not started or a"
      + " draft), RETURNED (returned by the verifier or Bagian Organisasi, with the reason), EVIDENCE_MISSING (the plan"
      + " requires evidence, the current version has none and is not yet submitted). Verifier: AWAITING_VERIFICATION"
      + " (SUBMITTED), AWAITING_APPROVAL (VERIFIED). Bagian Organisasi and planner, one per kecamatan:"
      + " KECAMATAN_NOT_SUBMITTED (nothing of what is due submitted), KECAMATAN_PARTLY_SUBMITTED,"
      + " KECAMATAN_AWAITING_VERIFICATION (all submitted, some not verified), KECAMATAN_LATE (past the close and"
      + " incomplete, or entries marked late), KECAMATAN_REOPENED (a reopening (perpanjangan) applies to it)")
  public enum JenisItem {
    TO_FILL, RETURNED, EVIDENCE_MISSING,
    AWAITING_VERIFICATION, AWAITING_APPROVAL,
    KECAMATAN_NOT_SUBMITTED, KECAMATAN_PARTLY_SUBMITTED, KECAMATAN_AWAITING_VERIFICATION, KECAMATAN_LATE,
    KECAMATAN_REOPENED;

    public static final List<JenisItem> OPERATOR = List.of(TO_FILL, RETURNED, EVIDENCE_MISSING);
    public static final List<JenisItem> VERIFIER = List.of(AWAITING_VERIFICATION, AWAITING_APPROVAL);
    public static final List<JenisItem> KABUPATEN = List.of(KECAMATAN_NOT_SUBMITTED, KECAMATAN_PARTLY_SUBMITTED,
        KECAMATAN_AWAITING_VERIFICATION, KECAMATAN_LATE, KECAMATAN_REOPENED);
  }

  /** Where a kecamatan's triwulan stands, from the current versions of the cells due in it. */
  @Schema(name = "KeadaanKecamatan", description = "Where a kecamatan's triwulan stands: NO_PLAN (no plan copy for"
      + " the year), NOTHING_DUE, NOT_SUBMITTED (nothing of what is due submitted), PARTLY_SUBMITTED,"
      + " AWAITING_VERIFICATION (everything due submitted, some still SUBMITTED), AWAITING_APPROVAL (everything"
      + " verified or approved, some VERIFIED), APPROVED (everything due approved)")
  public enum KeadaanKecamatan {
    NO_PLAN, NOTHING_DUE, NOT_SUBMITTED, PARTLY_SUBMITTED, AWAITING_VERIFICATION, AWAITING_APPROVAL, APPROVED
  }

  /**
   * The cells due in a kecamatan's triwulan (due indicators, budget lines realisasi is entered on) by the status of
   * their current version.
   *
   * @param wajib        cells due
   * @param belumDiajukan of those, without a current version that is SUBMITTED, VERIFIED or APPROVED (not started,
   *                     DRAFT, RETURNED)
   * @param diajukan     SUBMITTED
   * @param diverifikasi VERIFIED
   * @param disahkan     APPROVED
   * @param terlambat    current versions marked late (entered in a reopening after the close)
   */
  public record Hitungan(int wajib, int belumDiajukan, int diajukan, int diverifikasi, int disahkan, int terlambat) {
  }

  private KotakMasuk() {
  }

  /** The state of a kecamatan's triwulan; {@code adaRencana} false when it has no plan copy for the year. */
  public static KeadaanKecamatan keadaan(boolean adaRencana, Hitungan h) {
    if (!adaRencana) {
      return KeadaanKecamatan.NO_PLAN;
    }
    if (h.wajib() == 0) {
      return KeadaanKecamatan.NOTHING_DUE;
    }
    if (h.belumDiajukan() >= h.wajib()) {
      return KeadaanKecamatan.NOT_SUBMITTED;
    }
    if (h.belumDiajukan() > 0) {
      return KeadaanKecamatan.PARTLY_SUBMITTED;
    }
    if (h.diajukan() > 0) {
      return KeadaanKecamatan.AWAITING_VERIFICATION;
    }
    if (h.diverifikasi() > 0) {
      return KeadaanKecamatan.AWAITING_APPROVAL;
    }
    return KeadaanKecamatan.APPROVED;
  }

  /**
   * Late: the entry window closed ({@code ditutup} not after {@code now}) and something due is still not submitted
   * — whether or not a reopening is running, entering in it is late — or a current version is marked late. A
   * kecamatan without a plan or a jadwal is not judged late.
   */
  public static boolean terlambat(KeadaanKecamatan k, Hitungan h, Instant ditutup, Instant now) {
    boolean incomplete = k == KeadaanKecamatan.NOT_SUBMITTED || k == KeadaanKecamatan.PARTLY_SUBMITTED;
    return incomplete && ditutup != null && !now.isBefore(ditutup) || h.terlambat() > 0;
  }

  /**
   * The reopening that applies to a kecamatan: the latest end among those granted to it or to every kecamatan and
   * ending after the close; null when none. Kept after it ended, so the inbox shows it was granted.
   */
  public static Jadwal.Perpanjangan perpanjangan(Jadwal jadwal, String kecamatanKode) {
    if (jadwal == null) {
      return null;
    }
    return jadwal.perpanjangan().stream()
        .filter(p -> p.kecamatanKode() == null || p.kecamatanKode().equals(kecamatanKode))
        .filter(p -> p.sampai().isAfter(jadwal.inputDitutup()))
        .max(Comparator.comparing(Jadwal.Perpanjangan::sampai)).orElse(null);
  }

  /** A triwulan of a year. */
  public record Periode(int tahun, int triwulan) {
  }

  /**
   * The triwulan an inbox shows when the caller names none: the one whose entry window is open now; else one
   * reopened now for the kecamatan ({@code kecamatanKode}, null for a kabupaten-wide inbox: any reopening); else the
   * latest one closed; else the first one to open. Only within {@code tahun} when it is given. Without any jadwal:
   * the triwulan of the calendar in the kabupaten's zone (of {@code tahun} when given, its first triwulan then when it
   * is not this year).
   */
  public static Periode periode(List<Jadwal> jadwal, String kecamatanKode, Integer tahun, Instant now, ZoneId zone) {
    List<Jadwal> of = jadwal.stream().filter(j -> tahun == null || j.tahun() == tahun).toList();
    Comparator<Jadwal> byOpening = Comparator.comparing(Jadwal::inputDibuka).thenComparing(Jadwal::tahun)
        .thenComparing(Jadwal::triwulan);
    var open = of.stream().filter(j -> !now.isBefore(j.inputDibuka()) && now.isBefore(j.inputDitutup()))
        .max(byOpening);
    if (open.isEmpty()) {
      open = of.stream().filter(j -> !now.isBefore(j.inputDitutup()) && j.perpanjangan().stream()
          .anyMatch(p -> (kecamatanKode == null || p.kecamatanKode() == null || p.kecamatanKode().equals(kecamatanKode))
              && now.isBefore(p.sampai())))
          .max(byOpening);
    }
    if (open.isEmpty()) {
      open = of.stream().filter(j -> !now.isBefore(j.inputDitutup()))
          .max(Comparator.comparing(Jadwal::inputDitutup).thenComparing(byOpening));
    }
    if (open.isEmpty()) {
      open = of.stream().min(byOpening);
    }
    if (open.isPresent()) {
      return new Periode(open.get().tahun(), open.get().triwulan());
    }
    var today = now.atZone(zone).toLocalDate();
    if (tahun != null && tahun != today.getYear()) {
      return new Periode(tahun, tahun < today.getYear() ? 4 : 1);
    }
    return new Periode(today.getYear(), (today.getMonthValue() + 2) / 3);
  }

  /**
   * A span of time as a person reads it, rounded down: "2 hari 3 jam", "5 jam 20 menit", "12 menit"; a negative
   * span counts as none.
   */
  public static Message durasi(Duration d) {
    // int: a count of days is written plain, never grouped like an amount
    int menit = (int) Math.min(Integer.MAX_VALUE, Math.max(0, d.toMinutes()));
    int hari = menit / (24 * 60);
    int jam = menit / 60 % 24;
    if (hari > 0) {
      return Message.of(RealizationMessages.DURASI_HARI, "hari", hari, "jam", jam);
    }
    if (jam > 0) {
      return Message.of(RealizationMessages.DURASI_JAM, "jam", jam, "menit", menit % 60);
    }
    return Message.of(RealizationMessages.DURASI_MENIT, "menit", menit);
  }
}
