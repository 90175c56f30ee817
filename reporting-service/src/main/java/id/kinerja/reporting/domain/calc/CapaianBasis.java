package id.kinerja.reporting.domain.calc;

/** Which capaian a roll-up averages (docs/domain.md §2.2: "roll-ups state which one they average"). */
public enum CapaianBasis {
  /** capaianRaw: unbounded, unrounded. */
  RAW,
  /** capaianScore: capped where a cap applies (equal to raw otherwise), unrounded. */
  SCORE
}
