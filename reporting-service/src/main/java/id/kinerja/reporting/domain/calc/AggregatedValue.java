package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;

/**
 * The value of one indicator s.d. TW n (or for the year) by its {@link Aggregation}, over the reported cells only.
 *
 * @param status COMPUTED (has {@code nilai}); MANUAL (a text realisasi, see {@code manual}); NOT_REPORTED (due cells
 *     but none reported); NOT_DUE (no cell due); NOT_APPLICABLE (every non-due cell declared not applicable);
 *     NOT_COMPUTABLE (reported but no value: penyebut 0, RATIO_OF_SUMS without components)
 * @param nilai the aggregate, unrounded, or null
 * @param pembilang Σ pembilang (RATIO_OF_SUMS) or the last cell's pembilang (LAST), else null
 * @param penyebut Σ penyebut (RATIO_OF_SUMS) or the last cell's penyebut (LAST), else null
 * @param coverage reported cells of the due cells up to TW n
 * @param triwulanTerakhir last triwulan with a reported cell (0 if none)
 * @param manual the last text realisasi for TEXT indicators, else null
 * @param keterangan for people: why NOT_COMPUTABLE, else null
 */
public record AggregatedValue(CapaianStatus status, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut,
    Coverage coverage, int triwulanTerakhir, Cell.ReportedText manual, Message keterangan) implements HasNilai {

  public AggregatedValue {
    if (status == null || coverage == null) {
      throw new IllegalArgumentException("status and coverage are required");
    }
    HasNilai.requireNilaiExactlyWhenComputed(status, nilai);
  }
}
