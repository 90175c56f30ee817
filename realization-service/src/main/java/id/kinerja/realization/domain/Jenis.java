package id.kinerja.realization.domain;

/** The two kinds of realisasi cell: an indicator's value, or a budget line's spending. */
public enum Jenis {
  INDIKATOR, ANGGARAN
}
