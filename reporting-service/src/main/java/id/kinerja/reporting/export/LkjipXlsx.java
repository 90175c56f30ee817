package id.kinerja.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;

/** The LKjIP tables of one kecamatan and year as a workbook, one sheet per table (docs/domain.md §6 (1)–(5)). */
@ApplicationScoped
public class LkjipXlsx {

  public void write(LkjipViews.Lkjip t, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx x = new Xlsx(wb);
      String judul = "Kecamatan " + (t.kecamatanNama() == null ? t.kecamatanKode() : t.kecamatanNama()) + " ("
          + t.kecamatanKode() + ") tahun " + t.tahun() + " — " + ExportText.id(t.tampilanKeterangan());
      pengukuran(x, wb.createSheet("Pengukuran Kinerja"), judul, t);
      perbandingan(x, wb.createSheet("Perbandingan"), judul, t);
      realisasiAnggaran(x, wb.createSheet("Realisasi Anggaran"), judul, t);
      efisiensi(x, wb.createSheet("Efisiensi"), judul, t);
      perjanjianKinerja(x, wb.createSheet("Perjanjian Kinerja"), judul, t);
      wb.write(out);
    }
  }

  /** (1) Pengukuran Kinerja: target, realisasi, capaian and predicate per indicator, and the mean capaian. */
  private static void pengukuran(Xlsx x, Sheet s, String judul, LkjipViews.Lkjip t) {
    title(x, s, "Pengukuran Kinerja", judul, t);
    x.header(s.createRow(4), "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat");
    int r = 5;
    for (LkjipViews.PengukuranBaris b : t.pengukuranKinerja()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.sasaranUraian());
      x.text(row, 1, b.indikatorNama());
      x.text(row, 2, b.satuan());
      x.text(row, 3, b.target() == null ? null : b.target().tampil());
      x.nilai(row, 4, b.realisasi());
      x.nilai(row, 5, b.capaian());
      x.text(row, 6, b.predikat().label());
    }
    Row mean = s.createRow(r);
    x.text(mean, 1, "Rata-rata capaian (indikator yang berkapaian)");
    x.nilai(mean, 5, t.capaianRataRata());
    widths(s, 40, 50, 12, 14, 14, 14, 18);
  }

  /** (2) Realisasi of the previous years with signed differences, and the tingkat kemajuan. */
  private static void perbandingan(Xlsx x, Sheet s, String judul, LkjipViews.Lkjip t) {
    title(x, s, "Realisasi tahun-tahun sebelumnya dan tingkat kemajuan", judul, t);
    int years = t.perbandingan().stream().mapToInt(p -> p.realisasi().size()).max().orElse(0);
    Row h = s.createRow(4);
    x.header(h, "Indikator");
    int col = 1;
    LkjipViews.PerbandinganBaris first = t.perbandingan().isEmpty() ? null : t.perbandingan().get(0);
    for (int i = 0; i < years; i++) {
      x.header(h, col++, "Realisasi " + (first == null ? "" : first.realisasi().get(i).tahun()));
    }
    for (int i = 1; i < years; i++) {
      x.header(h, col++, "Selisih " + (first == null ? "" : first.realisasi().get(i).tahun()));
    }
    x.header(h, col++, "Target akhir Renstra");
    x.header(h, col, "Tingkat kemajuan (%)");
    int r = 5;
    for (LkjipViews.PerbandinganBaris b : t.perbandingan()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.indikatorNama());
      int c = 1;
      for (LkjipViews.TahunNilai v : b.realisasi()) {
        x.nilai(row, c++, v.nilai());
      }
      for (LkjipViews.TahunNilai v : b.selisih()) {
        x.nilai(row, c++, v.nilai());
      }
      x.text(row, c++, b.targetAkhir() == null ? null : b.targetAkhir().tampil() + " (" + b.tahunTargetAkhir() + ")");
      x.nilai(row, c, b.tingkatKemajuan());
    }
    widths(s, 50, 14, 14, 14, 14, 14, 18, 18);
  }

  /** (3) Realisasi anggaran per program / kegiatan / sub kegiatan, and the total of the programs. */
  private static void realisasiAnggaran(Xlsx x, Sheet s, String judul, LkjipViews.Lkjip t) {
    title(x, s, "Realisasi anggaran per program / kegiatan / sub kegiatan", judul, t);
    x.header(s.createRow(4), "Kode", "Program / Kegiatan / Sub Kegiatan", "Level", "Pagu (Rp)", "Realisasi (Rp)",
        "Serapan (%)", "Sisa (Rp)", "Melebihi pagu");
    int r = 5;
    for (LkjipViews.AnggaranBaris b : t.realisasiAnggaran()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.kode());
      x.text(row, 1, b.nama());
      x.text(row, 2, b.level());
      x.rupiah(row, 3, b.pagu());
      x.rupiah(row, 4, b.realisasi());
      x.nilai(row, 5, b.serapan());
      x.rupiah(row, 6, b.sisa());
      x.text(row, 7, b.melebihiPagu() ? "YA" : "");
    }
    Row total = s.createRow(r);
    x.text(total, 1, "Jumlah (Σ program)");
    x.rupiah(total, 3, t.paguTotal());
    x.rupiah(total, 4, t.realisasiTotal());
    x.nilai(total, 5, t.serapanTotal());
    widths(s, 22, 50, 14, 18, 18, 12, 18, 12);
  }

  /** (4) Kinerja and anggaran: efisiensi per sasaran. */
  private static void efisiensi(Xlsx x, Sheet s, String judul, LkjipViews.Lkjip t) {
    title(x, s, "Kinerja dan anggaran: efisiensi = % capaian kinerja − % serapan anggaran (poin)", judul, t);
    x.header(s.createRow(4), "Sasaran", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Capaian (%)",
        "Efisiensi (poin)");
    int r = 5;
    for (LkjipViews.EfisiensiBaris b : t.efisiensi()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.sasaranUraian());
      x.rupiah(row, 1, b.pagu());
      x.rupiah(row, 2, b.realisasi());
      x.nilai(row, 3, b.serapan());
      x.nilai(row, 4, b.capaian());
      x.nilai(row, 5, b.efisiensi());
    }
    widths(s, 50, 18, 18, 14, 14, 16);
  }

  /** (5) Perjanjian Kinerja: one row per indicator and per program of each agreement. */
  private static void perjanjianKinerja(Xlsx x, Sheet s, String judul, LkjipViews.Lkjip t) {
    title(x, s, "Perjanjian Kinerja", judul, t);
    x.header(s.createRow(4), "PK", "Versi", "Jenis", "Tanggal", "Pihak pertama", "Pihak kedua", "Indikator / Program",
        "Target / Anggaran");
    int r = 5;
    for (LkjipViews.PkBaris pk : t.perjanjianKinerja()) {
      for (LkjipViews.PkIndikator i : pk.indikator()) {
        Row row = pkRow(x, s, r++, pk);
        x.text(row, 6, i.nama());
        x.text(row, 7, i.target() == null ? null : i.target().tampil() + " " + (i.satuan() == null ? "" : i.satuan()));
      }
      for (LkjipViews.PkAnggaran a : pk.anggaran()) {
        Row row = pkRow(x, s, r++, pk);
        x.text(row, 6, a.kode() + " " + a.nama());
        x.rupiah(row, 7, a.pagu());
      }
    }
    widths(s, 18, 8, 12, 12, 24, 24, 50, 20);
  }

  private static Row pkRow(Xlsx x, Sheet s, int r, LkjipViews.PkBaris pk) {
    Row row = s.createRow(r);
    x.text(row, 0, pk.id());
    x.text(row, 1, Integer.toString(pk.versi()));
    x.text(row, 2, pk.jenis());
    x.text(row, 3, pk.tanggal());
    x.text(row, 4, pk.pihakPertama());
    x.text(row, 5, pk.pihakKedua());
    return row;
  }

  static void title(Xlsx x, Sheet s, String title, String subtitle, LkjipViews.Lkjip t) {
    Row r0 = s.createRow(0);
    r0.createCell(0).setCellValue(title);
    r0.getCell(0).setCellStyle(x.title);
    s.createRow(1).createCell(0).setCellValue(subtitle);
    Views.Versi v = t.versi();
    s.createRow(2).createCell(0).setCellValue("Versi rencana " + v.planVersi() + ", skala predikat "
        + (v.skalaVersi() == null ? "–" : v.skalaVersi()) + ", aturan " + v.ruleVersi() + "; data s.d. "
        + (t.dihitung().asOf() == null ? "–" : t.dihitung().asOf().toString()) + ". Angka dalam format id-ID, mis. "
        + IdFormat.decimal(new java.math.BigDecimal("123.75")) + ".");
  }

  static void widths(Sheet s, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      s.setColumnWidth(i, chars[i] * 256);
    }
  }
}
