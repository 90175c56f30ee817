package id.kinerja.reporting.domain.calc;

import java.util.Arrays;

/**
 * The sums behind the serapan of one budget line's subtree, one sasaran's alokasi or the kecamatan total (docs/domain.md §2.5,
 * §2.9.5): the annual pagu and, per triwulan, Σ realisasi of the leaf cells that reported, how many reported and how
 * many were expected, and the pagu of the leaf lines that reported (docs/domain.md §2.9.9: in the triwulan, and in any
 * triwulan up to it). A parent is the sum of its children — or, in a triwulan without realisasi below it, its own
 * realisasi (§2.11); serapan of a TW and s.d. a TW follow from the sums, over the full annual pagu, so a missing child
 * is never 0. Immutable.
 */
public final class AnggaranSum {

  /** Nothing: the sum of no lines. */
  public static final AnggaranSum NONE = new AnggaranSum(0, new long[5], new int[5], new int[5], new long[5],
      new long[5]);

  private final long pagu;
  // index 1..4 = triwulan; 0 unused
  private final long[] realisasi;
  private final int[] dilaporkan;
  private final int[] jumlah;
  /** Pagu of the leaf lines with a realisasi in the triwulan. */
  private final long[] paguTriwulan;
  /** Pagu of the leaf lines with a realisasi in some triwulan up to this one. */
  private final long[] paguSampai;

  private AnggaranSum(long pagu, long[] realisasi, int[] dilaporkan, int[] jumlah, long[] paguTriwulan,
      long[] paguSampai) {
    this.pagu = pagu;
    this.realisasi = realisasi;
    this.dilaporkan = dilaporkan;
    this.jumlah = jumlah;
    this.paguTriwulan = paguTriwulan;
    this.paguSampai = paguSampai;
  }

  /** A line without children: one expected cell per triwulan, reported where its realisasi is given (null = not). */
  public static AnggaranSum leaf(long pagu, PerTriwulan<Long> realisasi) {
    long[] r = new long[5];
    int[] rep = new int[5];
    int[] exp = new int[5];
    long[] paguTw = new long[5];
    long[] paguUpTo = new long[5];
    boolean any = false;
    for (int tw = 1; tw <= 4; tw++) {
      exp[tw] = 1;
      Long v = realisasi.get(tw);
      if (v != null) {
        rep[tw] = 1;
        r[tw] = v;
        paguTw[tw] = pagu;
        any = true;
      }
      paguUpTo[tw] = any ? pagu : 0;
    }
    return new AnggaranSum(pagu, r, rep, exp, paguTw, paguUpTo);
  }

  /**
   * The triwulan (bit {@code 1 << tw}) in which a line with children counts its own realisasi (docs/domain.md §2.11):
   * those in which it has one and no line below it has any ({@code children}: the sum of its sub-lines).
   */
  public static int ownTriwulan(AnggaranSum children, PerTriwulan<Long> own) {
    int mask = 0;
    for (int tw = 1; tw <= 4; tw++) {
      if (own.get(tw) != null && children.dilaporkan[tw] == 0) {
        mask |= 1 << tw;
      }
    }
    return mask;
  }

  /**
   * The sum of a line with children from the sum of its sub-lines (this) and its own realisasi (docs/domain.md §2.11):
   * in the triwulan of {@code mask} ({@link #ownTriwulan}) its own realisasi is one reported cell in place of the
   * (unreported) cells below it; elsewhere the sub-lines' sums.
   */
  public AnggaranSum withOwn(PerTriwulan<Long> own, int mask) {
    if (mask == 0) {
      return this;
    }
    AnggaranSum s = without(mask).plus(own(own, mask));
    // pagu coverage (§2.9.9): the line's own realisasi covers its whole pagu in its triwulan, and s.d. every later one
    long[] paguTw = s.paguTriwulan.clone();
    long[] paguUpTo = s.paguSampai.clone();
    boolean any = false;
    for (int tw = 1; tw <= 4; tw++) {
      if ((mask & (1 << tw)) != 0) {
        paguTw[tw] = pagu;
        any = true;
      }
      if (any) {
        paguUpTo[tw] = pagu;
      }
    }
    return new AnggaranSum(s.pagu, s.realisasi, s.dilaporkan, s.jumlah, paguTw, paguUpTo);
  }

  /** A line's own realisasi in the triwulan of {@code mask}, as a sum without pagu (the pagu is its sub-lines'). */
  public static AnggaranSum own(PerTriwulan<Long> own, int mask) {
    long[] r = new long[5];
    int[] rep = new int[5];
    int[] exp = new int[5];
    for (int tw = 1; tw <= 4; tw++) {
      if ((mask & (1 << tw)) != 0) {
        r[tw] = own.get(tw);
        rep[tw] = 1;
        exp[tw] = 1;
      }
    }
    return new AnggaranSum(0, r, rep, exp, new long[5], new long[5]);
  }

