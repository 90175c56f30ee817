package id.kinerja.reporting.service.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.calc.Coverage;

/** Response bodies of the reporting API. Every figure carries its status, raw value and 2-decimal display. */
public final class Views {

  private Views() {
  }

  @Schema(name = "Nilai", description = "One computed figure. `raw` is unrounded; `display` is raw rounded HALF_UP to 2"
      + " decimals; `teks` is display in id-ID. An absent value (NOT_REPORTED, NOT_DUE, NOT_COMPUTABLE …) has no raw,"
      + " display or teks: it is never 0 and never 100.")
  public record Nilai(
      @Schema(description = "COMPUTED or MANUAL (a value); REPORTED (a realisasi entered); otherwise why there is no"
          + " value: NOT_REPORTED, NOT_DUE, NOT_APPLICABLE, NOT_COMPUTABLE, NO_TARGET, NO_PLAN",
          enumeration = { "COMPUTED", "MANUAL", "REPORTED", "NOT_REPORTED", "NOT_DUE", "NOT_APPLICABLE", "NOT_COMPUTABLE",
              "NO_TARGET", "NO_PLAN" }, examples = "COMPUTED") String status,
      @Schema(description = "Unrounded (and for capaian uncapped) value; null when the status has no value",
          nullable = true, examples = "123.75") BigDecimal raw,
      @Schema(description = "Rounded HALF_UP to 2 decimals; for a capaian the score, capped where the kabupaten or"
          + " indicator sets a cap; null when the status has no value", nullable = true, examples = "123.75") BigDecimal display,
      @Schema(description = "Display value in id-ID; null when the status has no value", nullable = true,
          examples = "123,75") String teks) {

    public static Nilai of(String status, BigDecimal raw) {
      return new Nilai(status, raw, IdFormat.display(raw), IdFormat.decimal(raw));
    }

    /** A capaian: raw is uncapped; the display is the score (capped where a cap applies), rounded. */
    public static Nilai of(String status, BigDecimal raw, BigDecimal score) {
      BigDecimal shown = score != null ? score : raw;
      return new Nilai(status, raw, IdFormat.display(shown), IdFormat.decimal(shown));
    }
  }

  @Schema(name = "Rupiah", description = "An amount in Rupiah (integer) with its id-ID text; null when nothing was reported.")
  public record Rupiah(@Schema(description = "null when nothing was reported", nullable = true, examples = "11000000") Long nilai,
      @Schema(description = "id-ID text; null when nothing was reported", nullable = true, examples = "11.000.000") String teks) {
    public static Rupiah of(Long v) {
      return new Rupiah(v, IdFormat.rupiah(v));
    }
  }

  @Schema(name = "Cakupan", description = "Coverage of a roll-up: how many of its parts have a value.")
  public record Cakupan(@Schema(examples = "1") int dilaporkan, @Schema(examples = "2") int jumlah,
      @Schema(description = "In the language of the answer", examples = "1 dari 2 dilaporkan") Message teks) {
    public static Cakupan of(int dilaporkan, int jumlah) {
      return new Cakupan(dilaporkan, jumlah, Coverage.label(dilaporkan, jumlah));
    }
  }

  @Schema(name = "CakupanPagu", description = "How much of the pagu behind a serapan is reported (docs/domain.md §2.9.9):"
      + " the pagu of the lines with a realisasi in the periode (s.d. a triwulan: in any triwulan up to it) of the whole"
      + " pagu. A serapan on part of the pagu reads the other lines as spending nothing; efisiensi is computed only"
      + " when lengkap.")
  public record CakupanPagu(
      @Schema(description = "Pagu of the lines with a realisasi") Rupiah paguDilaporkan,
      @Schema(description = "The whole pagu") Rupiah pagu,
      @Schema(description = "paguDilaporkan / pagu × 100; NOT_COMPUTABLE for a pagu of 0") Nilai persen,
      @Schema(description = "Every line with a pagu has a realisasi", examples = "false") boolean lengkap,
      @Schema(description = "In the language of the answer",
          examples = "pagu dengan realisasi dilaporkan 11.000.000 dari 2.116.474.500 (0,52 %)") Message teks) {

    /** The coverage of a serapan of {@code pagu} with {@code paguDilaporkan} reported; null when not known. */
    public static CakupanPagu of(Long paguDilaporkan, long pagu) {
      if (paguDilaporkan == null) {
        return null;
      }
      java.math.BigDecimal persen = pagu == 0 ? null : Coverage.paguPercent(paguDilaporkan, pagu);
      return new CakupanPagu(Rupiah.of(paguDilaporkan), Rupiah.of(pagu),
          Nilai.of(persen == null ? "NOT_COMPUTABLE" : "COMPUTED", persen), paguDilaporkan >= pagu,
          Coverage.paguLabel(paguDilaporkan, pagu, persen));
    }
  }

