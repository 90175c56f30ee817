package id.kinerja.realization.domain;

/**
 * Reason of a return, from the "tanggapan atasan langsung" checklist (docs/domain.md §5). "Laporan sudah baik" is a
 * verification, not a return. LAIN_LAIN needs a free-text reason.
 */
public enum AlasanKode {
  LAPORAN_DIPERBAIKI, REALISASI_DITELITI_ULANG, CAPAIAN_DITELITI_ULANG, LAPORAN_KURANG_BAIK, LAIN_LAIN
}
