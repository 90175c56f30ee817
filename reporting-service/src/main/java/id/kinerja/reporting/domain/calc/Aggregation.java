package id.kinerja.reporting.domain.calc;

/**
 * How the triwulan values of one indicator form the value s.d. TW n and the annual value (docs/domain.md §2.3). Declared on
 * the indicator, never guessed from its unit. Only REPORTED cells take part; absent cells are skipped, never 0.
 */
public enum Aggregation {
  /** Σ of the reported TW values (counts, amounts, increments). */
  SUM,
  /** The last reported value up to TW n (stocks, statuses, indices). */
  LAST,
  /** Mean of the reported TW values. */
  AVERAGE,
  /** Σ pembilang / Σ penyebut × 100 over the reported TW cells; every reported cell must carry components. */
  RATIO_OF_SUMS,
  /** Largest reported value. */
  MAX,
  /** Smallest reported value. */
  MIN
}
