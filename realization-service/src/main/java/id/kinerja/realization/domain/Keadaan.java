package id.kinerja.realization.domain;

/**
 * State of a realisasi cell. NOT_DUE and NOT_REPORTED are the absence of a value: they are derived (no version, or
 * the triwulan is not due), never stored and never sent as a value; in particular never 0.
 */
public enum Keadaan {
  NOT_DUE, NOT_REPORTED, REPORTED, NOT_APPLICABLE;

  /** What an operator may enter: a value (0 included) or "not applicable" with a reason. */
  public boolean enterable() {
    return this == REPORTED || this == NOT_APPLICABLE;
  }
}
