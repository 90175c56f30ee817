package id.kinerja.realization.service;

import id.kinerja.realization.domain.Jenis;

/** How a refusal names a field: "nilai" for a single cell, "indikator[2].nilai" for a batch item. */
@FunctionalInterface
public interface Naming {

  String field(Jenis jenis, int index, String name);

  /** A single cell: the expected revisi comes from If-Match. */
  static Naming single() {
    return (jenis, index, name) -> "revisi".equals(name) ? "If-Match" : name;
  }

  static Naming batch() {
    return (jenis, index, name) -> (jenis == Jenis.INDIKATOR ? "indikator" : "anggaran") + "[" + index + "]"
        + (name.isEmpty() ? "" : "." + name);
  }
}
