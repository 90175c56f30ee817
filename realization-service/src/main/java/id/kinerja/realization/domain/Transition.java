package id.kinerja.realization.domain;

/** Workflow transitions announced on kinerja.realisasi.v1. A draft save is not one. */
public enum Transition {
  SUBMITTED, VERIFIED, APPROVED, RETURNED, CORRECTION_OPENED
}