  @Schema(name = "Predikat", description = "Band of the capaian (rounded to 2 decimals) on the kabupaten's scale; null"
      + " skor/label when the capaian is absent or no scale was published.")
  public record Predikat(@Schema(nullable = true, examples = "4") Integer skor,
      @Schema(nullable = true, examples = "Sangat Berhasil") String label) {
  }

  @Schema(name = "Versi", description = "Data and rule versions the figures were computed with.")
  public record Versi(
      @Schema(description = "planVersi of the plan in force", examples = "3") Integer planVersi,
      @Schema(description = "konfigurasiVersi of the kabupaten settings; null = not received, defaults used",
          nullable = true, examples = "1") Integer konfigurasiVersi,
      @Schema(description = "versi of the KINERJA predicate scale; null = no scale for that year", nullable = true,
          examples = "1") Integer skalaVersi,
      @Schema(description = "Version of the calculation rules (engine); null while the kecamatan-year has no figures",
          nullable = true, examples = "calc-2024.2") String ruleVersi) {
  }

  @Schema(name = "Dihitung", description = "When the figures were last recalculated.")
  public record Dihitung(
      @Schema(description = "occurredAt of the newest event the figures reflect (deterministic); null while the"
          + " kecamatan-year has no figures", nullable = true, examples = "2025-01-10T10:00:00+07:00") Instant asOf,
      @Schema(description = "Wall-clock time of the last recalculation that changed a figure (not part of the"
          + " figures); null while the kecamatan-year has no figures", nullable = true,
          examples = "2025-01-10T10:00:01.12+07:00") Instant recalculatedAt) {
  }

  @Schema(name = "Target")
  public record TargetView(@Schema(description = "NUMBER target; null for RANGE and TEXT", nullable = true,
          examples = "80") BigDecimal nilai,
      @Schema(description = "RANGE target's lower end; else null", nullable = true, examples = "75") BigDecimal min,
      @Schema(description = "RANGE target's upper end; else null", nullable = true, examples = "85") BigDecimal max,
      @Schema(description = "TEXT target; else null", nullable = true, examples = "Laporan tersusun") String teks,
      @Schema(description = "id-ID text", examples = "80") String tampil) {
  }

  @Schema(name = "Narasi", description = "The operator's narrative of the realisasi version that counts in this view"
      + " (docs/domain.md §2.10): text people wrote, printed as written, never computed. OFFICIAL shows only the narrative"
      + " of a verified or approved version, PROVISIONAL also of a submitted one.")
  public record NarasiView(
      @Schema(description = "The triwulan whose counted version wrote it: the triwulan itself, or for the year the last"
          + " triwulan with a counted version", examples = "4") int triwulan,
      @Schema(description = "What helped the realisasi; null when the operator gave none", nullable = true,
          examples = "Pelayanan administrasi kependudukan tepat waktu") String faktorPendukung,
      @Schema(description = "What held the realisasi back; null when the operator gave none", nullable = true,
          examples = "Sebagian responden belum terbiasa dengan survei daring") String faktorPenghambat,
      @Schema(description = "What will be done about it; null when the operator gave none", nullable = true,
          examples = "Survei SKM dilanjutkan setiap semester") String tindakLanjut) {
  }

  @Schema(name = "IndikatorTriwulan", description = "One triwulan of an indicator.")
  public record IndikatorTriwulan(
      @Schema(examples = "2") int triwulan,
      @Schema(description = "Rencana Aksi target of the triwulan; null when not set", nullable = true, examples = "77")
      BigDecimal targetTriwulan,
      @Schema(description = "Realisasi of the triwulan (status REPORTED, NOT_REPORTED, NOT_DUE, NOT_APPLICABLE, MANUAL)") Nilai realisasi,
      @Schema(description = "Text realisasi of a TEXT-target indicator; else null", nullable = true,
          examples = "Laporan tersusun") String realisasiTeks,
      @Schema(description = "Which version of the cell counts in this view; null when none counts", nullable = true,
          examples = "1") Integer realisasiVersi,
      @Schema(description = "Aggregate s.d. this triwulan (indicator's aggregation)") Nilai realisasiKumulatif,
      @Schema(description = "Realisasi of the triwulan / annual target") Nilai capaian,
      @Schema(description = "Aggregate s.d. the triwulan / annual target") Nilai capaianKumulatif,
      @Schema(description = "Against the triwulan target (PER_PERIOD or CUMULATIVE); null for the indicators without"
          + " a triwulan target mode (twTargetMode NONE)", nullable = true) Nilai capaianTargetTriwulan,
      @Schema(description = "Predicate of capaianKumulatif") Predikat predikat,
      @Schema(examples = "false") boolean terlambat,
      @Schema(description = "occurredAt of the newest event this figure reflects", examples = "2025-01-10T10:00:00+07:00") Instant asOf,
      @Schema(description = "Narrative of the version that counts (realisasiVersi); null when no version counts",
          nullable = true) NarasiView narasi) {
  }