  /**
   * The same sums without the triwulan of {@code mask} (nothing reported or expected there); the pagu stays, and so
   * does the pagu reported s.d. each triwulan (the lines below that reported earlier still did).
   */
  public AnggaranSum without(int mask) {
    if (mask == 0) {
      return this;
    }
    long[] r = realisasi.clone();
    int[] rep = dilaporkan.clone();
    int[] exp = jumlah.clone();
    long[] paguTw = paguTriwulan.clone();
    for (int tw = 1; tw <= 4; tw++) {
      if ((mask & (1 << tw)) != 0) {
        r[tw] = 0;
        rep[tw] = 0;
        exp[tw] = 0;
        paguTw[tw] = 0;
      }
    }
    return new AnggaranSum(pagu, r, rep, exp, paguTw, paguSampai);
  }

  /** The sum of two subtrees (children of one parent, lines of one sasaran). */
  public AnggaranSum plus(AnggaranSum o) {
    long[] r = new long[5];
    int[] rep = new int[5];
    int[] exp = new int[5];
    long[] paguTw = new long[5];
    long[] paguUpTo = new long[5];
    for (int tw = 1; tw <= 4; tw++) {
      r[tw] = realisasi[tw] + o.realisasi[tw];
      rep[tw] = dilaporkan[tw] + o.dilaporkan[tw];
      exp[tw] = jumlah[tw] + o.jumlah[tw];
      paguTw[tw] = paguTriwulan[tw] + o.paguTriwulan[tw];
      paguUpTo[tw] = paguSampai[tw] + o.paguSampai[tw];
    }
    return new AnggaranSum(pagu + o.pagu, r, rep, exp, paguTw, paguUpTo);
  }

  /** The same sums as of TW {@code asOfTw}: later triwulan are not expected yet. */
  public AnggaranSum asOf(int asOfTw) {
    PerTriwulan.checkTriwulan(asOfTw);
    if (asOfTw == 4) {
      return this;
    }
    long[] r = realisasi.clone();
    int[] rep = dilaporkan.clone();
    int[] exp = jumlah.clone();
    long[] paguTw = paguTriwulan.clone();
    long[] paguUpTo = paguSampai.clone();
    for (int tw = asOfTw + 1; tw <= 4; tw++) {
      r[tw] = 0;
      rep[tw] = 0;
      exp[tw] = 0;
      paguTw[tw] = 0;
      paguUpTo[tw] = 0;
    }
    return new AnggaranSum(pagu, r, rep, exp, paguTw, paguUpTo);
  }

  public long pagu() {
    return pagu;
  }

  /** Serapan of TW {@code tw}: its realisasi (of the leaf cells that reported) over the annual pagu. */
  public Serapan triwulan(int tw) {
    PerTriwulan.checkTriwulan(tw);
    return Serapan.of(pagu, dilaporkan[tw] == 0 ? null : realisasi[tw], new Coverage(dilaporkan[tw], jumlah[tw]),
        paguTriwulan[tw]);
  }

  /** Serapan s.d. TW {@code upto}: Σ realisasi of TW 1..upto over the annual pagu. */
  public Serapan kumulatif(int upto) {
    PerTriwulan.checkTriwulan(upto);
    long r = 0;
    int rep = 0;
    int exp = 0;
    for (int tw = 1; tw <= upto; tw++) {
      r += realisasi[tw];
      rep += dilaporkan[tw];
      exp += jumlah[tw];
    }
    return Serapan.of(pagu, rep == 0 ? null : r, new Coverage(rep, exp), paguSampai[upto]);
  }

  /** Serapan of each TW as a report as of TW {@code asOfTw} shows it: later triwulan are NOT_DUE. */
  public PerTriwulan<Serapan> triwulanAsOf(int asOfTw) {
    PerTriwulan.checkTriwulan(asOfTw);
    return PerTriwulan.build(tw -> tw > asOfTw ? Serapan.notDue(pagu) : triwulan(tw));
  }

  /** Serapan s.d. each TW as a report as of TW {@code asOfTw} shows it: after it NOT_DUE. */
  public PerTriwulan<Serapan> kumulatifAsOf(int asOfTw) {
    PerTriwulan.checkTriwulan(asOfTw);
    return PerTriwulan.build(tw -> tw > asOfTw ? Serapan.notDue(pagu) : kumulatif(tw));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnggaranSum b && pagu == b.pagu && Arrays.equals(realisasi, b.realisasi)
        && Arrays.equals(dilaporkan, b.dilaporkan) && Arrays.equals(jumlah, b.jumlah)
        && Arrays.equals(paguTriwulan, b.paguTriwulan) && Arrays.equals(paguSampai, b.paguSampai);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pagu) * 31 + Arrays.hashCode(realisasi);
  }

  @Override
  public String toString() {
    return "AnggaranSum[pagu=" + pagu + ", realisasi=" + Arrays.toString(realisasi) + ", dilaporkan="
        + Arrays.toString(dilaporkan) + ", jumlah=" + Arrays.toString(jumlah) + ", paguTriwulan="
        + Arrays.toString(paguTriwulan) + ", paguSampai=" + Arrays.toString(paguSampai) + "]";
  }
}
