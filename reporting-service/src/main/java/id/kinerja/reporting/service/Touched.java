package id.kinerja.reporting.service;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one batch of events touched: kecamatan-years to recalculate, kabupaten-wide changes that reach every
 * kecamatan-year of a kabupaten (settings) or of one of its years (a scale), and kabupaten summaries to refresh.
 * Sorted sets: recalculation runs in a fixed order, whatever order the batch had.
 */
public final class Touched {

  public record KecTahun(String kabupatenKode, String kecamatanKode, int tahun) implements Comparable<KecTahun> {
    @Override
    public int compareTo(KecTahun o) {
      int c = kecamatanKode.compareTo(o.kecamatanKode);
      return c != 0 ? c : Integer.compare(tahun, o.tahun);
    }
  }

  public record KabTahun(String kabupatenKode, int tahun) implements Comparable<KabTahun> {
    @Override
    public int compareTo(KabTahun o) {
      int c = kabupatenKode.compareTo(o.kabupatenKode);
      return c != 0 ? c : Integer.compare(tahun, o.tahun);
    }
  }

  final Set<KecTahun> kecamatanTahun = new TreeSet<>();
  final Set<String> kabupaten = new TreeSet<>();
  final Set<KabTahun> kabupatenTahun = new TreeSet<>();
  final Set<String> kabupatenSummary = new TreeSet<>();

  /** Lowest triwulan of a realisasi change per kecamatan-year; absent = anything may have changed (1). */
  private final Map<KecTahun, Integer> fromTriwulan = new TreeMap<>();

  /** The plan of a kecamatan-year changed: every figure of it may change. */
  public void kecamatanTahun(String kabupatenKode, String kecamatanKode, int tahun) {
    kecamatanTahun(kabupatenKode, kecamatanKode, tahun, 1);
  }

  /** A realisasi cell of TW {@code triwulan} changed: the figures of that periode on and of the year may change. */
  public void kecamatanTahun(String kabupatenKode, String kecamatanKode, int tahun, int triwulan) {
    KecTahun kt = new KecTahun(kabupatenKode, kecamatanKode, tahun);
    kecamatanTahun.add(kt);
    fromTriwulan.merge(kt, triwulan, Math::min);
  }

  /** From which triwulan on the figures of a touched kecamatan-year may have changed (1 = all of them). */
  int fromTriwulan(KecTahun kt) {
    boolean kabupatenWide = kabupaten.contains(kt.kabupatenKode())
        || kabupatenTahun.contains(new KabTahun(kt.kabupatenKode(), kt.tahun()));
    return kabupatenWide ? 1 : fromTriwulan.getOrDefault(kt, 1);
  }

  /** Settings changed: every kecamatan-year of the kabupaten. */
  public void kabupaten(String kabupatenKode) {
    kabupaten.add(kabupatenKode);
  }

  /** A scale of one year changed: every kecamatan-year of that kabupaten and year. */
  public void kabupatenTahun(String kabupatenKode, int tahun) {
    kabupatenTahun.add(new KabTahun(kabupatenKode, tahun));
  }

  /** The kecamatan list of a kabupaten changed: its summaries (every year) are refreshed. */
  public void kabupatenSummary(String kabupatenKode) {
    kabupatenSummary.add(kabupatenKode);
  }

  public boolean isEmpty() {
    return kecamatanTahun.isEmpty() && kabupaten.isEmpty() && kabupatenTahun.isEmpty() && kabupatenSummary.isEmpty();
  }
}