  @Schema(name = "IndikatorTahunan", description = "The year of an indicator (s.d. the last reported triwulan).")
  public record IndikatorTahunan(Nilai realisasi, Nilai capaian,
      @Schema(description = "Capped score (equals raw without a cap)") Nilai capaianScore, Predikat predikat,
      @Schema(description = "Realisasi of the year / target akhir Renstra") Nilai tingkatKemajuan,
      @Schema(examples = "2025-01-10T10:00:00+07:00") Instant asOf,
      @Schema(description = "The year's narrative: that of the last triwulan whose realisasi counts in this view"
          + " (docs/domain.md §2.10); null when none counts", nullable = true) NarasiView narasi) {
  }

  @Schema(name = "IndikatorLaporan")
  public record IndikatorView(
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "Nilai SKM Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(examples = "S1") String sasaranKode,
      @Schema(examples = "true") boolean iku,
      @Schema(enumeration = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER" }, examples = "HIGHER_IS_BETTER") String polarity,
      @Schema(enumeration = { "SUM", "LAST", "AVERAGE", "RATIO_OF_SUMS", "MAX", "MIN" }, examples = "LAST")
      String aggregation,
      TargetView target,
      List<IndikatorTriwulan> triwulan,
      @Schema(description = "The year; null while the kecamatan-year has no figures", nullable = true)
      IndikatorTahunan tahunan) {
  }

  @Schema(name = "SasaranPeriode")
  public record SasaranPeriode(
      @Schema(description = "1..4 = triwulan, 0 = the year", examples = "0") int periode,
      @Schema(description = "Mean capaian of its indicators for the triwulan (against the annual target)") Nilai capaian,
      @Schema(description = "Mean of the s.d.-triwulan capaian (periode 0: the year)") Nilai capaianKumulatif,
      Cakupan cakupan, Predikat predikat, Rupiah pagu, Rupiah realisasiAnggaran,
      @Schema(description = "Serapan of the budget lines allocated to the sasaran; null when none is", nullable = true)
      Nilai serapan,
      @Schema(description = "pagu − realisasiAnggaran of the allocated lines; nilai null when nothing was reported or no"
          + " line is allocated") Rupiah sisa,
      @Schema(description = "Realisasi of the allocated lines exceeds their pagu (computed at this level); null when no"
          + " budget line is allocated to the sasaran", nullable = true, examples = "false") Boolean melebihiPagu,
      @Schema(description = "How much of the sasaran's pagu the serapan s.d. the periode rests on; null when no budget"
          + " line is allocated to the sasaran", nullable = true) CakupanPagu cakupanPagu,
      @Schema(description = "capaian − serapan in percentage points (local convention, docs/domain.md §2.5), only when the"
          + " sasaran's pagu is wholly reported (else NOT_REPORTED, docs/domain.md §2.9.9); null when no budget line is"
          + " allocated to the sasaran", nullable = true) Nilai efisiensi,
      @Schema(examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "SasaranLaporan")
  public record SasaranView(@Schema(examples = "S1") String kode,
      @Schema(examples = "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi") String uraian,
      List<SasaranPeriode> periode) {
  }

  @Schema(name = "AnggaranPeriode")
  public record AnggaranPeriode(
      @Schema(description = "1..4 = triwulan, 0 = the year", examples = "1") int periode,
      Rupiah realisasi, Rupiah realisasiKumulatif,
      @Schema(description = "Realisasi of the triwulan / annual pagu") Nilai serapan,
      @Schema(description = "Realisasi s.d. the triwulan / annual pagu") Nilai serapanKumulatif,
      @Schema(description = "Leaf lines with a counted realisasi") Cakupan cakupan,
      @Schema(description = "How much of the line's pagu has a realisasi in the triwulan (periode 0: in the year)",
          nullable = true) CakupanPagu cakupanPagu,
      @Schema(description = "How much of the line's pagu has a realisasi in any triwulan s.d. this one", nullable = true)
      CakupanPagu cakupanPaguKumulatif,
      @Schema(description = "Realisasi s.d. the triwulan exceeds pagu at this level (computed here, never inherited from"
          + " a line below)", examples = "false") boolean melebihiPagu,
      @Schema(description = "pagu − realisasi s.d. the triwulan; nilai null when nothing was reported") Rupiah sisa,
      @Schema(examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "AnggaranLaporan")
  public record AnggaranView(@Schema(examples = "7.01.05") String kode,
      @Schema(examples = "Program Penyelenggaraan Urusan Pemerintahan Umum") String nama,
      @Schema(enumeration = { "PROGRAM", "KEGIATAN", "SUB_KEGIATAN" }, examples = "PROGRAM") String level,
      @Schema(description = "The line above; null for a program", nullable = true, examples = "7.01.05") String parentKode,
      @Schema(description = "Sasaran the line is allocated to; null when none", nullable = true, examples = "S1")
      String sasaranKode, Rupiah pagu, List<AnggaranPeriode> periode) {
  }

  @Schema(name = "RingkasanKecamatan", description = "Kecamatan-level figures of one periode.")
  public record Ringkasan(
      @Schema(description = "1..4 = triwulan, 0 = the year", examples = "0") int periode,
      @Schema(description = "Overall capaian of the triwulan (mean by the kabupaten's overall mode)") Nilai capaian,
      @Schema(description = "Overall capaian s.d. the triwulan / of the year") Nilai capaianKumulatif,
      Cakupan cakupan, Predikat predikat, Rupiah pagu,
      @Schema(description = "Realisasi anggaran of the triwulan (periode 0: the year) over every budget line") Rupiah realisasiAnggaran,
      @Schema(description = "Realisasi anggaran s.d. the triwulan (periode 0: the year)") Rupiah realisasiKumulatif,
      @Schema(description = "Realisasi of the triwulan / Σ pagu") Nilai serapan,
      @Schema(description = "Realisasi s.d. the triwulan / Σ pagu") Nilai serapanKumulatif,
      @Schema(description = "Σ pagu − realisasi s.d. the triwulan (the kecamatan total's sisa); nilai null when nothing"
          + " was reported") Rupiah sisa,
      @Schema(description = "Realisasi s.d. the triwulan exceeds Σ pagu: computed on the kecamatan total itself,"
          + " never inherited from a line", examples = "false") boolean melebihiPagu,
      @Schema(description = "How much of the kecamatan's pagu has a realisasi in the triwulan (periode 0: in the year):"
          + " a serapan of 0,52 % on 0,52 % of the pagu is not spending", nullable = true) CakupanPagu cakupanPagu,
      @Schema(description = "How much of the pagu has a realisasi in any triwulan s.d. this one", nullable = true)
      CakupanPagu cakupanPaguKumulatif,
      @Schema(description = "Overall capaian − serapan s.d. the periode in percentage points, only when the whole pagu is"
          + " reported (else NOT_REPORTED, docs/domain.md §2.9.9)") Nilai efisiensi,
      @Schema(description = "Indicators whose capaian s.d. the triwulan is below 100", examples = "0") int dibawahTarget,
      @Schema(description = "Late entries", examples = "0") int terlambat,
      @Schema(examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "LaporanKecamatan", description = "Every figure of one kecamatan and year in one view.")
  public record LaporanKecamatan(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(description = "null while the kecamatan is known only from its plan", nullable = true, examples = "Mlarak")
      String kecamatanNama,
      @Schema(examples = "2024") int tahun,
      @Schema(description = "OFFICIAL: only VERIFIED/APPROVED realisasi; PROVISIONAL: SUBMITTED too",
          enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String tampilan,
      @Schema(description = "What the view counts, in the language of the answer",
          examples = "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung") Message tampilanKeterangan,
      @Schema(description = "How the overall capaian is averaged: over the IKU, or over the sasaran",
          enumeration = { "IKU", "SASARAN" }, examples = "IKU") String overallMode,
      Versi versi, Dihitung dihitung, List<Ringkasan> ringkasan, List<SasaranView> sasaran,
      List<IndikatorView> indikator, List<AnggaranView> anggaran,
      @Schema(description = "The budget by jenis belanja, a second view of the year's budget beside the program tree and"
          + " never added to it (docs/domain.md §2.12); empty when the plan has none") List<BelanjaView> belanja,
      @Schema(description = "The total of the jenis belanja view per periode (TW I–IV, then the year): Σ of its own"
          + " lines only; cakupan counts lines (lines reported of lines). Empty when the plan has none")
      List<AnggaranPeriode> belanjaTotal) {
  }

  @Schema(name = "BelanjaLaporan", description = "One jenis belanja with its serapan per periode (docs/domain.md §2.12)")
  public record BelanjaView(
      @Schema(description = "Rekening code of the jenis belanja", examples = "5.1.02") String kode,
      @Schema(examples = "Belanja Barang dan Jasa") String nama, Rupiah pagu, List<AnggaranPeriode> periode) {
  }
}
