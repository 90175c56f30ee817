package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/**
 * A mean of capaian (never of realisasi or targets) over the members that have one, with coverage and the basis it
 * averages (docs/domain.md §2.4, §2.9.6).
 *
 * @param status COMPUTED with a value; NOT_REPORTED when members were expected, none has a figure and at least one
 *     lacks its realisasi; NOT_COMPUTABLE when every expected member is not computable, or the weights of the members
 *     with a figure add up to 0; NOT_DUE when no member was expected
 * @param nilai the mean, unrounded, or null
 * @param coverage members with a figure of the members expected to have one
 * @param basis RAW or SCORE capaian
 * @param weighted whether weights were applied
 */
public record Mean(CapaianStatus status, BigDecimal nilai, Coverage coverage, CapaianBasis basis, boolean weighted)
    implements HasNilai {

  public Mean {
    HasNilai.requireNilaiExactlyWhenComputed(status, nilai);
  }
}
