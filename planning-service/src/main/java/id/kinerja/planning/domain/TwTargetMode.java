package id.kinerja.planning.domain;

/** Whether the Rencana Aksi sets triwulan targets, and whether they are per triwulan or cumulative. */
public enum TwTargetMode {
  NONE, PER_PERIOD, CUMULATIVE
}
