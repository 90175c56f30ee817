package id.kinerja.reporting.domain.plan;

import java.util.List;

/**
 * The plan of one kecamatan for one year as planning publishes it (planning.rencana-kinerja.published v1 or v2):
 * sasaran, every indicator with the rules its capaian needs and its targets, the budget lines with pagu, the budget by
 * jenis belanja (v2; none in v1) and the PK versions.
 * Kept as full state; the consumer holds the highest {@code planVersi}.
 */
public record Rencana(String kabupatenKode, String kecamatanKode, int tahun, int planVersi, Renstra renstra,
    List<Tujuan> tujuan, List<Sasaran> sasaran, List<Indikator> indikator, List<Anggaran> anggaran,
    List<Belanja> belanja, List<PerjanjianKinerja> perjanjianKinerja) {

  public Rencana {
    tujuan = tujuan == null ? List.of() : List.copyOf(tujuan);
    sasaran = sasaran == null ? List.of() : List.copyOf(sasaran);
    indikator = indikator == null ? List.of() : List.copyOf(indikator);
    anggaran = anggaran == null ? List.of() : List.copyOf(anggaran);
    belanja = belanja == null ? List.of() : List.copyOf(belanja);
    perjanjianKinerja = perjanjianKinerja == null ? List.of() : List.copyOf(perjanjianKinerja);
  }

  public record Renstra(String kode, String nama, int periodeAwal, int periodeAkhir) {
  }

  public record Tujuan(String kode, String uraian) {
  }
}
