package id.kinerja.common.dokumen;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import id.kinerja.common.dokumen.Dokumen.Rata;

/**
 * Writes a {@link Dokumen} as an A4 PDF with PDFBox. Text wraps inside its column — a word longer than the column is
 * broken, so no text runs into its neighbour; a table that spans pages repeats its header row; a heading never ends
 * a page alone. Numbers of pages ("3 / 12") at the foot of every page.
 */
public final class DokumenPdf {

  static final float MARGIN_X = 57;
  static final float MARGIN_TOP = 50;
  static final float MARGIN_BOTTOM = 56;
  private static final float BODY = 10.5f;
  private static final float CELL = 8.5f;
  private static final float PAD = 3;
  private static final Color HEADER_FILL = new Color(0xE7, 0xE6, 0xE6);
  private static final Color ISIAN_FILL = new Color(0xFF, 0xF2, 0xA8);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color[] SERI = { new Color(0x2E, 0x6F, 0xB5), new Color(0xF0, 0x9A, 0x2B),
      new Color(0x4C, 0xA6, 0x4C), new Color(0x99, 0x66, 0xCC) };

  private DokumenPdf() {
  }

  public static void write(Dokumen dokumen, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle(dokumen.judul());
      doc.getDocumentInformation().setCreator("Kinerja Kecamatan");
      Halaman h = new Halaman(doc);
      for (Dokumen.Blok b : dokumen.blok()) {
        if (b instanceof Dokumen.KopSurat k) {
          h.kopSurat(k);
        } else if (b instanceof Dokumen.Judul j) {
          h.judul(j);
        } else if (b instanceof Dokumen.Paragraf p) {
          h.paragraf(p.teks(), p.tebal() ? h.bold : h.regular, BODY, p.rata());
        } else if (b instanceof Dokumen.Rincian r) {
          h.rincian(r);
        } else if (b instanceof Dokumen.Isian i) {
          h.isian(i.teks());
        } else if (b instanceof Dokumen.Tabel t) {
          h.tabel(t);
        } else if (b instanceof Dokumen.GrafikBatang g) {
          h.grafik(g);
        } else if (b instanceof Dokumen.TandaTangan t) {
          h.tandaTangan(t);
        } else if (b instanceof Dokumen.Gambar g) {
          h.gambar(g);
        } else {
          h.newPage();
        }
      }
      h.close();
      h.nomorHalaman();
      doc.save(out);
    }
  }

  /** The writing position: top to bottom, a new page when the next thing does not fit. */
  private static final class Halaman {
    private final PDDocument doc;
    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
    private PDPageContentStream cs;
    private float y;
    private boolean empty;

    Halaman(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    void newPage() throws IOException {
      if (cs != null && empty) {
        return;
      }
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN_TOP;
      empty = true;
    }

    private void need(float h) throws IOException {
      if (y - h < MARGIN_BOTTOM) {
        newPage();
      }
      empty = false;
    }

    void close() throws IOException {
      if (cs != null) {
        cs.close();
        cs = null;
      }
    }

    void nomorHalaman() throws IOException {
      int n = doc.getNumberOfPages();
      for (int i = 0; i < n; i++) {
        try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND,
            true)) {
          String s = (i + 1) + " / " + n;
          show(c, regular, 8, PDRectangle.A4.getWidth() - MARGIN_X - textWidth(regular, 8, s), MARGIN_BOTTOM - 24, s);
        }
      }
    }

    void kopSurat(Dokumen.KopSurat k) throws IOException {
      float logoH = 62;
      float top = y;
      float textLeft = MARGIN_X;
      if (k.logo() != null && k.logo().length > 0) {
        PDImageXObject img = PDImageXObject.createFromByteArray(doc, k.logo(), "logo");
        float w = Math.min(72, logoH * img.getWidth() / img.getHeight());
        float h = w * img.getHeight() / img.getWidth();
        need(h);
        cs.drawImage(img, MARGIN_X, top - h, w, h);
        textLeft = MARGIN_X + w + 8;
      }
      float ty = top;
      float textWidth = MARGIN_X + width - textLeft;
      for (int i = 0; i < k.baris().size(); i++) {
        boolean b = i < k.barisTebal();
        PDType1Font f = b ? bold : regular;
        float size = b ? (i == 0 ? 13 : 14) : 9.5f;
        for (String line : wrap(k.baris().get(i), f, size, textWidth)) {
          ty -= size + 3;
          show(cs, f, size, textLeft + (textWidth - textWidth(f, size, line)) / 2, ty, line);
        }
      }
      y = Math.min(ty, top - logoH) - 6;
      cs.setLineWidth(1.6f);
      line(MARGIN_X, y, MARGIN_X + width, y);
      cs.setLineWidth(0.5f);
      line(MARGIN_X, y - 2.5f, MARGIN_X + width, y - 2.5f);
      y -= 16;
      empty = false;
    }

    void gambar(Dokumen.Gambar g) throws IOException {
      PDImageXObject img = PDImageXObject.createFromByteArray(doc, g.isi(), "gambar");
      float w = Math.min(g.lebar(), width);
      float h = w * img.getHeight() / img.getWidth();
      need(h + 12);
      cs.drawImage(img, MARGIN_X + (width - w) / 2, y - h, w, h);
      y -= h + 12;
    }

    void judul(Dokumen.Judul j) throws IOException {
      float size = switch (j.tingkat()) {
        case 0 -> 13;
        case 1 -> 12;
        case 2 -> 11;
        default -> 10.5f;
      };
      List<String> lines = wrap(j.teks(), bold, size, width);
      // keep a heading with at least a few lines of what follows
      need(lines.size() * (size + 4) + 60);
      y -= j.tingkat() <= 1 ? 6 : 4;
      Rata rata = j.tingkat() <= 1 ? Rata.TENGAH : Rata.KIRI;
      for (String line : lines) {
        y -= size + 4;
        showAligned(bold, size, MARGIN_X, width, y, line, rata);
      }
      y -= j.tingkat() <= 1 ? 8 : 4;
    }

    void paragraf(String teks, PDType1Font f, float size, Rata rata) throws IOException {
      float leading = size * 1.45f;
      for (String para : teks.split("\n", -1)) {
        List<String> lines = wrap(para, f, size, width);
        for (int i = 0; i < lines.size(); i++) {
          need(leading);
          y -= leading;
          boolean last = i == lines.size() - 1;
          if (rata == Rata.PENUH && !last) {
            justified(f, size, MARGIN_X, width, y, lines.get(i));
          } else {
            showAligned(f, size, MARGIN_X, width, y, lines.get(i), rata == Rata.PENUH ? Rata.KIRI : rata);
          }
        }
      }
      y -= 5;
    }

    void rincian(Dokumen.Rincian r) throws IOException {
      float size = BODY;
      float leading = size * 1.45f;
      float indent = 18;
      float labelW = 0;
      for (Dokumen.Butir b : r.butir()) {
        labelW = Math.max(labelW, textWidth(regular, size, nz(b.label())));
      }
      labelW = Math.min(labelW, width * 0.35f);
      float colonX = MARGIN_X + indent + labelW + 6;
      float valueX = colonX + 10;
      for (Dokumen.Butir b : r.butir()) {
        List<String> label = wrap(b.label(), regular, size, labelW);
        List<String> nilai = wrap(b.nilai(), regular, size, MARGIN_X + width - valueX);
        for (int i = 0; i < Math.max(label.size(), nilai.size()); i++) {
          need(leading);
          y -= leading;
          if (i < label.size()) {
            show(cs, regular, size, MARGIN_X + indent, y, label.get(i));
          }
          if (i == 0) {
            show(cs, regular, size, colonX, y, ":");
          }
          if (i < nilai.size()) {
            show(cs, regular, size, valueX, y, nilai.get(i));
          }
        }
      }
      y -= 5;
    }

    void isian(String teks) throws IOException {
      float size = 10;
      float leading = size * 1.4f;
      List<String> lines = wrap(teks, italic, size, width - 2 * 6);
      float h = lines.size() * leading + 10;
      need(h);
      cs.setNonStrokingColor(ISIAN_FILL);
      cs.addRect(MARGIN_X, y - h, width, h);
      cs.fill();
      cs.setNonStrokingColor(Color.BLACK);
      cs.setLineWidth(0.5f);
      cs.setLineDashPattern(new float[] { 3, 2 }, 0);
      cs.addRect(MARGIN_X, y - h, width, h);
      cs.stroke();
      cs.setLineDashPattern(new float[] {}, 0);
      float ty = y - 5;
      for (String line : lines) {
        ty -= leading;
        show(cs, italic, size, MARGIN_X + 6, ty + 3, line);
      }
      y -= h + 8;
    }

    void tabel(Dokumen.Tabel t) throws IOException {
      float total = 0;
      for (Dokumen.Kolom k : t.kolom()) {
        total += k.lebar();
      }
      float[] w = new float[t.kolom().size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = width * t.kolom().get(i).lebar() / total;
      }
      List<String> header = t.kolom().stream().map(Dokumen.Kolom::judul).toList();
      float headerH = barisTinggi(header, w, bold);
      need(headerH + 20);
      row(header, w, bold, true, null, headerH);
      for (Dokumen.Baris b : t.baris()) {
        PDType1Font f = b.tebal() ? bold : regular;
        float h = barisTinggi(b.sel(), w, f);
        if (y - h < MARGIN_BOTTOM) {
          newPage();
          empty = false;
          row(header, w, bold, true, null, headerH);
        }
        row(b.sel(), w, f, false, t.kolom(), h);
      }
      y -= 10;
    }

    private float barisTinggi(List<String> cells, float[] w, PDType1Font f) throws IOException {
      int lines = 1;
      for (int i = 0; i < cells.size(); i++) {
        lines = Math.max(lines, wrap(cells.get(i), f, CELL, w[i] - 2 * PAD).size());
      }
      return lines * (CELL + 2.5f) + 2 * PAD;
    }

    private void row(List<String> cells, float[] w, PDType1Font f, boolean header, List<Dokumen.Kolom> kolom, float h)
        throws IOException {
      float x = MARGIN_X;
      if (header) {
        cs.setNonStrokingColor(HEADER_FILL);
        cs.addRect(MARGIN_X, y - h, sum(w), h);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
      }
      cs.setLineWidth(0.5f);
      for (int i = 0; i < cells.size(); i++) {
        cs.addRect(x, y - h, w[i], h);
        cs.stroke();
        Rata rata = header ? Rata.TENGAH : kolom.get(i).rata();
        float ty = y - PAD;
        for (String line : wrap(cells.get(i), f, CELL, w[i] - 2 * PAD)) {
          ty -= CELL + 2.5f;
          showAligned(f, CELL, x + PAD, w[i] - 2 * PAD, ty + 2, line, rata == Rata.PENUH ? Rata.KIRI : rata);
        }
        x += w[i];
      }
      y -= h;
      empty = false;
    }

    void grafik(Dokumen.GrafikBatang g) throws IOException {
      float h = 170;
      need(h + 80);
      y -= 4;
      for (String line : wrap(g.judul(), bold, 10, width)) {
        y -= 14;
        showAligned(bold, 10, MARGIN_X, width, y, line, Rata.TENGAH);
      }
      float top = y - 14;
      float bottom = top - h;
      float left = MARGIN_X + 34;
      float right = MARGIN_X + width;
      BigDecimal max = BigDecimal.valueOf(100);
      for (Dokumen.Seri s : g.seri()) {
        for (BigDecimal v : s.nilai()) {
          if (v != null && v.compareTo(max) > 0) {
            max = v;
          }
        }
      }
      int step = max.compareTo(BigDecimal.valueOf(200)) > 0 ? 50 : 25;
      int axisMax = ((max.setScale(0, java.math.RoundingMode.CEILING).intValue() + step - 1) / step) * step;
      float scale = h / axisMax;
      cs.setLineWidth(0.5f);
      for (int v = 0; v <= axisMax; v += step) {
        float gy = bottom + v * scale;
        cs.setStrokingColor(v == 100 ? Color.GRAY : GRID);
        line(left, gy, right, gy);
        String label = v + (g.satuan() == null ? "" : " " + g.satuan());
        show(cs, regular, 7, left - 4 - textWidth(regular, 7, label), gy - 2, label);
      }
      cs.setStrokingColor(Color.BLACK);
      line(left, bottom, left, top);
      int n = g.kategori().size();
      int series = g.seri().size();
      float slot = (right - left) / n;
      float bar = Math.min(28, slot * 0.8f / series);
      float labelSize = Math.max(5, Math.min(7, bar / 3.2f));
      float lowest = bottom;
      for (int c = 0; c < n; c++) {
        float x0 = left + c * slot + (slot - bar * series) / 2;
        for (int s = 0; s < series; s++) {
          BigDecimal v = g.seri().get(s).nilai().get(c);
          String label = g.label().get(s).get(c);
          float bx = x0 + s * bar;
          float barTop = bottom;
          if (v != null) {
            float hgt = Math.max(0, Math.min(v.floatValue(), axisMax)) * scale;
            cs.setNonStrokingColor(SERI[s % SERI.length]);
            cs.addRect(bx + 1, bottom, bar - 2, hgt);
            cs.fill();
            barTop = bottom + hgt;
          }
          cs.setNonStrokingColor(Color.BLACK);
          String text = label == null ? "–" : label;
          show(cs, regular, labelSize, bx + (bar - textWidth(regular, labelSize, text)) / 2, barTop + 2, text);
        }
        float ty = bottom;
        for (String line : firstLines(wrap(g.kategori().get(c), regular, 7, slot - 4), 3)) {
          ty -= 9;
          showAligned(regular, 7, left + c * slot + 2, slot - 4, ty, line, Rata.TENGAH);
        }
        lowest = Math.min(lowest, ty);
      }
      float ly = lowest - 14;
      float lx = left;
      for (int s = 0; s < series; s++) {
        cs.setNonStrokingColor(SERI[s % SERI.length]);
        cs.addRect(lx, ly, 8, 8);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        String name = g.seri().get(s).nama();
        show(cs, regular, 8, lx + 12, ly + 1, name);
        lx += 12 + textWidth(regular, 8, name) + 18;
      }
      y = ly - 14;
    }

    void tandaTangan(Dokumen.TandaTangan t) throws IOException {
      int n = t.pihak().size();
      float col = width / n;
      float size = 10.5f;
      float leading = size * 1.4f;
      int most = 0;
      List<List<String[]>> blocks = new ArrayList<>();
      for (Dokumen.Penandatangan p : t.pihak()) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] { "r", nz(p.tempatTanggal()) });
        lines.add(new String[] { "b", nz(p.pihak()) });
        for (String l : wrap(nz(p.jabatan()), regular, size, col - 12)) {
          lines.add(new String[] { "r", l });
        }
        blocks.add(lines);
        most = Math.max(most, lines.size());
      }
      float sign = 58;
      need(most * leading + sign + 2 * leading + 10);
      float top = y;
      float nameY = top - most * leading - sign;
      for (int i = 0; i < n; i++) {
        Dokumen.Penandatangan p = t.pihak().get(i);
        float x = MARGIN_X + i * col;
        float ty = top;
        for (String[] l : blocks.get(i)) {
          ty -= leading;
          showAligned("b".equals(l[0]) ? bold : regular, size, x, col, ty, l[1], Rata.TENGAH);
        }
        String nama = nz(p.nama());
        float nw = textWidth(bold, size, nama);
        float nx = x + (col - nw) / 2;
        show(cs, bold, size, nx, nameY, nama);
        cs.setLineWidth(0.7f);
        line(nx, nameY - 1.5f, nx + nw, nameY - 1.5f);
        if (p.nip() != null) {
          showAligned(regular, size, x, col, nameY - leading, p.nip(), Rata.TENGAH);
        }
      }
      y = nameY - 2 * leading - 6;
    }

    private void justified(PDType1Font f, float size, float x, float w, float baseline, String line) throws IOException {
      String s = safe(f, line);
      int spaces = (int) s.chars().filter(c -> c == ' ').count();
      float extra = spaces == 0 ? 0 : (w - textWidth(f, size, s)) / spaces;
      cs.beginText();
      cs.setFont(f, size);
      cs.setWordSpacing(extra);
      cs.newLineAtOffset(x, baseline);
      cs.showText(s);
      cs.setWordSpacing(0);
      cs.endText();
    }

    private void showAligned(PDType1Font f, float size, float x, float w, float baseline, String line, Rata rata)
        throws IOException {
      float tw = textWidth(f, size, line);
      float tx = switch (rata) {
        case TENGAH -> x + (w - tw) / 2;
        case KANAN -> x + w - tw;
        default -> x;
      };
      show(cs, f, size, tx, baseline, line);
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
      cs.moveTo(x1, y1);
      cs.lineTo(x2, y2);
      cs.stroke();
    }
  }

  private static void show(PDPageContentStream c, PDType1Font f, float size, float x, float baseline, String text)
      throws IOException {
    c.beginText();
    c.setFont(f, size);
    c.newLineAtOffset(x, baseline);
    c.showText(safe(f, text));
    c.endText();
  }

  private static float textWidth(PDType1Font f, float size, String s) {
    try {
      return f.getStringWidth(safe(f, s)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> firstLines(List<String> lines, int n) {
    return lines.size() <= n ? lines : lines.subList(0, n);
  }

  private static float sum(float[] a) {
    float s = 0;
    for (float v : a) {
      s += v;
    }
    return s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Lines of at most {@code max} points: words kept whole where they fit, a word wider than the line broken between
   * characters (long indicator codes), explicit line breaks kept.
   */
  static List<String> wrap(String text, PDType1Font f, float size, float max) {
    List<String> out = new ArrayList<>();
    for (String para : nz(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (textWidth(f, size, candidate) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          out.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (textWidth(f, size, rest) > max && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && textWidth(f, size, rest.substring(0, cut)) > max) {
            cut--;
          }
          out.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      out.add(line.toString());
    }
    return out;
  }

  /** Characters the standard fonts cannot encode become a close ASCII form, or "?", so no text is lost silently. */
  static String safe(PDType1Font f, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String one = switch (ch) {
        case '\u2212' -> "-";
        case '\u2264' -> "<=";
        case '\u2265' -> ">=";
        case '\u221E' -> "~";
        case '\t' -> " ";
        default -> String.valueOf(ch);
      };
      try {
        f.encode(one);
        sb.append(one);
      } catch (IllegalArgumentException | IOException e) {
        sb.append('?');
      }
    }
    return sb.toString();
  }
}
