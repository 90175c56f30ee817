package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;

/**
 * Rule {@value #RULE} (docs/calculation.md "Pohon kinerja: POHON_RERATA_TERLAPOR"): the capaian of a node of the pohon
 * kinerja is the arithmetic mean of the capaian of the indicators linked beneath it that have one for the periode and
 * view, each indicator once (by its key) even when it is reached by two paths. Coverage = indicators with a capaian of
 * the indicators linked. With none having one the node has no capaian: NOT_REPORTED ("belum dilaporkan"), never 0. The
 * mean is of the unrounded capaian the reports average (the score: equal to the raw capaian unless a cap applies,
 * docs/domain.md §2.4), itself unrounded; the predicate is the band of the mean rounded to 2 decimals on the
 * kabupaten's KINERJA scale of the year (none without a scale).
 */
public final class PohonCapaian {

  public static final String RULE = "POHON_RERATA_TERLAPOR";

  private PohonCapaian() {
  }

  /**
   * One linked indicator: {@code kunci} identifies it across the tree (kecamatan + indicator kode), {@code status} and
   * {@code nilai} its capaian for the periode (nilai present only with a value status).
   */
  public record Anggota(String kunci, CapaianStatus status, BigDecimal nilai) {
    public boolean dilaporkan() {
      return status != null && status.hasValue() && nilai != null;
    }
  }

  /**
   * @param status COMPUTED with a mean; NOT_REPORTED when no linked indicator has a capaian (also when none is linked)
   * @param nilai the mean, unrounded, or null
   * @param cakupan indicators with a capaian of the distinct indicators linked
   * @param predikat band of the mean on the scale, or null
   */
  public record Hasil(CapaianStatus status, BigDecimal nilai, Coverage cakupan, Band predikat) implements HasNilai {
    public Hasil {
      HasNilai.requireNilaiExactlyWhenComputed(status, nilai);
    }
  }

  /** The node's capaian from the indicators linked beneath it (in any order, repeated keys counted once). */
  public static Hasil of(Collection<Anggota> anggota, Skala skala) {
    Map<String, Anggota> unik = new LinkedHashMap<>();
    for (Anggota a : anggota) {
      unik.putIfAbsent(a.kunci(), a);
    }
    int dilaporkan = 0;
    BigDecimal jumlah = BigDecimal.ZERO;
    for (Anggota a : unik.values()) {
      if (a.dilaporkan()) {
        dilaporkan++;
        jumlah = jumlah.add(a.nilai());
      }
    }
    Coverage cakupan = new Coverage(dilaporkan, unik.size());
    if (dilaporkan == 0) {
      return new Hasil(CapaianStatus.NOT_REPORTED, null, cakupan, null);
    }
    BigDecimal rata = Calc.divide(jumlah, BigDecimal.valueOf(dilaporkan));
    return new Hasil(CapaianStatus.COMPUTED, rata, cakupan, Predikat.classify(skala, rata));
  }
}
