package id.kinerja.reporting.domain.calc;

import java.util.List;
import java.util.Objects;

/**
 * Serapan of the budget by jenis belanja (docs/domain.md §2.12, docs/calculation.md): a second view of the year's
 * budget, beside the program tree and never added to it. Per line and periode (TW 1..4, 0 = the year) the serapan of
 * the triwulan and s.d. the triwulan against the annual pagu, by the rules of {@link Serapan}; the total of the view
 * over its own lines only, with the coverage in lines (lines reported of lines), so that "2 dari 3" says which part of
 * the view the total rests on.
 */
public final class BelanjaSerapan {

  /** The code the total of the view is stored under: akun 5, Belanja, of which every jenis belanja is a part. */
  public static final String TOTAL_KODE = "5";

  private BelanjaSerapan() {
  }

  /** One jenis belanja with its realisasi per triwulan (null = not reported, never 0). */
  public record Baris(String kode, long pagu, PerTriwulan<Long> realisasi) {

    public Baris {
      Objects.requireNonNull(kode, "kode");
      Objects.requireNonNull(realisasi, "realisasi");
    }
  }

  /** The serapan of one periode: of the triwulan ({@code triwulan}; the year's for periode 0) and s.d. it. */
  public record Periode(int periode, Serapan triwulan, Serapan kumulatif) {
  }

  /**
   * The five periode of one line, index = periode (0 = the year: s.d. TW IV). The coverage of a line counts its
   * triwulan cells, as a budget line's does.
   */
  public static Periode[] baris(Baris b) {
    AnggaranSum sum = AnggaranSum.leaf(b.pagu(), b.realisasi());
    Periode[] out = new Periode[5];
    for (int n = 1; n <= 4; n++) {
      out[n] = new Periode(n, sum.triwulan(n), sum.kumulatif(n));
    }
    out[0] = new Periode(0, out[4].kumulatif(), out[4].kumulatif());
    return out;
  }

  /**
   * The five periode of the total of the view, index = periode: Σ pagu of every line; realisasi of the TW the Σ of the
   * lines that reported in it, s.d. the TW the Σ of TW 1..n; serapan against Σ pagu (NOT_REPORTED when no line
   * reported, NOT_COMPUTABLE on Σ pagu 0). Coverage: lines that reported in the TW (s.d. the TW: in any TW 1..n) of
   * all lines. Null when the view has no line.
   */
  public static Periode[] total(List<Baris> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    long pagu = 0;
    for (Baris b : lines) {
      pagu += b.pagu();
    }
    Periode[] out = new Periode[5];
    for (int n = 1; n <= 4; n++) {
      out[n] = new Periode(n, sum(lines, pagu, n, n), sum(lines, pagu, 1, n));
    }
    out[0] = new Periode(0, out[4].kumulatif(), out[4].kumulatif());
    return out;
  }

  /** Serapan of the realisasi of TW {@code from}..{@code to} over the lines, coverage in lines. */
  private static Serapan sum(List<Baris> lines, long pagu, int from, int to) {
    long realisasi = 0;
    int reported = 0;
    for (Baris b : lines) {
      boolean any = false;
      for (int tw = from; tw <= to; tw++) {
        Long r = b.realisasi().get(tw);
        if (r != null) {
          realisasi += r;
          any = true;
        }
      }
      if (any) {
        reported++;
      }
    }
    return Serapan.of(pagu, reported == 0 ? null : realisasi, new Coverage(reported, lines.size()));
  }
}
