package id.kinerja.reporting.export;

import static id.kinerja.reporting.domain.ReportingMessages.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;

/**
 * The LKjIP tables of one kecamatan and year as a workbook, one sheet per table (docs/domain.md §6 (1)–(5)), laid out
 * for printing ({@link Xlsx}): labels from the catalogue, figures as numbers.
 */
@ApplicationScoped
public class LkjipXlsx {

  /** The row of each sheet's column header, under the three title lines and a blank row. */
  static final int HEADER = 4;

  public void write(LkjipViews.Lkjip t, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx x = new Xlsx(wb);
      pengukuran(x, wb, sheet(wb, x.t(XLSX_SHEET_PENGUKURAN)), t);
      perbandingan(x, wb, sheet(wb, x.t(XLSX_SHEET_PERBANDINGAN)), t);
      realisasiAnggaran(x, wb, sheet(wb, x.t(XLSX_SHEET_ANGGARAN)), t);
      efisiensi(x, wb, sheet(wb, x.t(XLSX_SHEET_EFISIENSI)), t);
      perjanjianKinerja(x, wb, sheet(wb, x.t(XLSX_SHEET_PK)), t);
      wb.write(out);
    }
  }

  private static Sheet sheet(XSSFWorkbook wb, String name) {
    return wb.createSheet(name);
  }

  /** (1) Pengukuran Kinerja: target, realisasi, capaian and predicate per indicator, and the mean capaian. */
  private static void pengukuran(Xlsx x, XSSFWorkbook wb, Sheet s, LkjipViews.Lkjip t) {
    Xlsx.widths(s, 34, 44, 10, 12, 12, 12, 16);
    String judul = x.t(XLSX_SHEET_PENGUKURAN);
    title(x, s, 7, judul, t);
    Row h = s.createRow(HEADER);
    x.header(h, x.t(XLSX_SASARAN), x.t(XLSX_INDIKATOR), x.t(XLSX_SATUAN), x.t(XLSX_TARGET), x.t(XLSX_REALISASI),
        x.t(XLSX_CAPAIAN), x.t(XLSX_PREDIKAT));
    x.fit(s, h);
    int r = HEADER + 1;
    for (LkjipViews.PengukuranBaris b : t.pengukuranKinerja()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.sasaranUraian());
      x.text(row, 1, b.indikatorNama());
      x.text(row, 2, b.satuan());
      target(x, row, 3, b.target());
      x.nilai(row, 4, b.realisasi());
      x.nilai(row, 5, b.capaian());
      x.text(row, 6, b.predikat().label());
      x.fit(s, row);
    }
    Row mean = s.createRow(r);
    x.label(mean, 0, x.t(XLSX_RATA_RATA_CAPAIAN));
    for (int c = 1; c <= 4; c++) {
      x.label(mean, c, "");
    }
    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 4));
    x.nilai(mean, 5, t.capaianRataRata());
    x.text(mean, 6, null);
    x.fit(s, mean);
    x.print(wb, s, HEADER, 7, r, footer(x, judul, t));
  }

  /** A numeric target as a number; a range or a text target as it is written. */
  private static void target(Xlsx x, Row row, int col, Views.TargetView target) {
    if (target == null) {
      x.absent(row, col, "NO_TARGET");
    } else if (target.nilai() != null) {
      x.number(row, col, target.nilai());
    } else {
      x.text(row, col, target.tampil());
    }
  }

  /** (2) Realisasi of the previous years with signed differences, and the tingkat kemajuan. */
  private static void perbandingan(Xlsx x, XSSFWorkbook wb, Sheet s, LkjipViews.Lkjip t) {
    int years = t.perbandingan().stream().mapToInt(p -> p.realisasi().size()).max().orElse(0);
    int columns = 1 + years + Math.max(0, years - 1) + 2;
    int[] widths = new int[columns];
    widths[0] = 44;
    for (int i = 1; i < columns; i++) {
      widths[i] = 13;
    }
    widths[columns - 2] = 16;
    Xlsx.widths(s, widths);
    String judul = x.t(XLSX_JUDUL_PERBANDINGAN);
    title(x, s, columns, judul, t);
    Row h = s.createRow(HEADER);
    x.header(h, 0, x.t(XLSX_INDIKATOR));
    int col = 1;
    LkjipViews.PerbandinganBaris first = t.perbandingan().isEmpty() ? null : t.perbandingan().get(0);
    for (int i = 0; i < years; i++) {
      x.header(h, col++, x.t(XLSX_REALISASI_TAHUN, "tahun", first.realisasi().get(i).tahun()));
    }
    for (int i = 1; i < years; i++) {
      x.header(h, col++, x.t(XLSX_SELISIH_TAHUN, "tahun", first.realisasi().get(i).tahun()));
    }
    x.header(h, col++, x.t(XLSX_TARGET_AKHIR));
    x.header(h, col, x.t(XLSX_TINGKAT_KEMAJUAN));
    x.fit(s, h);
    int r = HEADER + 1;
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
      if (b.targetAkhir() == null) {
        x.absent(row, c++, "NO_TARGET");
      } else {
        x.text(row, c++, x.t(XLSX_TARGET_AKHIR_TAHUN, "target", b.targetAkhir().tampil(), "tahun", b.tahunTargetAkhir()));
      }
      x.nilai(row, c, b.tingkatKemajuan());
      x.fit(s, row);
    }
    x.print(wb, s, HEADER, columns, r - 1, footer(x, judul, t));
  }

  /** (3) Realisasi anggaran per program / kegiatan / sub kegiatan, and the total of the programs. */
  private static void realisasiAnggaran(Xlsx x, XSSFWorkbook wb, Sheet s, LkjipViews.Lkjip t) {
    Xlsx.widths(s, 20, 44, 12, 16, 16, 11, 16, 10);
    String judul = x.t(XLSX_JUDUL_ANGGARAN);
    title(x, s, 8, judul, t);
    Row h = s.createRow(HEADER);
    x.header(h, x.t(XLSX_KODE), x.t(XLSX_PROGRAM_KEGIATAN), x.t(XLSX_LEVEL), x.t(XLSX_PAGU), x.t(XLSX_REALISASI_RP),
        x.t(XLSX_SERAPAN), x.t(XLSX_SISA), x.t(XLSX_MELEBIHI_PAGU));
    x.fit(s, h);
    int r = HEADER + 1;
    for (LkjipViews.AnggaranBaris b : t.realisasiAnggaran()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.kode());
      x.text(row, 1, b.nama());
      x.text(row, 2, level(x, b.level()));
      x.rupiah(row, 3, b.pagu());
      x.rupiah(row, 4, b.realisasi());
      x.nilai(row, 5, b.serapan());
      x.rupiah(row, 6, b.sisa());
      x.text(row, 7, b.melebihiPagu() ? x.t(XLSX_YA) : "");
      x.fit(s, row);
    }
    Row total = s.createRow(r);
    x.label(total, 0, x.t(XLSX_JUMLAH_PROGRAM));
    x.label(total, 1, "");
    x.label(total, 2, "");
    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 2));
    x.rupiah(total, 3, t.paguTotal());
    x.rupiah(total, 4, t.realisasiTotal());
    x.nilai(total, 5, t.serapanTotal());
    x.text(total, 6, null);
    x.text(total, 7, null);
    x.fit(s, total);
    x.print(wb, s, HEADER, 8, r, footer(x, judul, t));
  }

  private static String level(Xlsx x, String level) {
    return switch (level == null ? "" : level) {
      case "PROGRAM" -> x.t(XLSX_LEVEL_PROGRAM);
      case "KEGIATAN" -> x.t(XLSX_LEVEL_KEGIATAN);
      case "SUB_KEGIATAN" -> x.t(XLSX_LEVEL_SUB_KEGIATAN);
      default -> level;
    };
  }

  /** (4) Kinerja and anggaran: efisiensi per sasaran. */
  private static void efisiensi(Xlsx x, XSSFWorkbook wb, Sheet s, LkjipViews.Lkjip t) {
    Xlsx.widths(s, 44, 16, 16, 13, 13, 14);
    String judul = x.t(XLSX_JUDUL_EFISIENSI);
    title(x, s, 6, judul, t);
    Row h = s.createRow(HEADER);
    x.header(h, x.t(XLSX_SASARAN), x.t(XLSX_ANGGARAN), x.t(XLSX_REALISASI_RP), x.t(XLSX_SERAPAN), x.t(XLSX_CAPAIAN),
        x.t(XLSX_EFISIENSI));
    x.fit(s, h);
    int r = HEADER + 1;
    for (LkjipViews.EfisiensiBaris b : t.efisiensi()) {
      Row row = s.createRow(r++);
      x.text(row, 0, b.sasaranUraian());
      x.rupiah(row, 1, b.pagu());
      x.rupiah(row, 2, b.realisasi());
      x.nilai(row, 3, b.serapan());
      x.nilai(row, 4, b.capaian());
      x.nilai(row, 5, b.efisiensi());
      x.fit(s, row);
    }
    x.print(wb, s, HEADER, 6, r - 1, footer(x, x.t(XLSX_SHEET_EFISIENSI), t));
  }

  /** (5) Perjanjian Kinerja: one row per indicator and per program of each agreement. */
  private static void perjanjianKinerja(Xlsx x, XSSFWorkbook wb, Sheet s, LkjipViews.Lkjip t) {
    Xlsx.widths(s, 16, 8, 13, 14, 24, 24, 40, 18);
    String judul = x.t(XLSX_SHEET_PK);
    title(x, s, 8, judul, t);
    Row h = s.createRow(HEADER);
    x.header(h, x.t(XLSX_PK), x.t(XLSX_VERSI_PK), x.t(XLSX_JENIS), x.t(XLSX_TANGGAL), x.t(XLSX_PIHAK_PERTAMA),
        x.t(XLSX_PIHAK_KEDUA), x.t(XLSX_INDIKATOR_PROGRAM), x.t(XLSX_TARGET_ANGGARAN));
    x.fit(s, h);
    int r = HEADER + 1;
    for (LkjipViews.PkBaris pk : t.perjanjianKinerja()) {
      for (LkjipViews.PkIndikator i : pk.indikator()) {
        Row row = pkRow(x, s, r++, pk);
        x.text(row, 6, i.nama());
        if (i.target() != null && i.target().nilai() != null) {
          x.number(row, 7, i.target().nilai());
        } else {
          x.text(row, 7, i.target() == null ? null : i.target().tampil());
        }
        x.fit(s, row);
      }
      for (LkjipViews.PkAnggaran a : pk.anggaran()) {
        Row row = pkRow(x, s, r++, pk);
        x.text(row, 6, a.kode() + " " + a.nama());
        x.rupiah(row, 7, a.pagu());
        x.fit(s, row);
      }
    }
    x.print(wb, s, HEADER, 8, r - 1, footer(x, judul, t));
  }

  private static Row pkRow(Xlsx x, Sheet s, int r, LkjipViews.PkBaris pk) {
    Row row = s.createRow(r);
    x.text(row, 0, pk.id());
    x.count(row, 1, pk.versi());
    x.text(row, 2, "PERUBAHAN".equals(pk.jenis()) ? x.t(XLSX_JENIS_PERUBAHAN)
        : "AWAL".equals(pk.jenis()) ? x.t(XLSX_JENIS_AWAL) : pk.jenis());
    x.text(row, 3, tanggal(x, pk.tanggal()));
    x.text(row, 4, pk.pihakPertama());
    x.text(row, 5, pk.pihakKedua());
    return row;
  }

  /** "2024-10-23" as "23 Oktober 2024"; what the plan holds when it is no date. */
  private static String tanggal(Xlsx x, String tanggal) {
    if (tanggal == null) {
      return null;
    }
    try {
      return x.value(LocalDate.parse(tanggal));
    } catch (DateTimeParseException e) {
      return tanggal;
    }
  }

  /** The sheet's title, the kecamatan and view, and the versions the figures were computed with. */
  private static void title(Xlsx x, Sheet s, int columns, String title, LkjipViews.Lkjip t) {
    Views.Versi v = t.versi();
    x.titles(s, columns, title, subtitle(x, t), x.t(XLSX_VERSI, "rencana", v.planVersi(), "skala",
        v.skalaVersi() == null ? "–" : v.skalaVersi(), "aturan", v.ruleVersi(), "data",
        t.dihitung().asOf() == null ? "–" : t.dihitung().asOf()));
  }

  private static String subtitle(Xlsx x, LkjipViews.Lkjip t) {
    return x.t(XLSX_SUBJUDUL, "nama", t.kecamatanNama() == null ? t.kecamatanKode() : t.kecamatanNama(), "kode",
        t.kecamatanKode(), "tahun", t.tahun(), "tampilan", t.tampilanKeterangan());
  }

  private static String footer(Xlsx x, String judul, LkjipViews.Lkjip t) {
    return judul + " — " + (t.kecamatanNama() == null ? t.kecamatanKode() : t.kecamatanNama()) + " " + t.tahun();
  }
}
