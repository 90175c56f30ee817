package id.kinerja.reporting.domain.calc;

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

  /** Indonesian label for reports: "1 dari 2 dilaporkan". */
  public String labelId() {
    return reported + " dari " + expected + " dilaporkan";
  }

  /** "1 of 2 reported". */
  @Override
  public String toString() {
    return reported + " of " + expected + " reported";
  }
}
