package id.kinerja.reporting.domain.calc;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * How many of the expected members have a figure ("1 of 2 reported"). Shown beside every mean, aggregate and total
 * that skipped absent members.
 *
 * @param reported members with a figure
 * @param expected members expected to have one (not NOT_DUE, not NOT_APPLICABLE)
 */
public record Coverage(int reported, int expected) {

  /** Nothing expected. */
  public static final Coverage NONE = new Coverage(0, 0);

  public Coverage {
    if (reported < 0 || expected < reported) {
      throw new IllegalArgumentException("coverage needs 0 ≤ reported ≤ expected, was " + reported + " of " + expected);
    }
  }

  /** Whether every expected member has a figure (true when nothing is expected). */
  public boolean complete() {
    return reported == expected;
  }

  /** Adds two coverages. */
  public Coverage plus(Coverage other) {
    return new Coverage(reported + other.reported, expected + other.expected);
  }

  /** For people: "1 dari 2 dilaporkan" / "1 of 2 reported". */
  public Message label() {
    return label(reported, expected);
  }

  /** The label of a coverage as stored (counts only, not checked). */
  public static Message label(int reported, int expected) {
    return Message.of(ReportingMessages.CAKUPAN, "dilaporkan", reported, "jumlah", expected);
  }

  /** paguDilaporkan / pagu × 100, unrounded (docs/domain.md §2.9.9); pagu above 0. */
  public static java.math.BigDecimal paguPercent(long paguDilaporkan, long pagu) {
    return Calc.percent(paguDilaporkan, pagu);
  }

  /**
   * For people: "pagu dengan realisasi dilaporkan 11.000.000 dari 2.116.474.500 (0,52 %)"; the percentage "–" for a
   * pagu of 0.
   */
  public static Message paguLabel(long paguDilaporkan, long pagu, java.math.BigDecimal persen) {
    return Message.of(ReportingMessages.CAKUPAN_PAGU, "dilaporkan", paguDilaporkan, "pagu", pagu, "persen",
        Angka.inText(persen));
  }

  /** "1 of 2 reported", for logs and tests. */
  @Override
  public String toString() {
    return reported + " of " + expected + " reported";
  }
}
