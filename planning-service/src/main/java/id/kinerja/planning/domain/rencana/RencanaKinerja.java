package id.kinerja.planning.domain.rencana;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.KomponenDok;
import id.kinerja.planning.domain.dokumen.RiwayatDok;
import id.kinerja.planning.domain.dokumen.TahunNilaiDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;

/**
 * The plan of one kecamatan and year in force: the payload of planning.rencana-kinerja.published v1
 * (docs/events/schemas). What it contains is decided in docs/planning/README.md and built by {@link RencanaBuilder}.
 */
public record RencanaKinerja(String kabupatenKode, String kecamatanKode, int tahun, int planVersi, RenstraRef renstra,
    List<TujuanRef> tujuan, List<SasaranRef> sasaran, List<Indikator> indikator, List<AnggaranDok> anggaran,
    List<Pk> perjanjianKinerja) {

  public RencanaKinerja withPlanVersi(int versi) {
    return new RencanaKinerja(kabupatenKode, kecamatanKode, tahun, versi, renstra, tujuan, sasaran, indikator, anggaran,
        perjanjianKinerja);
  }

  public record RenstraRef(String kode, String nama, int periodeAwal, int periodeAkhir) {
  }

  public record TujuanRef(String kode, String uraian) {
  }

  /** level STRATEGIS = a Renstra sasaran; PROGRAM/KEGIATAN/INDIVIDU = an official's own PK sasaran. */
  public record SasaranRef(String kode, String uraian, String tujuanKode, String level, BigDecimal bobot) {
  }

  /** An indicator with the rules its capaian needs (negativeFormula resolved) and this year's targets. */
  public record Indikator(String kode, String nama, String satuan, String sasaranKode, String level, String anggaranKode,
      boolean iku, String polarity, String negativeFormula, String targetType, String aggregation, String twTargetMode,
      String zeroTargetRule, int precision, BigDecimal capaianScoreCap, KomponenDok komponen, boolean evidenceRequired,
      List<Integer> dueTriwulan, TargetDok target, List<TargetTriwulanDok> targetTriwulan, TahunNilaiDok baseline,
      TahunTargetDok targetAkhir, List<RiwayatDok> riwayat) {
  }

  /** A ditetapkan PK version: who signed, which indicators and budget lines it holds. */
  public record Pk(String id, int versi, String jenis, String status, String tanggal, Pihak pihakPertama,
      Pihak pihakKedua, List<String> indikatorKode, List<String> anggaranKode) {
  }

  public record Pihak(String nip, String nama, String jabatan, String peran) {
  }
}
