package id.kinerja.planning.domain.rencana;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BelanjaDok;
import id.kinerja.planning.domain.dokumen.KomponenDok;
import id.kinerja.planning.domain.dokumen.RiwayatDok;
import id.kinerja.planning.domain.dokumen.TahunNilaiDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;

/**
 * The plan of one kecamatan and year in force: the payload of planning.rencana-kinerja.published v2
 * (docs/events/schemas). What it contains is decided in docs/planning/README.md and built by {@link RencanaBuilder}.
 * The codes are written as text (the event's form); the OpenAPI document names their value sets.
 */
@Schema(name = "RencanaKinerja", description = "The plan in force of a kecamatan and year, as last published")
public record RencanaKinerja(
    @Schema(examples = "35.02") String kabupatenKode,
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(description = "Increases with every publication of this kecamatan and year; the ETag", examples = "1") int planVersi,
    RenstraRef renstra,
    List<TujuanRef> tujuan,
    List<SasaranRef> sasaran,
    List<Indikator> indikator,
    List<AnggaranDok> anggaran,
    @Schema(description = "Budget by jenis belanja: a second view, never added to anggaran (docs/domain.md §2.12); "
        + "empty = none") List<BelanjaDok> belanja,
    List<Pk> perjanjianKinerja) {

  /** A plan published before v2 has no belanja: none. */
  public RencanaKinerja {
    belanja = belanja == null ? List.of() : belanja;
  }

  public RencanaKinerja withPlanVersi(int versi) {
    return new RencanaKinerja(kabupatenKode, kecamatanKode, tahun, versi, renstra, tujuan, sasaran, indikator, anggaran,
        belanja, perjanjianKinerja);
  }

  @Schema(name = "RenstraRef", description = "The Renstra in force for the year")
  public record RenstraRef(
      @Schema(examples = "RENSTRA-MLARAK-2024-2026") String kode,
      @Schema(description = "Null when the Renstra has none", nullable = true,
          examples = "Review Renstra Kecamatan Mlarak Tahun 2024-2026") String nama,
      @Schema(examples = "2024") int periodeAwal,
      @Schema(examples = "2026") int periodeAkhir) {
  }

  @Schema(name = "TujuanRef")
  public record TujuanRef(
      @Schema(examples = "T1") String kode,
      @Schema(examples = "Meningkatkan Tata Kelola Penyelenggaraan Pemerintahan Kecamatan") String uraian) {
  }

  /** level STRATEGIS = a Renstra sasaran; PROGRAM/KEGIATAN/INDIVIDU = an official's own PK sasaran. */
  @Schema(name = "SasaranRef", description = "A sasaran of the plan: STRATEGIS from the Renstra, or an official's own")
  public record SasaranRef(
      @Schema(examples = "S1") String kode,
      @Schema(examples = "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi") String uraian,
      @Schema(description = "Tujuan of a Renstra sasaran; null for an official's own", nullable = true, examples = "T1") String tujuanKode,
      @Schema(enumeration = { "STRATEGIS", "PROGRAM", "KEGIATAN", "INDIVIDU" }, examples = "STRATEGIS") String level,
      @Schema(description = "Weight in the overall mean; null = equal weights", nullable = true, examples = "1") BigDecimal bobot) {
  }

  /** An indicator with the rules its capaian needs (negativeFormula resolved) and this year's targets. */
  @Schema(name = "Indikator", description = "An indicator of the plan with its rules (negativeFormula resolved) and this year's targets")
  public record Indikator(
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "Nilai SKM Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(examples = "S1") String sasaranKode,
      @Schema(enumeration = { "TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUB_KEGIATAN", "INDIVIDU" }, examples = "SASARAN") String level,
      @Schema(description = "Budget line this indicator measures; null = none", nullable = true, examples = "7.01.02") String anggaranKode,
      @Schema(examples = "true") boolean iku,
      @Schema(enumeration = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER" }, examples = "HIGHER_IS_BETTER") String polarity,
      @Schema(enumeration = { "TWO_T_MINUS_R", "T_OVER_R" }, examples = "TWO_T_MINUS_R") String negativeFormula,
      @Schema(enumeration = { "NUMBER", "RANGE", "TEXT" }, examples = "NUMBER") String targetType,
      @Schema(enumeration = { "SUM", "LAST", "AVERAGE", "RATIO_OF_SUMS", "MAX", "MIN" }, examples = "LAST") String aggregation,
      @Schema(enumeration = { "NONE", "PER_PERIOD", "CUMULATIVE" }, examples = "PER_PERIOD") String twTargetMode,
      @Schema(enumeration = { "NOT_COMPUTABLE", "ZERO_REALISASI_IS_100" }, examples = "NOT_COMPUTABLE") String zeroTargetRule,
      @Schema(description = "Decimals shown", examples = "2") int precision,
      @Schema(description = "Per-indicator cap of capaianScore; null = the kabupaten setting", nullable = true, examples = "120") BigDecimal capaianScoreCap,
      @Schema(description = "Labels of numerator and denominator; null unless realisasi is entered as components",
          nullable = true) KomponenDok komponen,
      @Schema(examples = "false") boolean evidenceRequired,
      @Schema(description = "Triwulan in which a realisasi is due", examples = "[2, 4]") List<Integer> dueTriwulan,
      @Schema(description = "Annual target of this year (from the PK in force)") TargetDok target,
      @Schema(description = "Triwulan targets from the Rencana Aksi; empty when twTargetMode is NONE") List<TargetTriwulanDok> targetTriwulan,
      @Schema(description = "Null when the Renstra gives none", nullable = true) TahunNilaiDok baseline,
      @Schema(description = "End-of-Renstra target, for tingkat kemajuan; null when none", nullable = true) TahunTargetDok targetAkhir,
      @Schema(description = "Realisasi of earlier years recorded in the plan documents") List<RiwayatDok> riwayat) {
  }

  @Schema(name = "Pihak", description = "A party of a PK as recorded at penetapan")
  public record Pihak(
      @Schema(description = "Null when not recorded", nullable = true, examples = "197906081998021001") String nip,
      @Schema(examples = "Joko Setiawan, S.STP., M.Si.") String nama,
      @Schema(examples = "Camat Mlarak") String jabatan,
      @Schema(enumeration = { "CAMAT", "SEKCAM", "KASUBAG", "KASI", "STAF", "BUPATI" }, examples = "CAMAT") String peran) {
  }

  /** A ditetapkan PK version: who signed, which indicators and budget lines it holds. */
  @Schema(name = "Pk", description = "A ditetapkan PK version of the plan: who signed, which indicators and budget lines it holds")
  public record Pk(
      @Schema(description = "Identifier of the PK version", examples = "12") String id,
      @Schema(examples = "1") int versi,
      @Schema(enumeration = { "AWAL", "PERUBAHAN" }, examples = "PERUBAHAN") String jenis,
      @Schema(enumeration = "DITETAPKAN", examples = "DITETAPKAN") String status,
      @Schema(description = "ISO date of signature; null when not recorded", nullable = true, format = "date",
          examples = "2024-10-23") String tanggal,
      @Schema(description = "The official who signed") Pihak pihakPertama,
      @Schema(description = "Null when none is recorded", nullable = true, implementation = Pihak.class) Pihak pihakKedua,
      @Schema(examples = "[\"IKU-SKM\", \"IKU-IDM\"]") List<String> indikatorKode,
      @Schema(examples = "[\"7.01.01\", \"7.01.02\"]") List<String> anggaranKode) {
  }
}
