package id.kinerja.planning.domain.rules;

import java.util.List;

import id.kinerja.common.scale.Band;
import id.kinerja.common.scale.PredicateScale;
import id.kinerja.planning.domain.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.BandDok;

/**
 * A predicate scale (DOMAIN §2.6) is saved only if {@link PredicateScale#validate} finds nothing: sorted, no gap and
 * no overlap over the domain of its purpose. Each violation names the band, e.g. {@code bands[2]} rule no-overlap.
 */
public final class SkalaRules {

  private SkalaRules() {
  }

  public static void check(SkalaTujuan tujuan, List<BandDok> bands, String path, Violations v) {
    List<Band> list = bands.stream().map(BandDok::band).toList();
    for (PredicateScale.Violation pv : PredicateScale.validate(list, tujuan.domain())) {
      String field = pv.band() < 0 ? Violations.at(path, "bands") : Violations.at(Violations.at(path, "bands"), pv.band());
      v.add(field, pv.rule(), pv.message());
    }
  }

  public static void tahun(Integer tahun, String path, Violations v) {
    if (tahun == null || tahun < 2000 || tahun > 2100) {
      v.add(path, "range", "tahun must be between 2000 and 2100");
    }
  }
}
