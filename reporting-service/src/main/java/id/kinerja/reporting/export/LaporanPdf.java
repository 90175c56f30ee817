package id.kinerja.reporting.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.Views;

/**
 * The kecamatan report as a PDF (A4): summary, a bar chart of the overall capaian per triwulan (of the triwulan and
 * s.d. the triwulan, against the annual target) drawn as vector graphics, the indicator table and the budget per
 * program. Numbers in id-ID; an absent figure is "–", never 0.
 */
@ApplicationScoped
public class LaporanPdf {

  private static final float MARGIN = 40;
  private static final Color BAR_TW = new Color(0x2E, 0x6F, 0xB5);
  private static final Color BAR_KUM = new Color(0xF0, 0x9A, 0x2B);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  public void write(Views.LaporanKecamatan r, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Laporan kinerja kecamatan " + name(r) + " " + r.tahun());
      info.setCreator("Kinerja Kecamatan reporting-service");
      Writer w = new Writer(doc);
      w.text(16, true, "Laporan Kinerja Kecamatan " + name(r) + " Tahun " + r.tahun());
      w.text(10, false, "Kecamatan " + name(r) + " (kode " + r.kecamatanKode() + "), kabupaten " + r.kabupatenKode() + ". " + ExportText.id(r.tampilanKeterangan()) + ".");
      Views.Versi v = r.versi();
      w.text(9, false, "Versi rencana " + v.planVersi() + ", konfigurasi " + dash(v.konfigurasiVersi()) + ", skala predikat "
          + dash(v.skalaVersi()) + ", aturan " + v.ruleVersi() + ". Data s.d. " + dash(r.dihitung().asOf())
          + "; dihitung " + dash(r.dihitung().recalculatedAt()) + ".");
      w.gap(8);

      Views.Ringkasan tahun = r.ringkasan().stream().filter(x -> x.periode() == 0).findFirst().orElse(null);
      if (tahun != null) {
        w.text(12, true, "Ringkasan tahun " + r.tahun());
        w.text(10, false, "Capaian kinerja keseluruhan (" + r.overallMode() + "): " + teks(tahun.capaianKumulatif()) + " %  ("
            + ExportText.id(tahun.cakupan().teks()) + "), predikat " + dash(tahun.predikat().label()));
        w.text(10, false, "Serapan anggaran: " + teks(tahun.serapanKumulatif()) + " %  (realisasi Rp "
            + dash(tahun.realisasiKumulatif().teks()) + " dari pagu Rp " + dash(tahun.pagu().teks()) + ")");
        w.text(10, false, "Efisiensi (capaian - serapan): " + teks(tahun.efisiensi()) + " poin");
        w.gap(8);
      }

      w.text(12, true, "Capaian kinerja per triwulan (terhadap target tahunan)");
      w.chart(r.ringkasan());
      w.gap(6);

      w.text(12, true, "Pengukuran kinerja per indikator");
      w.gap(4);
      float[] cols = { 62, 150, 38, 38, 38, 38, 38, 45, 68 };
      w.row(cols, true, "Kode", "Indikator", "Target", "R TW I", "R TW II", "R TW III", "R TW IV", "Capaian %", "Predikat");
      for (Views.IndikatorView ind : r.indikator()) {
        List<String> cells = new ArrayList<>();
        cells.add(ind.kode());
        cells.add(ind.nama());
        cells.add(ind.target() == null ? "–" : ind.target().tampil());
        for (int tw = 1; tw <= 4; tw++) {
          int t = tw;
          Views.IndikatorTriwulan x = ind.triwulan().stream().filter(y -> y.triwulan() == t).findFirst().orElse(null);
          cells.add(x == null ? "–" : number(x.realisasi()));
        }
        cells.add(ind.tahunan() == null ? "–" : teks(ind.tahunan().capaian()));
        cells.add(ind.tahunan() == null ? "–" : dash(ind.tahunan().predikat().label()));
        w.row(cols, false, cells.toArray(String[]::new));
      }
      w.gap(8);

      w.text(12, true, "Realisasi anggaran per program");
      w.gap(4);
      float[] bcols = { 60, 190, 80, 80, 50, 55 };
      w.row(bcols, true, "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan %", "Melebihi pagu");
      for (Views.AnggaranView a : r.anggaran()) {
        if (!"PROGRAM".equals(a.level())) {
          continue;
        }
        Views.AnggaranPeriode y = a.periode().stream().filter(p -> p.periode() == 0).findFirst().orElse(null);
        w.row(bcols, false, a.kode(), a.nama(), dash(a.pagu().teks()), y == null ? "–" : dash(y.realisasiKumulatif().teks()),
            y == null ? "–" : teks(y.serapanKumulatif()), y != null && y.melebihiPagu() ? "ya" : "");
      }
      w.close();
      doc.save(out);
    }
  }

  private static String name(Views.LaporanKecamatan r) {
    return r.kecamatanNama() == null ? r.kecamatanKode() : r.kecamatanNama();
  }

  static String teks(Views.Nilai n) {
    return n == null || n.teks() == null ? "–" : n.teks();
  }

  static String number(Views.Nilai n) {
    return n == null || n.raw() == null ? "–" : IdFormat.number(n.raw());
  }

  static String dash(Object o) {
    return o == null ? "–" : o.toString();
  }

  /** Writes top to bottom, starting a new page when the current one is full. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream cs;
    private float y;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    Writer(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void need(float h) throws IOException {
      if (y - h < MARGIN) {
        newPage();
      }
    }

    void gap(float h) {
      y -= h;
    }

    void text(float size, boolean isBold, String s) throws IOException {
      PDType1Font f = isBold ? bold : regular;
      for (String line : wrap(safe(f, s), f, size, width)) {
        need(size + 4);
        y -= size + 4;
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(MARGIN, y);
        cs.showText(line);
        cs.endText();
      }
    }

    void row(float[] cols, boolean header, String... cells) throws IOException {
      float size = 7.5f;
      PDType1Font f = header ? bold : regular;
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < cells.length; i++) {
        List<String> w = wrap(safe(f, cells[i] == null ? "" : cells[i]), f, size, cols[i] - 4);
        wrapped.add(w);
        lines = Math.max(lines, w.size());
      }
      float h = lines * (size + 2) + 4;
      need(h);
      if (header) {
        cs.setNonStrokingColor(new Color(0xEE, 0xEE, 0xEE));
        cs.addRect(MARGIN, y - h, sum(cols), h);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
      }
      float x = MARGIN;
      for (int i = 0; i < cells.length; i++) {
        float ty = y - size - 2;
        for (String line : wrapped.get(i)) {
          cs.beginText();
          cs.setFont(f, size);
          cs.newLineAtOffset(x + 2, ty);
          cs.showText(line);
          cs.endText();
          ty -= size + 2;
        }
        x += cols[i];
      }
      cs.setStrokingColor(GRID);
      cs.moveTo(MARGIN, y - h);
      cs.lineTo(MARGIN + sum(cols), y - h);
      cs.stroke();
      cs.setStrokingColor(Color.BLACK);
      y -= h;
    }

    /** Grouped bars per triwulan: overall capaian of the triwulan and s.d. the triwulan; "–" where absent. */
    void chart(List<Views.Ringkasan> ringkasan) throws IOException {
      float h = 170;
      need(h + 30);
      float top = y - 10;
      float bottom = top - h;
      float left = MARGIN + 30;
      float right = MARGIN + width - 120;
      BigDecimal max = BigDecimal.valueOf(100);
      for (Views.Ringkasan r : ringkasan) {
        for (Views.Nilai n : new Views.Nilai[] { r.capaian(), r.capaianKumulatif() }) {
          if (r.periode() > 0 && n.display() != null && n.display().compareTo(max) > 0) {
            max = n.display();
          }
        }
      }
      int step = 25;
      int axisMax = ((max.intValue() + step - 1) / step) * step;
      float scale = h / axisMax;
      cs.setFont(regular, 7);
      for (int g = 0; g <= axisMax; g += step) {
        float gy = bottom + g * scale;
        cs.setStrokingColor(g == 100 ? Color.GRAY : GRID);
        cs.moveTo(left, gy);
        cs.lineTo(right, gy);
        cs.stroke();
        cs.beginText();
        cs.newLineAtOffset(MARGIN, gy - 2);
        cs.showText(g + " %");
        cs.endText();
      }
      cs.setStrokingColor(Color.BLACK);
      cs.moveTo(left, bottom);
      cs.lineTo(left, top);
      cs.stroke();
      float slot = (right - left) / 4;
      float bar = slot / 4;
      String[] tw = { "TW I", "TW II", "TW III", "TW IV" };
      for (int t = 1; t <= 4; t++) {
        int tt = t;
        Views.Ringkasan r = ringkasan.stream().filter(x -> x.periode() == tt).findFirst().orElse(null);
        float x0 = left + (t - 1) * slot + bar / 2;
        bar(r == null ? null : r.capaian(), x0, bottom, bar, scale, BAR_TW);
        bar(r == null ? null : r.capaianKumulatif(), x0 + bar + 4, bottom, bar, scale, BAR_KUM);
        cs.setNonStrokingColor(Color.BLACK);
        cs.beginText();
        cs.setFont(bold, 8);
        cs.newLineAtOffset(x0 + bar / 2, bottom - 12);
        cs.showText(tw[t - 1]);
        cs.endText();
      }
      legend(right + 10, top - 10, BAR_TW, "Capaian triwulan");
      legend(right + 10, top - 24, BAR_KUM, "Capaian s.d. triwulan");
      y = bottom - 18;
    }

    private void bar(Views.Nilai n, float x, float bottom, float w, float scale, Color c) throws IOException {
      String label;
      float top = bottom;
      if (n == null || n.display() == null) {
        label = "–";
      } else {
        float hgt = Math.max(0, n.display().floatValue()) * scale;
        cs.setNonStrokingColor(c);
        cs.addRect(x, bottom, w, hgt);
        cs.fill();
        top = bottom + hgt;
        label = n.teks();
      }
      cs.setNonStrokingColor(Color.BLACK);
      cs.beginText();
      cs.setFont(regular, 6.5f);
      cs.newLineAtOffset(x, top + 2);
      cs.showText(label);
      cs.endText();
    }

    private void legend(float x, float y0, Color c, String label) throws IOException {
      cs.setNonStrokingColor(c);
      cs.addRect(x, y0, 8, 8);
      cs.fill();
      cs.setNonStrokingColor(Color.BLACK);
      cs.beginText();
      cs.setFont(regular, 7.5f);
      cs.newLineAtOffset(x + 12, y0 + 1);
      cs.showText(label);
      cs.endText();
    }

    void close() throws IOException {
      cs.close();
    }

    private static float sum(float[] a) {
      float s = 0;
      for (float v : a) {
        s += v;
      }
      return s;
    }

    /** Replaces characters the standard fonts cannot encode (e.g. "≠", "Σ") so that no text is lost silently. */
    private static String safe(PDType1Font f, String s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        String one = String.valueOf(ch == '\u2212' ? '-' : ch);
        try {
          f.encode(one);
          sb.append(one);
        } catch (IllegalArgumentException | IOException e) {
          sb.append('?');
        }
      }
      return sb.toString();
    }

    private static List<String> wrap(String s, PDType1Font f, float size, float max) throws IOException {
      List<String> out = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : s.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (f.getStringWidth(candidate) / 1000 * size <= max || line.isEmpty()) {
          line.setLength(0);
          line.append(candidate);
        } else {
          out.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      out.add(line.toString());
      return out;
    }
  }
}
