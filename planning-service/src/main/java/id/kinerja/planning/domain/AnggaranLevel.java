package id.kinerja.planning.domain;

/**
 * A budget line's level in the Permendagri 90/2019 nomenclature and the number of code segments it has:
 * program 7.01.01 (3), kegiatan 7.01.01.2.01 (5), sub kegiatan 7.01.01.2.01.0001 (6).
 */
public enum AnggaranLevel {
  PROGRAM(3), KEGIATAN(5), SUB_KEGIATAN(6);

  private final int segments;

  AnggaranLevel(int segments) {
    this.segments = segments;
  }

  public int segments() {
    return segments;
  }

  /** The level a child line has, or null for a sub kegiatan. */
  public AnggaranLevel child() {
    return switch (this) {
      case PROGRAM -> KEGIATAN;
      case KEGIATAN -> SUB_KEGIATAN;
      case SUB_KEGIATAN -> null;
    };
  }
}
