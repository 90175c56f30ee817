package id.kinerja.reporting.domain.calc;

/** Level of a budget line. The engine builds the tree from parentKode; the level is carried for display. */
public enum AnggaranLevel {
  PROGRAM,
  KEGIATAN,
  SUB_KEGIATAN,
  /** Any other grouping row (jenis belanja, a printed sub-total) used when auditing imported tables. */
  LAINNYA
}
