package id.kinerja.planning.domain;

import java.math.BigDecimal;

import id.kinerja.domain.predikat.Skala;

/** What a predicate scale grades, and the values its bands must cover exactly once. */
public enum SkalaTujuan {
  /** Capaian kinerja: any real number (no upper limit: 123,75 is graded). */
  KINERJA(Skala.Domain.ALL),
  /** Serapan anggaran: any real number. */
  SERAPAN(Skala.Domain.ALL),
  /** IKM unit pelayanan, 25–100 (PermenPANRB 14/2017). */
  IKM(new Skala.Domain(new BigDecimal("25"), new BigDecimal("100"))),
  /** IDM score of a desa, 0–1. */
  IDM(new Skala.Domain(BigDecimal.ZERO, BigDecimal.ONE));

  private final Skala.Domain domain;

  SkalaTujuan(Skala.Domain domain) {
    this.domain = domain;
  }

  public Skala.Domain domain() {
    return domain;
  }
}
