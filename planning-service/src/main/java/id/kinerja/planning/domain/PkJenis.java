package id.kinerja.planning.domain;

/** PK awal (start of the year) or PK perubahan / reviu (e.g. after the APBD-P). */
public enum PkJenis {
  AWAL, PERUBAHAN
}
