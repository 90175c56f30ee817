package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.LABEL_REQUIRED;
import static id.kinerja.planning.domain.PlanningMessages.LOWER_BELOW_UPPER;
import static id.kinerja.planning.domain.PlanningMessages.NOT_EMPTY_SKALA;
import static id.kinerja.planning.domain.PlanningMessages.NO_GAP_ABOVE;
import static id.kinerja.planning.domain.PlanningMessages.NO_GAP_BELOW;
import static id.kinerja.planning.domain.PlanningMessages.NO_GAP_BETWEEN;
import static id.kinerja.planning.domain.PlanningMessages.NO_OVERLAP;
import static id.kinerja.planning.domain.PlanningMessages.NO_OVERLAP_SHARED;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_TAHUN;
import static id.kinerja.planning.domain.PlanningMessages.SKALA_INTERVAL;
import static id.kinerja.planning.domain.PlanningMessages.SORTED;
import static id.kinerja.planning.domain.PlanningMessages.UNIQUE_SCORE;

import java.util.Comparator;
import java.util.List;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.BandDok;

/**
 * A predicate scale (docs/domain.md §2.6) is saved only if {@link SkalaTujuan#validate} finds nothing: sorted, no gap
 * and no overlap over the domain of its purpose (the rule reporting reads published scales with). Each violation names the band, e.g. {@code bands[2]} rule no-overlap.
 */
public final class SkalaRules {

  /** The order Skala checks neighbours in: by lower bound (−∞ first), an inclusive bound before an open one. */
  private static final Comparator<Band> ORDER = Comparator
      .comparing(Band::lower, Comparator.nullsFirst(Comparator.<java.math.BigDecimal>naturalOrder()))
      .thenComparing(b -> !b.lowerInclusive());

  private SkalaRules() {
  }

  public static void check(SkalaTujuan tujuan, List<BandDok> bands, String path, Violations v) {
    List<Band> list = bands.stream().map(BandDok::band).toList();
    for (Skala.Violation pv : tujuan.validate(list)) {
      String field = pv.band() < 0 ? Violations.at(path, "bands") : Violations.at(Violations.at(path, "bands"), pv.band());
      explain(pv, list, tujuan.domain(), field, v);
    }
  }

  /**
   * Skala (common) reports its rule, the band and an English sentence; the texts here are written from the
   * rule and the bands themselves. The one thing only the sentence tells is which of the three gaps a no-gap is.
   */
  private static void explain(Skala.Violation pv, List<Band> bands, Skala.Domain domain, String field,
      Violations v) {
    Band band = pv.band() < 0 ? null : bands.get(pv.band());
    switch (pv.rule()) {
      case "not-empty" -> v.add(field, NOT_EMPTY_SKALA);
      case "label-required" -> v.add(field, LABEL_REQUIRED, "nomor", pv.band() + 1);
      case "unique-score" -> v.add(field, UNIQUE_SCORE, "skor", band.skor());
      case "lower-below-upper" -> v.add(field, LOWER_BELOW_UPPER, "nomor", pv.band() + 1, "interval", interval(band));
      case "sorted" -> v.add(field, SORTED);
      case "no-gap" -> {
        if (pv.message().startsWith("values from")) {
          v.add(field, NO_GAP_BELOW, "dari", domain.lower() == null ? "−∞" : domain.lower(), "interval", interval(band));
        } else if (pv.message().startsWith("values above")) {
          v.add(field, NO_GAP_ABOVE, "interval", interval(band), "sampai", domain.upper() == null ? "+∞" : domain.upper());
        } else {
          v.add(field, NO_GAP_BETWEEN, "sebelum", interval(before(band, bands)), "sesudah", interval(band));
        }
      }
      case "no-overlap" -> {
        Band prev = before(band, bands);
        boolean shared = prev.upper() != null && band.lower() != null && prev.upper().compareTo(band.lower()) == 0;
        if (shared) {
          v.add(field, NO_OVERLAP_SHARED, "interval", interval(band), "lain", interval(prev), "nilai", band.lower());
        } else {
          v.add(field, NO_OVERLAP, "interval", interval(band), "lain", interval(prev));
        }
      }
      default -> v.add(field, pv.rule(), Message.of(CommonMessages.CONSTRAINT, "aturan", pv.rule()));
    }
  }

  /** The band just below {@code band} in the scale's order. */
  private static Band before(Band band, List<Band> bands) {
    List<Band> sorted = bands.stream().sorted(ORDER).toList();
    return sorted.get(Math.max(0, sorted.indexOf(band) - 1));
  }

  /** "[55; 70)" in Bahasa Indonesia (the comma is the decimal sign), "[55, 70)" in English; a null bound is infinite. */
  static Message interval(Band b) {
    return Message.of(SKALA_INTERVAL, "buka", b.lower() != null && b.lowerInclusive() ? "[" : "(",
        "bawah", b.lower() == null ? "−∞" : b.lower(), "atas", b.upper() == null ? "+∞" : b.upper(),
        "tutup", b.upper() != null && b.upperInclusive() ? "]" : ")");
  }

  public static void tahun(Integer tahun, String path, Violations v) {
    if (tahun == null || tahun < 2000 || tahun > 2100) {
      v.add(path, RANGE_TAHUN, "min", 2000, "max", 2100);
    }
  }
}
