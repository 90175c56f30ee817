package id.kinerja.reporting.export;

import static id.kinerja.reporting.domain.ReportingMessages.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.i18n.Messages;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.service.view.PohonViews.Indikator;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.PohonViews.Pohon;
import id.kinerja.reporting.service.view.PohonViews.Simpul;
import id.kinerja.reporting.service.view.PohonViews.TanpaTautan;
import id.kinerja.reporting.service.view.Views;

/**
 * The pohon kinerja as an indented workbook (issue #19). Sheet "Pohon Kinerja": one row per node in the tree's order,
 * its depth shown by the indentation of the uraian cell and by an outline level (the rows beneath a node are grouped
 * under it and fold away), followed by one row per indicator of the node (one level deeper): jenis, kode, uraian,
 * kecamatan, indikator, target, realisasi, capaian, predikat, cakupan, pagu, realisasi anggaran, serapan. Sheet "Tanpa
 * Tautan": the audit of nodes that link nowhere and broken links. Cells, styles and the print layout are those of the
 * other report workbooks ({@link Xlsx}): figures are numeric cells in an Indonesian number format, an absent figure is
 * the text "– belum dilaporkan" (never 0); a node without anggaran leaves the budget cells empty.
 */
@ApplicationScoped
public class PohonKinerjaXlsx {

  static final int COLUMNS = 13;
  static final int URAIAN = 2;
  /** Spreadsheets group rows at most 7 levels deep. */
  static final int MAX_OUTLINE = 7;
  private static final Pattern NUMBER_ID = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");

  /** Writes the workbook; see {@link #render}. */
  public void write(Pohon pohon, Locale locale, ZoneId zone, Map<String, String> namaKecamatan, OutputStream out)
      throws IOException {
    out.write(render(pohon, locale, zone, namaKecamatan));
  }

  /**
   * The workbook as bytes.
   *
   * @param locale Bahasa Indonesia ({@code Messages.INDONESIAN}) or English ({@code Messages.ENGLISH}) labels
   * @param zone the kabupaten's zone, for the as-of time
   * @param namaKecamatan kecamatan kode → name for the kecamatan column; may be empty (the kode is written)
   */
  public static byte[] render(Pohon pohon, Locale locale, ZoneId zone, Map<String, String> namaKecamatan) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new Writer(wb, pohon, locale == null ? Messages.INDONESIAN : locale, zone == null ? ZoneId.of("Asia/Jakarta") : zone,
          namaKecamatan == null ? Map.of() : namaKecamatan).write();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    final Workbook wb;
    final Pohon p;
    final Locale locale;
    final ZoneId zone;
    final Map<String, String> nama;
    final Xlsx x;
    final boolean indonesian;
    final Map<Integer, CellStyle> indented = new HashMap<>();
    final Map<Integer, CellStyle> indentedBold = new HashMap<>();
    Sheet s;

    Writer(Workbook wb, Pohon p, Locale locale, ZoneId zone, Map<String, String> nama) {
      this.wb = wb;
      this.p = p;
      this.locale = locale;
      this.zone = zone;
      this.nama = nama;
      this.x = new Xlsx(wb);
      this.indonesian = !"en".equals(locale.getLanguage());
    }

    String t(MessageKey key, Object... args) {
      return Message.of(key, args).render(locale, zone);
    }

    void write() {
      tree();
      audit();
    }

    String judul() {
      String kabupaten = p.kabupatenNama() == null ? p.kabupatenKode() : p.kabupatenNama();
      if (p.kecamatanKode() == null) {
        return t(POHON_JUDUL_KABUPATEN, "kabupaten", kabupaten, "tahun", p.tahun());
      }
      return t(POHON_JUDUL_KECAMATAN, "kecamatan", p.kecamatanNama() == null ? p.kecamatanKode() : p.kecamatanNama(),
          "kabupaten", kabupaten, "tahun", p.tahun());
    }

    String subjudul() {
      String periode;
      if (p.periode() <= 0) {
        periode = t(POHON_PERIODE_TAHUN, "tahun", p.tahun());
      } else {
        String[] roman = { "I", "II", "III", "IV" };
        periode = t(POHON_PERIODE_TRIWULAN, "triwulan", p.periode() <= 4 ? roman[p.periode() - 1] : p.periode(),
            "tahun", p.tahun());
      }
      String rpjmd = p.rpjmdKode() == null ? "" : "; " + t(POHON_RPJMD, "kode", p.rpjmdKode());
      return periode + rpjmd + ". " + t("PROVISIONAL".equals(p.basis()) ? TAMPILAN_PROVISIONAL : TAMPILAN_OFFICIAL)
          + ". " + t(POHON_DATA_SD, "waktu", p.asOf() == null ? "–" : Messages.format(p.asOf(), locale, zone)) + ".";
    }

    // ---- sheet 1: the tree --------------------------------------------------------------------------------------

