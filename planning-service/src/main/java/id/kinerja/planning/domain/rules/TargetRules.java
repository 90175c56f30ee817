package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.MIN_NOT_ABOVE_MAX;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NUMBER_TARGET;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NUMBER_TARGET_RANGE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NUMBER_TARGET_TEXT;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NUMBER_TARGET_TEXT_RANGE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_RANGE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_TEXT;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_TARGET;

import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.dokumen.TargetDok;

/** A target must have the form its indicator declares (docs/domain.md §2.1): NUMBER {nilai}, RANGE {min ≤ max}, TEXT {teks}. */
public final class TargetRules {

  private TargetRules() {
  }

  /** Adds a violation under {@code path} (the target object) for every way the target breaks its form. */
  public static void check(TargetType type, TargetDok t, String path, String indikator, Violations v) {
    if (t == null) {
      v.add(path, REQUIRED_TARGET);
      return;
    }
    TargetType kind = type == null ? TargetType.NUMBER : type;
    switch (kind) {
      case NUMBER -> {
        if (t.nilai() == null || t.min() != null || t.max() != null || t.teks() != null) {
          // The text names what was given instead of nilai: teks, a range, or both.
          boolean range = t.min() != null || t.max() != null;
          PlanningMessages key = t.teks() != null ? (range ? MUST_BE_NUMBER_TARGET_TEXT_RANGE : MUST_BE_NUMBER_TARGET_TEXT)
              : range ? MUST_BE_NUMBER_TARGET_RANGE : MUST_BE_NUMBER_TARGET;
          v.add(Violations.at(path, "nilai"), key, "indikator", indikator, "teks", t.teks());
        }
      }
      case RANGE -> {
        if (t.min() == null || t.max() == null || t.nilai() != null || t.teks() != null) {
          v.add(path, MUST_BE_RANGE, "indikator", indikator);
        } else if (t.min().compareTo(t.max()) > 0) {
          v.add(Violations.at(path, "min"), MIN_NOT_ABOVE_MAX, "min", t.min(), "max", t.max());
        }
      }
      case TEXT -> {
        if (t.teks() == null || t.teks().isBlank() || t.nilai() != null || t.min() != null || t.max() != null) {
          v.add(Violations.at(path, "teks"), MUST_BE_TEXT, "indikator", indikator);
        }
      }
    }
  }
}
