package id.kinerja.planning.domain;

/** Where an indicator sits in the cascade (pohon kinerja). */
public enum IndikatorLevel {
  TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN, INDIVIDU
}
