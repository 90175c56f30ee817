package id.kinerja.reporting.service.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Predikat;
import id.kinerja.reporting.service.view.Views.Rupiah;
import id.kinerja.reporting.service.view.Views.TargetView;

/** The generated LKjIP tables (docs/domain.md §6): every number comes from the stored figures. */
public final class LkjipViews {

  private LkjipViews() {
  }

  @Schema(name = "PengukuranBaris", description = "A row of the Pengukuran Kinerja table.")
  public record PengukuranBaris(@Schema(examples = "S1") String sasaranKode,
      @Schema(description = "null when the plan has no sasaran of that kode", nullable = true,
          examples = "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi") String sasaranUraian,
      @Schema(examples = "IKU-SKM") String indikatorKode,
      @Schema(examples = "Nilai SKM Pelayanan Administrasi") String indikatorNama,
      @Schema(examples = "indeks") String satuan, TargetView target, Nilai realisasi, Nilai capaian, Predikat predikat,
      @Schema(description = "The year's narrative for the indicator's analysis: that of the last triwulan whose"
          + " realisasi counts in this view (docs/domain.md §2.10); null when none counts", nullable = true)
      Views.NarasiView narasi) {
  }

  @Schema(name = "PerbandinganBaris", description = "Realisasi over the years and against the Renstra end target.")
  public record PerbandinganBaris(@Schema(examples = "IKU-SKM") String indikatorKode,
      @Schema(examples = "Nilai SKM Pelayanan Administrasi") String indikatorNama,
      @Schema(description = "One entry per year, oldest first") List<TahunNilai> realisasi,
      @Schema(description = "Signed difference of each year to the year before") List<TahunNilai> selisih,
      @Schema(description = "Renstra end target; null when the plan sets none", nullable = true) TargetView targetAkhir,
      @Schema(description = "Year of the end target; null when the plan sets none", nullable = true, examples = "2026")
      Integer tahunTargetAkhir,
      @Schema(description = "Realisasi of the year / target akhir Renstra × 100") Nilai tingkatKemajuan) {
  }

  @Schema(name = "TahunNilai")
  public record TahunNilai(@Schema(examples = "2023") int tahun, Nilai nilai,
      @Schema(description = "Where the value comes from: SYSTEM (figures), the plan's history note (RENCANA when it"
          + " names none); null for a year without a value and for the differences", nullable = true,
          examples = "SYSTEM") String sumber) {
  }

  @Schema(name = "AnggaranBaris", description = "Budget realisation of one line for the year.")
  public record AnggaranBaris(@Schema(examples = "7.01.01") String kode,
      @Schema(examples = "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota") String nama,
      @Schema(enumeration = { "PROGRAM", "KEGIATAN", "SUB_KEGIATAN" }, examples = "PROGRAM") String level, Rupiah pagu,
      Rupiah realisasi, Nilai serapan, Rupiah sisa,
      @Schema(examples = "false") boolean melebihiPagu) {
  }

  @Schema(name = "EfisiensiBaris", description = "Efisiensi of one sasaran: capaian − serapan (percentage points).")
  public record EfisiensiBaris(@Schema(examples = "S1") String sasaranKode,
      @Schema(examples = "Meningkatnya kualitas pelayanan publik") String sasaranUraian, Rupiah pagu,
      Rupiah realisasi, Nilai serapan, Nilai capaian, Nilai efisiensi) {
  }

  @Schema(name = "PkBaris", description = "One ditetapkan PK version with its indicators and budget lines.")
  public record PkBaris(@Schema(examples = "PK-2024-CAMAT") String id, @Schema(examples = "1") int versi,
      @Schema(enumeration = { "AWAL", "PERUBAHAN" }, examples = "PERUBAHAN") String jenis,
      @Schema(description = "Date of the PK; null when not recorded", nullable = true, examples = "2024-10-23") String tanggal,
      @Schema(examples = "Camat Mlarak (Camat)") String pihakPertama,
      @Schema(description = "null when the PK names none", nullable = true, examples = "Bupati Ponorogo (Bupati)")
      String pihakKedua,
      List<PkIndikator> indikator, List<PkAnggaran> anggaran) {
  }

  @Schema(name = "PkIndikator")
  public record PkIndikator(@Schema(examples = "IKU-SKM") String kode,
      @Schema(description = "null when the plan has no indicator of that kode", nullable = true,
          examples = "Nilai SKM Pelayanan Administrasi") String nama,
      @Schema(description = "null when the plan has no indicator of that kode", nullable = true, examples = "indeks")
      String satuan,
      @Schema(description = "null when the plan has no indicator of that kode", nullable = true) TargetView target) {
  }

  @Schema(name = "PkAnggaran")
  public record PkAnggaran(@Schema(examples = "7.01.05") String kode,
      @Schema(description = "null when the plan has no budget line of that kode", nullable = true,
          examples = "Program Penyelenggaraan Urusan Pemerintahan Umum") String nama, Rupiah pagu) {
  }

  @Schema(name = "LkjipTabel", description = "The LKjIP tables of a kecamatan and year.")
  public record Lkjip(@Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(description = "null while the kecamatan is known only from its plan", nullable = true, examples = "Mlarak")
      String kecamatanNama,
      @Schema(examples = "2024") int tahun,
      @Schema(enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String tampilan,
      @Schema(description = "What the view counts, in the language of the answer",
          examples = "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung") Message tampilanKeterangan,
      Views.Versi versi, Views.Dihitung dihitung,
      List<PengukuranBaris> pengukuranKinerja, List<PerbandinganBaris> perbandingan,
      List<AnggaranBaris> realisasiAnggaran, Rupiah paguTotal, Rupiah realisasiTotal, Nilai serapanTotal,
      @Schema(description = "paguTotal − realisasiTotal; nilai null when nothing was reported") Rupiah sisaTotal,
      @Schema(description = "realisasiTotal exceeds paguTotal: computed on the kecamatan total itself, never inherited"
          + " from a line", examples = "false") boolean melebihiPaguTotal,
      List<EfisiensiBaris> efisiensi, Nilai capaianRataRata, Nilai efisiensiTotal, List<PkBaris> perjanjianKinerja,
      @Schema(description = "Realisasi of the year by jenis belanja, a view of its own beside realisasiAnggaran and never"
          + " added to it (docs/domain.md §2.12); empty when the plan has none") List<BelanjaBaris> realisasiBelanja,
      @Schema(description = "Total of realisasiBelanja; null when the plan has no budget by jenis belanja",
          nullable = true) BelanjaTotal belanjaTotal) {
  }

  @Schema(name = "BelanjaBaris", description = "Budget realisation of one jenis belanja for the year.")
  public record BelanjaBaris(@Schema(examples = "5.1.02") String kode,
      @Schema(examples = "Belanja Barang dan Jasa") String nama, Rupiah pagu, Rupiah realisasi, Nilai serapan,
      Rupiah sisa, @Schema(examples = "false") boolean melebihiPagu) {
  }

  @Schema(name = "BelanjaTotal", description = "The total of the jenis belanja view for the year, over its own lines;"
      + " cakupan counts lines (lines reported of lines).")
  public record BelanjaTotal(Rupiah pagu, Rupiah realisasi, Nilai serapan, Rupiah sisa,
      @Schema(examples = "false") boolean melebihiPagu, Views.Cakupan cakupan) {
  }
}
