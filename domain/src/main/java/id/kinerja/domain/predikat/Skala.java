package id.kinerja.domain.predikat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A predicate scale as data (docs/domain.md §2.6): bands that cover the scale's domain exactly once, so every value has
 * one label. Planning refuses a scale that breaks this; reporting classifies with it. Values are classified after
 * rounding (HALF_UP) to the precision that is shown, so the figure and its label agree.
 */
public final class Skala {

  /** The values a scale must cover; a null bound is infinite. */
  public record Domain(BigDecimal lower, BigDecimal upper) {
    /** Capaian and serapan: any real number. */
    public static final Domain ALL = new Domain(null, null);
  }

  /** A rule a scale breaks: which band (index in the given order, or -1 for the whole scale), which rule, and why. */
  public record Violation(int band, String rule, String message) {
  }

  private final List<Band> bands;

  private Skala(List<Band> bands) {
    this.bands = bands;
  }

  /** Builds a validated scale; throws {@link IllegalArgumentException} listing the violations. */
  public static Skala of(List<Band> bands, Domain domain) {
    List<Violation> violations = validate(bands, domain);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(violations.toString());
    }
    return new Skala(sorted(bands));
  }

  public List<Band> bands() {
    return bands;
  }

  /** The band of the value rounded HALF_UP to {@code decimals}; empty for a value outside the domain. */
  public Optional<Band> classify(BigDecimal value, int decimals) {
    if (value == null) {
      return Optional.empty();
    }
    BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_UP);
    return bands.stream().filter(b -> b.contains(shown)).findFirst();
  }

  /** Every rule the bands break: order, gaps, overlaps, bounds outside the domain, duplicate scores, blank labels. */
  public static List<Violation> validate(List<Band> bands, Domain domain) {
    List<Violation> out = new ArrayList<>();
    if (bands == null || bands.isEmpty()) {
      out.add(new Violation(-1, "not-empty", "a scale needs at least one band"));
      return out;
    }
    Set<Integer> scores = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      if (b.label() == null || b.label().isBlank()) {
        out.add(new Violation(i, "label-required", "band " + (i + 1) + " has no label"));
      }
      if (!scores.add(b.skor())) {
        out.add(new Violation(i, "unique-score", "score " + b.skor() + " is used by more than one band"));
      }
      if (b.lower() != null && b.upper() != null) {
        int c = b.lower().compareTo(b.upper());
        if (c > 0 || (c == 0 && !(b.lowerInclusive() && b.upperInclusive()))) {
          out.add(new Violation(i, "lower-below-upper", "band " + (i + 1) + " " + b.interval() + " is empty"));
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    List<Band> sorted = sorted(bands);
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i) != sorted.get(i)) {
        out.add(new Violation(-1, "sorted", "bands must be listed from the lowest values to the highest"));
        break;
      }
    }
    Band first = sorted.get(0);
    if (!coversFrom(first, domain.lower())) {
      out.add(new Violation(bands.indexOf(first), "no-gap",
          "values from " + (domain.lower() == null ? "−∞" : domain.lower().toPlainString()) + " up to " + first.interval()
              + " have no band"));
    }
    Band last = sorted.get(sorted.size() - 1);
    if (!coversTo(last, domain.upper())) {
      out.add(new Violation(bands.indexOf(last), "no-gap",
          "values above " + last.interval() + " up to " + (domain.upper() == null ? "+∞" : domain.upper().toPlainString())
              + " have no band"));
    }
    for (int i = 1; i < sorted.size(); i++) {
      Band prev = sorted.get(i - 1);
      Band next = sorted.get(i);
      int index = bands.indexOf(next);
      if (prev.upper() == null || next.lower() == null) {
        out.add(new Violation(index, "no-overlap", next.interval() + " overlaps " + prev.interval()));
        continue;
      }
      int c = prev.upper().compareTo(next.lower());
      if (c > 0 || (c == 0 && prev.upperInclusive() && next.lowerInclusive())) {
        out.add(new Violation(index, "no-overlap", next.interval() + " overlaps " + prev.interval()
            + (c == 0 ? ": " + next.lower().toPlainString() + " would be in both" : "")));
      } else if (c < 0 || (!prev.upperInclusive() && !next.lowerInclusive())) {
        out.add(new Violation(index, "no-gap", "values between " + prev.interval() + " and " + next.interval()
            + " have no band"));
      }
    }
    return out;
  }

  private static boolean coversFrom(Band first, BigDecimal domainLower) {
    if (first.lower() == null) {
      return true;
    }
    if (domainLower == null) {
      return false;
    }
    int c = first.lower().compareTo(domainLower);
    return c < 0 || (c == 0 && first.lowerInclusive());
  }

  private static boolean coversTo(Band last, BigDecimal domainUpper) {
    if (last.upper() == null) {
      return true;
    }
    if (domainUpper == null) {
      return false;
    }
    int c = last.upper().compareTo(domainUpper);
    return c > 0 || (c == 0 && last.upperInclusive());
  }

  private static List<Band> sorted(List<Band> bands) {
    return bands.stream()
        .sorted(Comparator.comparing(Band::lower, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(b -> !b.lowerInclusive()))
        .toList();
  }
}
