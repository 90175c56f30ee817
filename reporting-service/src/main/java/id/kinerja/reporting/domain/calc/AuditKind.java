package id.kinerja.reporting.domain.calc;

/** What kind of inconsistency an {@link AuditFlag} reports (docs/domain.md §2.9.7, §4). */
public enum AuditKind {
  /** Printed capaian ≠ computed capaian at the printed precision (E1, E2, E7). */
  CAPAIAN,
  /** Printed serapan / percentage of a budget row ≠ realisasi / pagu (E5, E6, E13). */
  SERAPAN,
  /** Printed tingkat kemajuan ≠ realisasi / target akhir Renstra (E3). */
  TINGKAT_KEMAJUAN,
  /** Printed efisiensi ≠ the formula on the computed inputs (E4). */
  EFISIENSI,
  /** Printed "rata-rata" ≠ the mean over the members that have a figure (E12). */
  MEAN,
  /** Printed sum or total ≠ Σ of its rows (E5), including parent rows counted with their children (E6). */
  TOTAL,
  /** A parent row ≠ Σ of its children (E6). */
  PARENT_CHILD_TOTAL,
  /** Realisasi above pagu (flagged at every level where it is true). */
  REALISASI_OVER_PAGU,
  /** Printed predicate / status label ≠ the scale's label for the figure (E8, IDM status). */
  LABEL_VS_SCALE,
  /** One indicator-year printed with several different values (docs/domain.md §4.2). */
  DUPLICATE_VALUE,
  /** Printed unit ≠ the indicator's satuan (docs/domain.md §4.10). */
  UNIT_VS_SATUAN,
  /**
   * A printed realisasi (of a triwulan, s.d. a triwulan, or a budget amount) ≠ the one the system counts (a triwulan
   * report, docs/domain.md §4.12).
   */
  REALISASI,
  /** A printed pagu ≠ the pagu in force in the plan (a triwulan report's budget matrix, docs/domain.md §4.12). */
  PAGU,
  /** A value printed where the engine has none: not reported printed as 0, not computable printed as a number (docs/domain.md §4.6). */
  ABSENT_PRINTED_AS_VALUE
}
