package id.kinerja.planning.domain;

/** A PK is drafted, then ditetapkan (signed); a ditetapkan version never changes again. */
public enum PkStatus {
  DRAFT, DITETAPKAN
}