    void tree() {
      s = wb.createSheet(t(POHON_SHEET));
      Xlsx.widths(s, 16, 16, 48, 16, 34, 11, 11, 11, 16, 18, 16, 16, 11);
      String judul = judul();
      String[] lines = p.visi() == null || p.visi().isBlank() ? new String[] { judul, subjudul() }
          : new String[] { judul, subjudul(), t(POHON_VISI, "visi", p.visi()) };
      int r = x.titles(s, COLUMNS, lines);
      r++;
      int header = r;
      Row h = s.createRow(r++);
      x.header(h, t(XLSX_JENIS), t(XLSX_KODE), t(POHON_KOLOM_URAIAN), t(XLSX_KECAMATAN), t(XLSX_INDIKATOR),
          t(XLSX_TARGET), t(XLSX_REALISASI), t(XLSX_CAPAIAN), t(XLSX_PREDIKAT), t(XLSX_CAKUPAN), t(XLSX_PAGU),
          t(POHON_KOLOM_REALISASI_ANGGARAN), t(XLSX_SERAPAN));
      x.fit(s, h);
      s.setRowSumsBelow(false); // a node stands above the rows it groups
      List<Simpul> akar = p.akar() == null ? List.of() : p.akar();
      for (Simpul n : akar) {
        r = node(n, 0, r);
      }
      if (akar.isEmpty()) {
        Row row = s.createRow(r++);
        x.text(row, 0, t(POHON_KOSONG));
      }
      x.print(wb, s, header, COLUMNS, r - 1, judul);
      s.getFooter().setCenter(t(XLSX_HALAMAN, "halaman", "&P", "jumlah", "&N"));
    }

    /** The node's row, its indicators' rows and its children's; answers the next free row. */
    int node(Simpul n, int depth, int r) {
      Row row = s.createRow(r++);
      int first = r;
      x.text(row, 0, jenis(n.jenis()));
      x.text(row, 1, n.kode());
      Cell u = row.createCell(URAIAN);
      u.setCellStyle(indent(depth, depth == 0));
      u.setCellValue(n.uraian() == null ? "" : n.uraian());
      x.text(row, 3, kecamatan(n.kecamatanKode()));
      List<Indikator> ind = n.indikator() == null ? List.of() : n.indikator();
      x.text(row, 4, null);
      x.text(row, 5, null);
      x.text(row, 6, null);
      if (PohonKinerjaPdf.tanpaIndikator(n)) {
        Cell c = row.createCell(7);
        c.setCellStyle(x.absent);
        c.setCellValue(t(XLSX_TANPA, "sebab", t(POHON_TANPA_INDIKATOR)));
      } else {
        nilai(row, 7, n.capaian());
      }
      x.text(row, 8, PohonKinerjaPdf.hasValue(n.capaian()) && n.predikat() != null ? n.predikat().label() : null);
      x.text(row, 9, n.cakupan() == null || n.cakupan().teks() == null ? null : n.cakupan().teks().render(locale, zone));
      boolean budget = n.pagu() != null && n.pagu().nilai() != null;
      rupiah(row, 10, budget ? n.pagu() : null, false);
      rupiah(row, 11, budget ? n.realisasiAnggaran() : null, budget);
      if (budget) {
        nilai(row, 12, n.serapan());
      } else {
        x.text(row, 12, null);
      }
      fit(row);
      for (Indikator i : ind) {
        Row ir = s.createRow(r++);
        x.text(ir, 0, t(POHON_JENIS_INDIKATOR));
        x.text(ir, 1, i.kode());
        Cell c = ir.createCell(URAIAN);
        c.setCellStyle(indent(depth + 1, false));
        x.text(ir, 3, kecamatan(i.kecamatanKode()));
        x.text(ir, 4, i.nama() + (i.satuan() == null ? "" : " (" + i.satuan() + ")"));
        angka(ir, 5, i.target(), false);
        angka(ir, 6, i.realisasi(), true);
        nilai(ir, 7, i.capaian());
        x.text(ir, 8, PohonKinerjaPdf.hasValue(i.capaian()) && i.predikat() != null ? i.predikat().label() : null);
        for (int col = 9; col < COLUMNS; col++) {
          x.text(ir, col, null);
        }
        fit(ir);
      }
      if (n.anak() != null) {
        for (Simpul c : n.anak()) {
          r = node(c, depth + 1, r);
        }
      }
      if (r > first && depth < MAX_OUTLINE) {
        s.groupRow(first, r - 1);
      }
      return r;
    }

    /** Row height from the wrapped texts, the indentation taken off the uraian column's width. */
    void fit(Row row) {
      x.fit(s, row);
    }

    CellStyle indent(int depth, boolean bold) {
      Map<Integer, CellStyle> cache = bold ? indentedBold : indented;
      return cache.computeIfAbsent(depth, d -> {
        CellStyle st = wb.createCellStyle();
        st.cloneStyleFrom(bold ? x.labelBold : x.text);
        st.setIndention((short) Math.min(15, d * 2));
        return st;
      });
    }

