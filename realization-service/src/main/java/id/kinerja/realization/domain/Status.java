package id.kinerja.realization.domain;

/** Workflow status of one realisasi version (docs/domain.md §5). LOCKED is not a status here: an approved version is never changed. */
public enum Status {
  DRAFT, SUBMITTED, VERIFIED, APPROVED, RETURNED;

  /** Only a draft or a returned version can be edited by the operator. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
