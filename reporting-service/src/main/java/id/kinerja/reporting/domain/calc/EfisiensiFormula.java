package id.kinerja.reporting.domain.calc;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Efisiensi formula (docs/domain.md §2.5): a local convention, not a standard ratio, so it is configurable and every report
 * prints its {@link #label()}. Always computed from raw (unrounded, uncapped) capaian and serapan.
 */
public enum EfisiensiFormula {
  /** % capaian kinerja − % serapan anggaran, in percentage points ([P] Tabel 3.17 "6 = 4 − 5"); positive reads efficient. */
  CAPAIAN_MINUS_SERAPAN(ReportingMessages.EFISIENSI_CAPAIAN_MINUS_SERAPAN),
  /** % capaian kinerja / % serapan anggaran × 100; above 100 reads efficient. Serapan 0 is NOT_COMPUTABLE. */
  CAPAIAN_PER_SERAPAN(ReportingMessages.EFISIENSI_CAPAIAN_PER_SERAPAN);

  private final ReportingMessages label;

  EfisiensiFormula(ReportingMessages label) {
    this.label = label;
  }

  /** The text reports print beside the figure. */
  public Message label() {
    return Message.of(label);
  }
}
