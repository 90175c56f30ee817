package id.kinerja.reporting.export;

import static id.kinerja.reporting.domain.ReportingMessages.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.kinerja.reporting.service.view.KonsolidasiViews;

/**
 * The consolidated view as a workbook, written with SXSSF: rows are flushed to a temporary file every 100 rows
 * and streamed to the response, so a national-size sheet never sits in memory. Laid out for printing ({@link Xlsx}):
 * each row is sized as it is written, the kabupaten summary as label and value pairs above the table.
 */
@ApplicationScoped
public class KonsolidasiXlsx {

  private static final int COLUMNS = 17;

  public void write(KonsolidasiViews.Konsolidasi k, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      Xlsx x = new Xlsx(wb);
      Sheet s = wb.createSheet(x.t(XLSX_SHEET_KONSOLIDASI));
      Xlsx.widths(s, 10, 10, 18, 12, 11, 11, 13, 14, 15, 15, 11, 11, 11, 10, 11, 11, 18);
      String judul = k.triwulan() == null ? x.t(XLSX_KONSOLIDASI_JUDUL, "kabupaten", k.kabupatenKode(), "tahun", k.tahun())
          : x.t(XLSX_KONSOLIDASI_JUDUL_TRIWULAN, "kabupaten", k.kabupatenKode(), "tahun", k.tahun(), "triwulan",
              k.triwulan());
      int r = x.titles(s, COLUMNS, judul, x.t(k.triwulan() == null ? XLSX_KONSOLIDASI_PERINGKAT
          : XLSX_KONSOLIDASI_PERINGKAT_TRIWULAN, "tampilan", k.tampilanKeterangan()));
      KonsolidasiViews.RingkasanKabupaten g = k.ringkasan();
      Row row = summary(x, s, r++, x.t(XLSX_KECAMATAN_MELAPOR));
      x.text(row, 3, x.t(XLSX_DARI, "dilaporkan", g.kecamatanDilaporkan(), "jumlah", g.kecamatanJumlah()));
      x.nilai(summary(x, s, r++, x.t(XLSX_RATA_RATA_KECAMATAN)), 3, g.capaianRataRataKecamatan());
      x.rupiah(summary(x, s, r++, x.t(XLSX_PAGU)), 3, g.pagu());
      x.rupiah(summary(x, s, r++, x.t(XLSX_REALISASI_RP)), 3, g.realisasiAnggaran());
      x.nilai(summary(x, s, r++, x.t(XLSX_SERAPAN_KABUPATEN)), 3, g.serapan());
      row = summary(x, s, r++, x.t(XLSX_SEBARAN_PREDIKAT));
      StringBuilder sebaran = new StringBuilder();
      for (Map.Entry<String, Integer> e : g.sebaranPredikat().entrySet()) {
        sebaran.append(sebaran.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(e.getValue());
      }
      x.text(row, 3, sebaran.toString());
      for (int c = 4; c <= 8; c++) {
        x.text(row, c, null);
      }
      s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 3, 8));
      r++; // a blank row between the summary and the table
      int header = r;
      Row h = s.createRow(header);
      x.header(h, x.t(XLSX_PERINGKAT), x.t(XLSX_KODE), x.t(XLSX_KECAMATAN), x.t(XLSX_KEADAAN), x.t(XLSX_CAPAIAN),
          x.t(XLSX_CAPAIAN_KUMULATIF), x.t(XLSX_CAKUPAN), x.t(XLSX_PREDIKAT), x.t(XLSX_PAGU), x.t(XLSX_REALISASI_RP),
          x.t(XLSX_SERAPAN), x.t(XLSX_SERAPAN_KUMULATIF), x.t(XLSX_EFISIENSI), x.t(XLSX_DIBAWAH_TARGET),
          x.t(XLSX_TERLAMBAT), x.t(XLSX_CAPAIAN_SASARAN), x.t(XLSX_DATA_SD));
      x.fit(s, h);
      r++;
      for (KonsolidasiViews.Baris b : k.items()) {
        row = s.createRow(r++);
        if (b.peringkat() == null) {
          x.text(row, 0, "–");
        } else {
          x.count(row, 0, b.peringkat());
        }
        x.text(row, 1, b.kecamatanKode());
        x.text(row, 2, b.kecamatanNama());
        x.text(row, 3, x.status(b.status()));
        x.nilai(row, 4, b.capaian());
        x.nilai(row, 5, b.capaianKumulatif());
        x.text(row, 6, x.t(b.cakupan().teks()));
        x.text(row, 7, b.predikat().label());
        x.rupiah(row, 8, b.pagu());
        x.rupiah(row, 9, b.realisasiKumulatif());
        x.nilai(row, 10, b.serapan());
        x.nilai(row, 11, b.serapanKumulatif());
        x.nilai(row, 12, b.efisiensi());
        x.count(row, 13, b.dibawahTarget());
        x.count(row, 14, b.terlambat());
        if (b.capaianSasaran() == null) {
          x.text(row, 15, null);
        } else {
          x.nilai(row, 15, b.capaianSasaran());
        }
        x.text(row, 16, b.asOf() == null ? null : x.value(b.asOf()));
        x.fit(s, row);
      }
      x.print(wb, s, header, COLUMNS, r - 1, judul);
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  /** A summary row: its label over the first three columns. */
  private static Row summary(Xlsx x, Sheet s, int r, String label) {
    Row row = s.createRow(r);
    x.label(row, 0, label);
    x.label(row, 1, "");
    x.label(row, 2, "");
    s.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
    x.fit(s, row);
    return row;
  }
}
