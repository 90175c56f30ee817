package id.kinerja.reporting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which version of a realisasi cell counts (docs/events.md, docs/domain.md §5 "Corrections and history"). OFFICIAL: the
 * newest APPROVED version, else the newest VERIFIED one, so a correction n+1 leaves version n in force until it is
 * approved itself. PROVISIONAL: the newest version that is SUBMITTED, VERIFIED or APPROVED, i.e. what the official
 * figure will be once the pending step passes. DRAFT and RETURNED versions never count.
 */
public final class CountedVersion {

  private CountedVersion() {
  }

  public static Optional<RealisasiVersi> select(Collection<RealisasiVersi> versionsOfOneCell, Tampilan view) {
    Comparator<RealisasiVersi> byVersi = Comparator.comparingInt(RealisasiVersi::versi);
    if (view == Tampilan.OFFICIAL) {
      Optional<RealisasiVersi> approved = versionsOfOneCell.stream().filter(v -> "APPROVED".equals(v.status()))
          .max(byVersi);
      return approved.isPresent() ? approved
          : versionsOfOneCell.stream().filter(v -> "VERIFIED".equals(v.status())).max(byVersi);
    }
    return versionsOfOneCell.stream().filter(v -> v.counts(Tampilan.PROVISIONAL)).max(byVersi);
  }

  /**
   * Of the versions counted per triwulan (index 1..4, null where none counts), the one of the last triwulan that has
   * one: the version whose narrative the year shows (docs/domain.md §2.10). Null when none counts. Index 0 is unused.
   */
  public static RealisasiVersi lastTriwulan(RealisasiVersi[] countedPerTriwulan) {
    if (countedPerTriwulan != null) {
      for (int tw = 4; tw >= 1; tw--) {
        if (countedPerTriwulan[tw] != null) {
          return countedPerTriwulan[tw];
        }
      }
    }
    return null;
  }
}
