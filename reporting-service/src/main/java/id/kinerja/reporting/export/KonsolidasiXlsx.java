package id.kinerja.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.kinerja.reporting.service.view.KonsolidasiViews;

/**
 * The consolidated view as a workbook, written with SXSSF: rows are flushed to a temporary file every 100 rows
 * and streamed to the response, so a national-size sheet never sits in memory.
 */
@ApplicationScoped
public class KonsolidasiXlsx {

  public void write(KonsolidasiViews.Konsolidasi k, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      Xlsx x = new Xlsx(wb);
      Sheet s = wb.createSheet("Konsolidasi");
      Row r0 = s.createRow(0);
      r0.createCell(0).setCellValue("Konsolidasi kinerja kecamatan — kabupaten " + k.kabupatenKode() + " tahun "
          + k.tahun() + (k.triwulan() == null ? "" : " triwulan " + k.triwulan()));
      r0.getCell(0).setCellStyle(x.title);
      s.createRow(1).createCell(0).setCellValue(ExportText.id(k.tampilanKeterangan()) + ". Peringkat menurut capaian keseluruhan"
          + (k.triwulan() == null ? " tahun ini" : " triwulan ini terhadap target tahunan")
          + "; kecamatan tanpa laporan tidak diberi peringkat.");
      KonsolidasiViews.RingkasanKabupaten g = k.ringkasan();
      Row r2 = s.createRow(2);
      x.text(r2, 0, "Kabupaten");
      x.text(r2, 1, g.kecamatanDilaporkan() + " dari " + g.kecamatanJumlah() + " kecamatan melapor");
      x.text(r2, 2, "Rata-rata capaian antar kecamatan");
      x.nilai(r2, 3, g.capaianRataRataKecamatan());
      x.text(r2, 4, "Serapan (Σ realisasi / Σ pagu)");
      x.nilai(r2, 5, g.serapan());
      x.rupiah(r2, 6, g.pagu());
      x.rupiah(r2, 7, g.realisasiAnggaran());
      Row r3 = s.createRow(3);
      x.text(r3, 0, "Sebaran predikat");
      int c = 1;
      for (Map.Entry<String, Integer> e : g.sebaranPredikat().entrySet()) {
        x.text(r3, c++, e.getKey() + ": " + e.getValue());
      }
      x.header(s.createRow(5), "Peringkat", "Kode", "Kecamatan", "Status", "Capaian (%)", "Capaian kumulatif (%)",
          "Cakupan", "Predikat", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Serapan kumulatif (%)",
          "Efisiensi (poin)", "Indikator di bawah target", "Entri terlambat", "Capaian sasaran (%)", "Data s.d.");
      int r = 6;
      for (KonsolidasiViews.Baris b : k.items()) {
        Row row = s.createRow(r++);
        x.text(row, 0, b.peringkat() == null ? "–" : b.peringkat().toString());
        x.text(row, 1, b.kecamatanKode());
        x.text(row, 2, b.kecamatanNama());
        x.text(row, 3, b.status());
        x.nilai(row, 4, b.capaian());
        x.nilai(row, 5, b.capaianKumulatif());
        x.text(row, 6, ExportText.id(b.cakupan().teks()));
        x.text(row, 7, b.predikat().label());
        x.rupiah(row, 8, b.pagu());
        x.rupiah(row, 9, b.realisasiKumulatif());
        x.nilai(row, 10, b.serapan());
        x.nilai(row, 11, b.serapanKumulatif());
        x.nilai(row, 12, b.efisiensi());
        x.text(row, 13, Integer.toString(b.dibawahTarget()));
        x.text(row, 14, Integer.toString(b.terlambat()));
        x.nilai(row, 15, b.capaianSasaran());
        x.text(row, 16, b.asOf() == null ? null : b.asOf().toString());
      }
      LkjipXlsx.widths(s, 10, 12, 24, 14, 14, 14, 18, 18, 18, 18, 12, 14, 14, 12, 12, 14, 22);
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }
}
