package id.kinerja.reporting.domain.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * Tallies of the nine SKM unsur (PermenPANRB 14/2017, docs/domain.md §2.7) for one service or pooled over several.
 *
 * @param unsur exactly nine tallies, in the regulation's order
 */
public record SkmTally(List<UnsurTally> unsur) {

  /** The number of unsur. */
  public static final int UNSUR = 9;

  public SkmTally {
    if (unsur == null || unsur.size() != UNSUR) {
      throw new IllegalArgumentException("an SKM tally has exactly 9 unsur");
    }
    unsur = List.copyOf(unsur);
  }

  /**
   * Tallies respondents' answers: each array has nine ratings 1–4, 0 = not answered.
   *
   * @throws IllegalArgumentException for a rating outside 0–4 or an answer without nine ratings
   */
  public static SkmTally of(List<int[]> respondents) {
    long[] sum = new long[UNSUR];
    long[] count = new long[UNSUR];
    for (int[] r : respondents) {
      if (r.length != UNSUR) {
        throw new IllegalArgumentException("a respondent rates exactly 9 unsur");
      }
      for (int i = 0; i < UNSUR; i++) {
        if (r[i] < 0 || r[i] > 4) {
          throw new IllegalArgumentException("a rating is 1–4 (0 = not answered), was " + r[i]);
        }
        if (r[i] > 0) {
          sum[i] += r[i];
          count[i]++;
        }
      }
    }
    List<UnsurTally> out = new ArrayList<>(UNSUR);
    for (int i = 0; i < UNSUR; i++) {
      out.add(new UnsurTally(sum[i], count[i]));
    }
    return new SkmTally(out);
  }

  /** Pooled tallies (respondent-weighted), the basis of an IKM over several services. */
  public SkmTally plus(SkmTally o) {
    List<UnsurTally> out = new ArrayList<>(UNSUR);
    for (int i = 0; i < UNSUR; i++) {
      out.add(unsur.get(i).plus(o.unsur.get(i)));
    }
    return new SkmTally(out);
  }

  /** Pools several services' tallies. */
  public static SkmTally pooled(List<SkmTally> services) {
    SkmTally acc = null;
    for (SkmTally s : services) {
      acc = acc == null ? s : acc.plus(s);
    }
    if (acc == null) {
      throw new IllegalArgumentException("no service to pool");
    }
    return acc;
  }
}
