package id.kinerja.domain.predikat;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a predicate scale grades, and the values its bands must cover exactly once (docs/domain.md §2.6). One rule for
 * both sides: planning refuses a scale that breaks it, reporting reads a published scale with the same domain (a
 * bounded IKM or IDM scale read over all real numbers would have a "gap" below its first band).
 */
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

  /** The values the scale's bands must cover. */
  public Skala.Domain domain() {
    return domain;
  }

  /** The rules the bands break for this purpose (none: the scale is valid). */
  public List<Skala.Violation> validate(List<Band> bands) {
    return Skala.validate(bands, domain);
  }

  /** A validated scale for this purpose; throws {@link IllegalArgumentException} listing the violations. */
  public Skala scale(List<Band> bands) {
    return Skala.of(bands, domain);
  }
}
