package id.kinerja.reporting.domain.calc;

import java.util.Objects;

/**
 * The targets of one indicator in one year.
 *
 * @param annual annual target (from the PK in force); the annual capaian and the predicate always use it
 * @param triwulan triwulan targets from the Rencana Aksi (an entry is null where the TW has no target); for
 *     CUMULATIVE indicators each is the target s.d. that TW; null = no TW targets at all
 * @param akhirRenstra target at the end of the Renstra period (for tingkat kemajuan), or null
 */
public record IndikatorTargets(Target annual, PerTriwulan<Target> triwulan, Target akhirRenstra) {

  private static final PerTriwulan<Target> NO_TW = new PerTriwulan<>(null, null, null, null);

  public IndikatorTargets {
    Objects.requireNonNull(annual, "annual");
    if (triwulan == null) {
      triwulan = NO_TW;
    }
  }

  /** Annual target only. */
  public static IndikatorTargets annual(Target annual) {
    return new IndikatorTargets(annual, NO_TW, null);
  }

  /** The target of triwulan {@code tw}, or null. */
  public Target tw(int tw) {
    return triwulan.get(tw);
  }
}
