package id.kinerja.reporting.domain.calc;

/** Whether an indicator has triwulan targets (Rencana Aksi) and what they mean (docs/domain.md §2.3, §2.9.4). */
public enum TwTargetMode {
  /** No triwulan targets: the "against the TW target" view is {@link CapaianStatus#NO_TARGET}. */
  NONE,
  /** Each TW target is that triwulan's own target: TW value vs TW target. */
  PER_PERIOD,
  /** Each TW target is the target s.d. that triwulan: aggregate s.d. TW n vs target of TW n (TW IV should equal the annual target). */
  CUMULATIVE
}
