package id.kinerja.planning.domain;

public enum DesaJenis {
  DESA, KELURAHAN
}
