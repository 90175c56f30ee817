package id.kinerja.planning.domain;

/** The form of a target: a number, a range [min, max], or a qualitative text (manual capaian). */
public enum TargetType {
  NUMBER, RANGE, TEXT
}
