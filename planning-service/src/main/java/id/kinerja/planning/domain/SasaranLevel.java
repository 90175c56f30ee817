package id.kinerja.planning.domain;

/** STRATEGIS = a Renstra sasaran of the kecamatan; the others are an official's own PK sasaran. */
public enum SasaranLevel {
  STRATEGIS, PROGRAM, KEGIATAN, INDIVIDU;

  /** The level an own indicator of a PK sasaran gets when the document does not say. */
  public IndikatorLevel indikatorLevel() {
    return switch (this) {
      case STRATEGIS -> IndikatorLevel.SASARAN;
      case PROGRAM -> IndikatorLevel.PROGRAM;
      case KEGIATAN -> IndikatorLevel.KEGIATAN;
      case INDIVIDU -> IndikatorLevel.INDIVIDU;
    };
  }
}
