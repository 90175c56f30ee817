package id.kinerja.deploy.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the open-loop arrivals go: each arrival picks a kecamatan uniformly at random among those that still have an
 * unentered indicator cell, and takes the next cell of that kecamatan's queue. A kecamatan's queue holds its TW I–III
 * indicator cells in a random order, then its TW IV cells in a random order: the sweep takes the same mix of triwulan
 * in every step, and leaves the TW IV cells of the closed-loop single phase alone until a kecamatan has no other cell.
 * A kecamatan whose queue is empty is no longer drawn (its operators are done); when no kecamatan has a cell left,
 * {@link #next()} answers null. Cells some phase entered already are passed over. Deterministic for a seed.
 */
final class CellQueues {

  /** One indicator cell of a kecamatan. */
  record Cell(NationalDataset.Kecamatan kecamatan, int triwulan, String indikator) {
  }

  /** Decides whether a cell was entered already (by an earlier step or phase). */
  interface Entered {
    boolean contains(String kecamatanKode, int triwulan, String indikatorKode);
  }

  private static final int FIRST_TW_IV = 3 * NationalDataset.INDICATORS;

  private final List<NationalDataset.Kecamatan> kecamatan;
  private final long seed;
  private final Entered entered;
  private final SplittableRandom draw;
  /** Indices (into kecamatan) of the kecamatan that may still have a cell: [0, active). */
  private final int[] active;
  private int activeCount;
  /** Per kecamatan: its cell order (built on first draw) and how far it has been taken. */
  private final int[][] order;
  private final int[] taken;

  CellQueues(List<NationalDataset.Kecamatan> kecamatan, long seed, Entered entered) {
    this.kecamatan = List.copyOf(kecamatan);
    this.seed = seed;
    this.entered = entered;
    this.draw = new SplittableRandom(seed);
    this.active = new int[kecamatan.size()];
    for (int i = 0; i < active.length; i++) {
      active[i] = i;
    }
    this.activeCount = active.length;
    this.order = new int[kecamatan.size()][];
    this.taken = new int[kecamatan.size()];
  }

  /** The next arrival's cell, or null when no kecamatan has an unentered cell left. */
  synchronized Cell next() {
    while (activeCount > 0) {
      int slot = draw.nextInt(activeCount);
      int k = active[slot];
      Cell c = take(k);
      if (c != null) {
        return c;
      }
      // This kecamatan is done: the others keep being drawn uniformly.
      active[slot] = active[--activeCount];
    }
    return null;
  }

  /** Kecamatan that may still have an unentered cell. */
  synchronized int kecamatanLeft() {
    return activeCount;
  }

  /** The next unentered cell of kecamatan k, or null. */
  private Cell take(int k) {
    int[] cells = order[k];
    if (cells == null) {
      cells = order[k] = cellOrder(new SplittableRandom(seed * 1_000_003L + k));
    }
    NationalDataset.Kecamatan kec = kecamatan.get(k);
    while (taken[k] < cells.length) {
      int i = cells[taken[k]++];
      int tw = EnteredCells.triwulanOf(i);
      String kode = EnteredCells.indikatorOf(i);
      if (!entered.contains(kec.kode(), tw, kode)) {
        return new Cell(kec, tw, kode);
      }
    }
    return null;
  }

  /** Cell indices 0..119: TW I–III shuffled, then TW IV shuffled. */
  static int[] cellOrder(SplittableRandom random) {
    int[] cells = new int[EnteredCells.INDIKATOR_CELLS];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = i;
    }
    shuffle(cells, 0, FIRST_TW_IV, random);
    shuffle(cells, FIRST_TW_IV, cells.length, random);
    return cells;
  }

  private static void shuffle(int[] a, int from, int to, SplittableRandom random) {
    for (int i = to - 1; i > from; i--) {
      int j = from + random.nextInt(i - from + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
