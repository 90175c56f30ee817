package id.kinerja.deploy.bench;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The realisasi cells the benchmark has entered so far (answered 2xx), across its phases: each phase enters only cells
 * no earlier phase entered, and the number of entered cells is what reporting must hold when it has caught up. One
 * bit per indicator cell (120 per kecamatan), so a national year fits in a few hundred KB.
 */
final class EnteredCells {

  static final int INDIKATOR_CELLS = 4 * NationalDataset.INDICATORS;

  private static final Map<String, Integer> POSITION = positions();

  private final ConcurrentHashMap<String, BitSet> indikator = new ConcurrentHashMap<>();
  private final AtomicLong indikatorCount = new AtomicLong();
  private final AtomicLong anggaranCount = new AtomicLong();

  /** Index 0..119 of an indicator cell within its kecamatan: triwulan-major, indicators in plan order. */
  static int index(int triwulan, String indikatorKode) {
    Integer p = POSITION.get(indikatorKode);
    if (p == null || triwulan < 1 || triwulan > 4) {
      throw new IllegalArgumentException("no such cell: TW " + triwulan + " " + indikatorKode);
    }
    return (triwulan - 1) * NationalDataset.INDICATORS + p;
  }

  static int triwulanOf(int index) {
    return index / NationalDataset.INDICATORS + 1;
  }

  static String indikatorOf(int index) {
    return NationalDataset.INDIKATOR.get(index % NationalDataset.INDICATORS);
  }

  /** Records an entered indicator cell; false when it was recorded before. */
  boolean add(String kecamatanKode, int triwulan, String indikatorKode) {
    int i = index(triwulan, indikatorKode);
    BitSet bits = indikator.computeIfAbsent(kecamatanKode, k -> new BitSet(INDIKATOR_CELLS));
    synchronized (bits) {
      if (bits.get(i)) {
        return false;
      }
      bits.set(i);
    }
    indikatorCount.incrementAndGet();
    return true;
  }

  boolean contains(String kecamatanKode, int triwulan, String indikatorKode) {
    BitSet bits = indikator.get(kecamatanKode);
    if (bits == null) {
      return false;
    }
    synchronized (bits) {
      return bits.get(index(triwulan, indikatorKode));
    }
  }

  /** The indicators of one kecamatan-triwulan not entered yet, in plan order. */
  List<String> notEntered(String kecamatanKode, int triwulan) {
    return NationalDataset.INDIKATOR.stream().filter(k -> !contains(kecamatanKode, triwulan, k)).toList();
  }

  void addAnggaran(long cells) {
    anggaranCount.addAndGet(cells);
  }

  long indikator() {
    return indikatorCount.get();
  }

  long anggaran() {
    return anggaranCount.get();
  }

  /** Indicator cells entered in one triwulan, over all kecamatan. */
  long indikatorInTriwulan(int triwulan) {
    long n = 0;
    for (BitSet bits : indikator.values()) {
      synchronized (bits) {
        n += bits.get((triwulan - 1) * NationalDataset.INDICATORS, triwulan * NationalDataset.INDICATORS).cardinality();
      }
    }
    return n;
  }

  private static Map<String, Integer> positions() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < NationalDataset.INDIKATOR.size(); i++) {
      m.put(NationalDataset.INDIKATOR.get(i), i);
    }
    return Map.copyOf(m);
  }
}
