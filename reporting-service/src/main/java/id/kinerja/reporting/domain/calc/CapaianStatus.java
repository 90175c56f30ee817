package id.kinerja.reporting.domain.calc;

/**
 * Why a figure (capaian, aggregate, serapan, efisiensi, mean) has or has no value. Only {@link #COMPUTED} and
 * {@link #MANUAL} carry a number; every other status is shown as "–", never as 0 or 100.
 */
public enum CapaianStatus {
  /** Computed by the rule from the inputs. */
  COMPUTED,
  /** Due but no realisasi (or, for a roll-up, none of its members has a figure). Wins over NOT_COMPUTABLE. */
  NOT_REPORTED,
  /** Not expected in this triwulan. */
  NOT_DUE,
  /** Declared not applicable (with a reason) for this period. */
  NOT_APPLICABLE,
  /** Inputs present but the rule has no value: target 0, R = 0 under T / R, pagu 0, penyebut 0, text without manual capaian. */
  NOT_COMPUTABLE,
  /** Capaian entered by hand with a justification (TEXT targets); marked MANUAL in reports. */
  MANUAL,
  /** This view has no target (no triwulan target in the Rencana Aksi, or twTargetMode NONE). */
  NO_TARGET;

  /** Whether a figure with this status carries a number. */
  public boolean hasValue() {
    return this == COMPUTED || this == MANUAL;
  }

  /** Whether the item is expected to have a figure, i.e. counts in the denominator of a coverage. */
  public boolean expected() {
    return this != NOT_DUE && this != NOT_APPLICABLE && this != NO_TARGET;
  }
}
