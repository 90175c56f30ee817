package id.kinerja.reporting.domain.plan;

import java.util.List;

/**
 * The links upward of one kecamatan Renstra as planning publishes them (planning.tautan-kinerja.published v1). Kept as
 * full state; the consumer holds the highest {@code versi} per (kecamatanKode, renstraKode). {@code tanpaTautan} is
 * planning's warning at publication; reporting computes its own audit from the plan copy and these links.
 */
public record TautanKinerja(String kabupatenKode, String kecamatanKode, String renstraKode, String rpjmdKode, int versi,
    List<Tautan> tautan, List<Simpul> tanpaTautan) {

  public TautanKinerja {
    tautan = tautan == null ? List.of() : List.copyOf(tautan);
    tanpaTautan = tanpaTautan == null ? List.of() : List.copyOf(tanpaTautan);
  }

  /** jenis: TUJUAN, SASARAN, PK_INDIKATOR or ANGGARAN; tahun only for PK_INDIKATOR and ANGGARAN. */
  public record Simpul(String jenis, String kode, Integer tahun) {
  }

  /** jenis: RPJMD_TUJUAN, RPJMD_SASARAN, SASARAN or INDIKATOR. */
  public record Ke(String jenis, String kode) {
  }

  public record Tautan(Simpul dari, Ke ke) {
  }
}