    String jenis(JenisSimpul j) {
      return t(switch (j) {
        case RPJMD_TUJUAN -> POHON_JENIS_RPJMD_TUJUAN;
        case RPJMD_SASARAN -> POHON_JENIS_RPJMD_SASARAN;
        case TUJUAN -> POHON_JENIS_TUJUAN;
        case SASARAN -> POHON_JENIS_SASARAN;
        case INDIKATOR -> POHON_JENIS_INDIKATOR;
        case ANGGARAN -> POHON_JENIS_ANGGARAN;
      });
    }

    String kecamatan(String kode) {
      return kode == null ? null : nama.getOrDefault(kode, kode);
    }

    /** A capaian or serapan: its display value as a number, or "– belum dilaporkan" (never 0). */
    void nilai(Row row, int col, Views.Nilai n) {
      if (PohonKinerjaPdf.hasValue(n)) {
        Cell c = row.createCell(col);
        c.setCellStyle(x.decimal);
        c.setCellValue(n.display().doubleValue());
      } else {
        absent(row, col, n == null ? null : n.status());
      }
    }

    void rupiah(Row row, int col, Views.Rupiah v, boolean expected) {
      if (v != null && v.nilai() != null) {
        Cell c = row.createCell(col);
        c.setCellStyle(x.rupiah);
        c.setCellValue(v.nilai());
      } else if (expected) {
        absent(row, col, null);
      } else {
        x.text(row, col, null);
      }
    }

    /** A target or realisasi the view wrote in id-ID: a number where it is one, else its text; absent when null. */
    void angka(Row row, int col, String idText, boolean expected) {
      if (idText == null) {
        if (expected) {
          absent(row, col, null);
        } else {
          x.text(row, col, null);
        }
        return;
      }
      String v = idText.strip();
      if (NUMBER_ID.matcher(v).matches()) {
        Cell c = row.createCell(col);
        c.setCellStyle(x.decimal);
        c.setCellValue(new BigDecimal(v.replace(".", "").replace(',', '.')).doubleValue());
      } else {
        x.text(row, col, v);
      }
    }

    void absent(Row row, int col, String status) {
      Cell c = row.createCell(col);
      c.setCellStyle(x.absent);
      c.setCellValue(t(XLSX_TANPA, "sebab", status(status)));
    }

    String status(String status) {
      return t(Xlsx.sebabKosong(status));
    }

    // ---- sheet 2: the audit --------------------------------------------------------------------------------------

    void audit() {
      Sheet a = wb.createSheet(t(POHON_SHEET_TANPA_TAUTAN));
      s = a;
      int columns = 6;
      Xlsx.widths(a, 18, 16, 16, 8, 22, 70);
      String judul = t(POHON_TANPA_TAUTAN_JUDUL);
      int r = x.titles(a, columns, judul, judul());
      r++;
      int header = r;
      Row h = a.createRow(r++);
      x.header(h, t(XLSX_KECAMATAN), t(XLSX_JENIS), t(XLSX_KODE), t(POHON_KOLOM_TAHUN), t(POHON_KOLOM_MASALAH),
          t(POHON_KOLOM_KETERANGAN));
      x.fit(a, h);
      List<TanpaTautan> list = p.tanpaTautan() == null ? List.of() : p.tanpaTautan();
      for (TanpaTautan tt : list) {
        Row row = a.createRow(r++);
        x.text(row, 0, kecamatan(tt.kecamatanKode()));
        x.text(row, 1, tt.jenis());
        x.text(row, 2, tt.kode());
        if (tt.tahun() == null) {
          x.text(row, 3, null);
        } else {
          Cell c = row.createCell(3);
          c.setCellStyle(x.text);
          c.setCellValue(tt.tahun());
        }
        x.text(row, 4, masalah(tt.masalah()));
        x.text(row, 5, tt.teks());
        x.fit(a, row);
      }
      if (list.isEmpty()) {
        Row row = a.createRow(r++);
        x.text(row, 0, t(POHON_TANPA_TAUTAN_KOSONG));
      }
      x.print(wb, a, header, columns, r - 1, judul);
      a.getFooter().setCenter(t(XLSX_HALAMAN, "halaman", "&P", "jumlah", "&N"));
    }

    String masalah(String m) {
      if (m == null) {
        return null;
      }
      return switch (m) {
        case "TANPA_TAUTAN" -> t(POHON_MASALAH_TANPA_TAUTAN);
        case "TAUTAN_RUSAK" -> t(POHON_MASALAH_TAUTAN_RUSAK);
        case "TANPA_KONTRIBUTOR" -> t(POHON_MASALAH_TANPA_KONTRIBUTOR);
        default -> m;
      };
    }
  }
}
