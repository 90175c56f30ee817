package id.kinerja.planning.domain.rules;

import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.dokumen.TargetDok;

/** A target must have the form its indicator declares (DOMAIN §2.1): NUMBER {nilai}, RANGE {min ≤ max}, TEXT {teks}. */
public final class TargetRules {

  private TargetRules() {
  }

  /** Adds a violation under {@code path} (the target object) for every way the target breaks its form. */
  public static void check(TargetType type, TargetDok t, String path, String indikator, Violations v) {
    if (t == null) {
      v.add(path, "required", "a target is required");
      return;
    }
    TargetType kind = type == null ? TargetType.NUMBER : type;
    switch (kind) {
      case NUMBER -> {
        if (t.nilai() == null || t.min() != null || t.max() != null || t.teks() != null) {
          v.add(Violations.at(path, "nilai"), "must-be-number",
              "indicator " + indikator + " has a numeric target: give nilai as a number"
                  + (t.teks() != null ? ", not teks \"" + t.teks() + "\"" : "")
                  + (t.min() != null || t.max() != null ? ", not a range" : ""));
        }
      }
      case RANGE -> {
        if (t.min() == null || t.max() == null || t.nilai() != null || t.teks() != null) {
          v.add(path, "must-be-range", "indicator " + indikator + " has a range target: give min and max, nothing else");
        } else if (t.min().compareTo(t.max()) > 0) {
          v.add(Violations.at(path, "min"), "min-not-above-max",
              "min " + t.min().toPlainString() + " is above max " + t.max().toPlainString());
        }
      }
      case TEXT -> {
        if (t.teks() == null || t.teks().isBlank() || t.nilai() != null || t.min() != null || t.max() != null) {
          v.add(Violations.at(path, "teks"), "must-be-text",
              "indicator " + indikator + " has a qualitative target: give teks, nothing else");
        }
      }
    }
  }
}
