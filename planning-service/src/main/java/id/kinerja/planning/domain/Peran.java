package id.kinerja.planning.domain;

/** An official's position in the kecamatan (or the Bupati as pihak kedua of the Camat's PK). */
public enum Peran {
  CAMAT, SEKCAM, KASUBAG, KASI, STAF, BUPATI
}
