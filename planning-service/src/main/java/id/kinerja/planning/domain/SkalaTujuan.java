package id.kinerja.planning.domain;

import java.math.BigDecimal;

import id.kinerja.common.scale.PredicateScale;

/** What a predicate scale grades, and the values its bands must cover exactly once. */
public enum SkalaTujuan {
  /** Capaian kinerja: any real number (no upper limit: 123,75 is graded). */
  KINERJA(PredicateScale.Domain.ALL),
  /** Serapan anggaran: any real number. */
  SERAPAN(PredicateScale.Domain.ALL),
  /** IKM unit pelayanan, 25–100 (PermenPANRB 14/2017). */
  IKM(new PredicateScale.Domain(new BigDecimal("25"), new BigDecimal("100"))),
  /** IDM score of a desa, 0–1. */
  IDM(new PredicateScale.Domain(BigDecimal.ZERO, BigDecimal.ONE));

  private final PredicateScale.Domain domain;

  SkalaTujuan(PredicateScale.Domain domain) {
    this.domain = domain;
  }

  public PredicateScale.Domain domain() {
    return domain;
  }
}
