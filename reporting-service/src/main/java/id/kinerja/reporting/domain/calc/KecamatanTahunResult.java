package id.kinerja.reporting.domain.calc;

import java.util.List;

import id.kinerja.domain.predikat.Band;

/**
 * Every computed figure of one kecamatan-year as of TW n.
 *
 * @param kecamatanKode kecamatan
 * @param tahun year
 * @param asOfTw the report's triwulan
 * @param indikator one evaluation per indicator, in input order
 * @param akhir sasaran means and overall of the annual capaian (s.d. TW n against the annual target)
 * @param triwulan per TW: sasaran means and overall of each TW's own value against the annual target (the
 *     "TW n capaian" columns, E12; the per-TW ranking uses its overall)
 * @param kumulatif per TW: sasaran means and overall of the value s.d. TW n against the annual target
 * @param predikat band of the overall annual capaian, or null
 * @param anggaran the budget tree
 * @param kinerjaAnggaran per sasaran: capaian, serapan and efisiensi
 */
public record KecamatanTahunResult(String kecamatanKode, int tahun, int asOfTw, List<IndikatorEvaluation> indikator,
    KecamatanRollUp akhir, PerTriwulan<KecamatanRollUp> triwulan, PerTriwulan<KecamatanRollUp> kumulatif, Band predikat,
    AnggaranTree anggaran, List<KinerjaAnggaran> kinerjaAnggaran) {

  /** The evaluation of indicator {@code kode}, or null. */
  public IndikatorEvaluation indikator(String kode) {
    for (IndikatorEvaluation e : indikator) {
      if (e.kode().equals(kode)) {
        return e;
      }
    }
    return null;
  }
}
