package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;

/**
 * The IDM indicator and desa status (docs/domain.md §2.8): the share of desa whose score rose between two explicit years,
 * and a desa's status from the IDM scale on the score rounded to 4 decimals.
 *
 * @param tahunAwal base year (explicit: [P]'s text compares 2022 with 2024)
 * @param tahunAkhir compared year
 * @param status COMPUTED, or NOT_REPORTED when a desa lacks a score in either year (coverage shows how many have both)
 * @param naik desa whose score rose
 * @param jumlahDesa all desa of the kecamatan
 * @param coverage desa with both scores of all desa
 * @param persen naik / jumlahDesa × 100, unrounded, or null
 */
public record Idm(int tahunAwal, int tahunAkhir, CapaianStatus status, int naik, int jumlahDesa, Coverage coverage,
    BigDecimal persen) {

  /** Decimals of an IDM score. */
  public static final int DECIMALS = 4;

  /**
   * The share of desa whose score rose from {@code tahunAwal} to {@code tahunAkhir} (E2: 15 / 15 × 100 = 100,00).
   *
   * @param desa every desa of the kecamatan, once
   */
  public static Idm share(int tahunAwal, int tahunAkhir, List<DesaSkor> desa) {
    if (tahunAwal >= tahunAkhir) {
      throw new IllegalArgumentException("the base year must precede the compared year");
    }
    int naik = 0;
    int both = 0;
    for (DesaSkor d : desa) {
      if (d.skorAwal() == null || d.skorAkhir() == null) {
        continue;
      }
      both++;
      if (d.skorAkhir().compareTo(d.skorAwal()) > 0) {
        naik++;
      }
    }
    Coverage coverage = new Coverage(both, desa.size());
    if (desa.isEmpty()) {
      return new Idm(tahunAwal, tahunAkhir, CapaianStatus.NOT_COMPUTABLE, 0, 0, coverage, null);
    }
    if (both < desa.size()) {
      return new Idm(tahunAwal, tahunAkhir, CapaianStatus.NOT_REPORTED, naik, desa.size(), coverage, null);
    }
    return new Idm(tahunAwal, tahunAkhir, CapaianStatus.COMPUTED, naik, desa.size(), coverage,
        Calc.percent(BigDecimal.valueOf(naik), BigDecimal.valueOf(desa.size())));
  }

  /** The status band of a desa score rounded HALF_UP to 4 decimals, or null. */
  public static Band status(Skala idmScale, BigDecimal skor) {
    if (idmScale == null || skor == null) {
      return null;
    }
    return idmScale.classify(skor, DECIMALS).orElse(null);
  }

  /** How many desa fall in each status, in the scale's band order (labels with no desa included with 0). */
  public static Map<String, Integer> statusCounts(Skala idmScale, List<BigDecimal> skor) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Band b : idmScale.bands()) {
      out.put(b.label(), 0);
    }
    for (BigDecimal s : skor) {
      Band b = status(idmScale, s);
      if (b != null) {
        out.merge(b.label(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The value rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal display() {
    return persen == null ? null : Angka.round(persen);
  }
}
