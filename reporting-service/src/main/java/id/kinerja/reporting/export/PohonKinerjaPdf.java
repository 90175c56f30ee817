package id.kinerja.reporting.export;

import static id.kinerja.reporting.domain.ReportingMessages.*;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.i18n.Messages;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.export.PohonLayout.Baris;
import id.kinerja.reporting.export.PohonLayout.Gaya;
import id.kinerja.reporting.export.PohonLayout.Garis;
import id.kinerja.reporting.export.PohonLayout.Halaman;
import id.kinerja.reporting.export.PohonLayout.Hasil;
import id.kinerja.reporting.export.PohonLayout.Kotak;
import id.kinerja.reporting.export.PohonLayout.Teks;
import id.kinerja.reporting.service.view.PohonViews.Indikator;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.PohonViews.Pohon;
import id.kinerja.reporting.service.view.PohonViews.Simpul;
import id.kinerja.reporting.service.view.Views;

/**
 * The pohon kinerja as a drawing (issue #19): boxes and orthogonal lines, laid out by {@link PohonLayout} (left to
 * right, A4 or A3 landscape by the tree's size, paginated between subtrees). Each box: kind and kode, uraian (cut with
 * "…"), the node's indicators with their capaian, the node's capaian (rule POHON_RERATA_TERLAPOR) and predicate, its
 * coverage, its pagu and serapan; filled in the colour of its predicate (red to green along the kabupaten's scale,
 * grey without a capaian), with a legend at the foot of every page. Header: logo, title, period, RPJMD, basis and
 * visi; footer: the as-of time in the kabupaten's zone and "Halaman x dari y". Texts from {@link ReportingMessages} in
 * the language asked for; numbers the way that language writes them; an absent figure is "belum dilaporkan", never 0.
 * Written with PDFBox and the standard Helvetica fonts, as every PDF of the service (common.dokumen.DokumenPdf).
 */
@ApplicationScoped
public class PohonKinerjaPdf {

  private static final Color LINE = new Color(0x55, 0x55, 0x55);
  private static final Color BORDER = new Color(0x80, 0x80, 0x80);
  private static final Color GREY = new Color(0x9E, 0x9E, 0x9E);
  private static final Color GREY_FILL = new Color(0xF1, 0xF1, 0xF1);
  private static final Color NO_SCALE = new Color(0x5C, 0x7C, 0xA8);
  /** From the lowest band of the scale to the highest. */
  private static final Color[] SCALE = { new Color(0xD3, 0x2F, 0x2F), new Color(0xF5, 0x7C, 0x00),
      new Color(0xFB, 0xC0, 0x2D), new Color(0x7C, 0xB3, 0x42), new Color(0x2E, 0x7D, 0x32) };
  private static final String SEP = "  ·  ";
  private static final int INDICATORS_SHOWN = 3;

  /** Writes the drawing; see {@link #render}. */
  public void write(Pohon pohon, Locale locale, ZoneId zone, byte[] logo, Map<String, String> namaKecamatan,
      OutputStream out) throws IOException {
    out.write(render(pohon, locale, zone, logo, namaKecamatan));
  }

  /**
   * The drawing as PDF bytes.
   *
   * @param locale Bahasa Indonesia ({@code Messages.INDONESIAN}) or English ({@code Messages.ENGLISH})
   * @param zone the kabupaten's zone, for the as-of time
   * @param logo the kabupaten's emblem (PNG or JPEG), null when it has none (an unreadable one is left out)
   * @param namaKecamatan kecamatan kode → name, to name the kecamatan of a node in the kabupaten tree; may be empty
   */
  public static byte[] render(Pohon pohon, Locale locale, ZoneId zone, byte[] logo, Map<String, String> namaKecamatan) {
    Texts t = new Texts(pohon, locale, zone, namaKecamatan);
    Hasil hasil = tata(t);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setTitle(t.judul());
      doc.getDocumentInformation().setCreator("Kinerja Kecamatan");
      PDImageXObject image = image(doc, logo);
      Legend legend = t.legend;
      int pages = hasil.halaman().size();
      for (int i = 0; i < pages; i++) {
        PDRectangle size = new PDRectangle(hasil.kertas().lebar(), hasil.kertas().tinggi());
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          Canvas c = new Canvas(cs, size.getHeight(), t.f);
          header(c, t, hasil, image);
          Halaman h = hasil.halaman().get(i);
          for (Garis g : h.garis()) {
            c.line(g);
          }
          for (Kotak k : h.kotak()) {
            c.box(k, hasil.font(), k.lanjutan() ? new Colours(GREY, Color.WHITE) : t.warna(k.simpul()));
          }
          if (h.kotak().isEmpty()) {
            c.text(t.f.italic(), 10, PohonLayout.MARGIN, hasil.kertas().bidangAtas() + 20, t.t(POHON_KOSONG));
          }
          footer(c, t, hasil, legend, i + 1, pages);
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layout of the drawing (for the tests: boxes and lines of each page). */
  static Hasil tata(Pohon pohon, Locale locale, ZoneId zone, Map<String, String> namaKecamatan) {
    return tata(new Texts(pohon, locale, zone, namaKecamatan));
  }

  private static Hasil tata(Texts t) {
    return PohonLayout.susun(t.pohon.akar() == null ? List.of() : t.pohon.akar(), t.pohon.kecamatanKode() != null,
        t::isi, t.t(POHON_LANJUTAN), t.f::width);
  }

  private static PDImageXObject image(PDDocument doc, byte[] logo) {
    if (logo == null || logo.length == 0) {
      return null;
    }
    try {
      return PDImageXObject.createFromByteArray(doc, logo, "logo");
    } catch (IOException | IllegalArgumentException e) {
      return null; // an emblem that cannot be read is left out rather than failing the whole drawing
    }
  }

  // ---- header and footer -----------------------------------------------------------------------------------------

  private static void header(Canvas c, Texts t, Hasil hasil, PDImageXObject logo) throws IOException {
    float left = PohonLayout.MARGIN;
    float top = PohonLayout.MARGIN;
    float right = hasil.kertas().lebar() - PohonLayout.MARGIN;
    if (logo != null) {
      float h = 40;
      float w = Math.min(48, h * logo.getWidth() / logo.getHeight());
      h = w * logo.getHeight() / logo.getWidth();
      c.cs.drawImage(logo, left, c.pageHeight - top - h, w, h);
      left += w + 10;
    }
    float room = right - left;
    Fonts f = t.f;
    c.text(f.bold(), 13, left, top + 12, f.fit(t.judul(), f.bold(), 13, room));
    c.text(f.regular(), 8.5f, left, top + 26, f.fit(t.subjudul(), f.regular(), 8.5f, room));
    if (t.pohon.visi() != null && !t.pohon.visi().isBlank()) {
      c.text(f.italic(), 8.5f, left, top + 38, f.fit(t.t(POHON_VISI, "visi", t.pohon.visi()), f.italic(), 8.5f,
          room));
    }
    float y = top + PohonLayout.HEADER - 10;
    c.cs.setStrokingColor(GREY);
    c.cs.setLineWidth(0.6f);
    c.segment(PohonLayout.MARGIN, y, right, y);
  }

  private static void footer(Canvas c, Texts t, Hasil hasil, Legend legend, int page, int pages) throws IOException {
    float left = PohonLayout.MARGIN;
    float right = hasil.kertas().lebar() - PohonLayout.MARGIN;
    float y = hasil.kertas().bidangBawah() + 8;
    c.cs.setStrokingColor(GREY);
    c.cs.setLineWidth(0.6f);
    c.segment(left, y, right, y);
    float ly = y + 12;
    float x = left;
    String title = t.t(POHON_LEGENDA);
    c.text(t.f.bold(), 7.5f, x, ly, title);
    x += t.f.width(title, true, 7.5f) + 8;
    for (Map.Entry<Integer, String> e : legend.bands.entrySet()) {
      x = swatch(c, x, ly, colour(e.getKey(), legend), e.getKey() + " " + e.getValue());
    }
    if (legend.noScale) {
      x = swatch(c, x, ly, NO_SCALE, t.t(POHON_LEGENDA_TANPA_SKALA));
    }
    swatch(c, x, ly, GREY, t.t(POHON_LEGENDA_TANPA));
    float by = y + 24;
    c.text(t.f.regular(), 7.5f, left, by, t.dataSd());
    String n = t.t(XLSX_HALAMAN, "halaman", page, "jumlah", pages);
    c.text(t.f.regular(), 7.5f, right - t.f.width(n, false, 7.5f), by, n);
  }

  private static float swatch(Canvas c, float x, float baseline, Color colour, String label) throws IOException {
    c.cs.setNonStrokingColor(tint(colour));
    c.cs.addRect(x, c.pageHeight - baseline - 1, 14, 8);
    c.cs.fill();
    c.cs.setNonStrokingColor(colour);
    c.cs.addRect(x, c.pageHeight - baseline - 1, 3, 8);
    c.cs.fill();
    c.cs.setNonStrokingColor(Color.BLACK);
    c.text(c.f.regular(), 7.5f, x + 17, baseline, label);
    return x + 17 + c.f.width(label, false, 7.5f) + 12;
  }

  // ---- colours ---------------------------------------------------------------------------------------------------

  /** The predicate bands (skor → label) the tree shows, and whether a capaian without a scale occurs. */
  private record Legend(TreeMap<Integer, String> bands, boolean noScale, int low, int high) {
  }

  private static Legend legend(Pohon p) {
    TreeMap<Integer, String> bands = new TreeMap<>();
    boolean[] noScale = { false };
    walk(p.akar(), s -> {
      if (s.predikat() != null && s.predikat().skor() != null) {
        bands.putIfAbsent(s.predikat().skor(), s.predikat().label() == null ? "" : s.predikat().label());
      } else if (hasValue(s.capaian())) {
        noScale[0] = true;
      }
    });
    int low = bands.isEmpty() ? 1 : Math.min(1, bands.firstKey());
    int high = bands.isEmpty() ? 4 : Math.max(4, bands.lastKey());
    return new Legend(bands, noScale[0], low, high);
  }

  private static void walk(List<Simpul> nodes, java.util.function.Consumer<Simpul> f) {
    if (nodes == null) {
      return;
    }
    for (Simpul s : nodes) {
      f.accept(s);
      walk(s.anak(), f);
    }
  }

  /** The colour of a band: its place between the lowest and the highest skor, from red to green. */
  private static Color colour(int skor, Legend l) {
    float pos = l.high == l.low ? 1 : (float) (skor - l.low) / (l.high - l.low);
    pos = Math.max(0, Math.min(1, pos)) * (SCALE.length - 1);
    int i = Math.min(SCALE.length - 2, (int) Math.floor(pos));
    float f = pos - i;
    Color a = SCALE[i];
    Color b = SCALE[i + 1];
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int a, int b, float f) {
    return Math.round(a + (b - a) * f);
  }

  /** A light tint of a colour, for a box's fill (black text stays readable on it). */
  static Color tint(Color c) {
    float keep = 0.28f;
    return new Color(mix(255, c.getRed(), keep), mix(255, c.getGreen(), keep), mix(255, c.getBlue(), keep));
  }

  /** Strip and fill of a box. */
  private record Colours(Color strip, Color fill) {
  }

  // ---- drawing ---------------------------------------------------------------------------------------------------

  /** Page coordinates with y down from the top (as the layout gives them) turned into PDF coordinates. */
  private static final class Canvas {
    final PDPageContentStream cs;
    final float pageHeight;
    final Fonts f;

    Canvas(PDPageContentStream cs, float pageHeight, Fonts f) {
      this.cs = cs;
      this.pageHeight = pageHeight;
      this.f = f;
    }

    void text(PDType1Font f, float size, float x, float baseline, String s) throws IOException {
      cs.beginText();
      cs.setFont(f, size);
      cs.newLineAtOffset(x, pageHeight - baseline);
      cs.showText(safe(f, s));
      cs.endText();
    }

    void segment(float x1, float y1, float x2, float y2) throws IOException {
      cs.moveTo(x1, pageHeight - y1);
      cs.lineTo(x2, pageHeight - y2);
      cs.stroke();
    }

    void line(Garis g) throws IOException {
      cs.setStrokingColor(LINE);
      cs.setLineWidth(0.8f);
      if (g.bersambung()) {
        cs.setLineDashPattern(new float[] { 3, 2 }, 0);
      }
      segment(g.x1(), g.y1(), g.x2(), g.y2());
      if (g.bersambung()) {
        cs.setLineDashPattern(new float[] {}, 0);
      }
    }

    void box(Kotak k, float font, Colours c) throws IOException {
      float y = pageHeight - k.bawah();
      cs.setNonStrokingColor(c.fill());
      cs.addRect(k.x(), y, k.lebar(), k.tinggi());
      cs.fill();
      cs.setNonStrokingColor(c.strip());
      cs.addRect(k.x(), y, PohonLayout.STRIP, k.tinggi());
      cs.fill();
      cs.setStrokingColor(k.lanjutan() ? GREY : BORDER);
      cs.setLineWidth(0.6f);
      if (k.lanjutan()) {
        cs.setLineDashPattern(new float[] { 2, 2 }, 0);
      }
      cs.addRect(k.x(), y, k.lebar(), k.tinggi());
      cs.stroke();
      cs.setLineDashPattern(new float[] {}, 0);
      cs.setNonStrokingColor(Color.BLACK);
      float ty = k.y() + PohonLayout.PAD;
      float tx = k.x() + PohonLayout.STRIP + PohonLayout.PAD;
      for (Baris b : k.baris()) {
        float lead = b.gaya().leading(font);
        float size = b.gaya().ukuran(font);
        // baseline: the line's box minus the descent (about a fifth of the size)
        ty += lead;
        PDType1Font face = b.gaya().tebal() ? f.bold() : k.lanjutan() && b.gaya() == Gaya.KECIL ? f.italic() : f.regular();
        text(face, size, tx, ty - size * 0.25f, b.teks());
      }
    }
  }

  // ---- texts -----------------------------------------------------------------------------------------------------

  /** Every text of the drawing in one language. */
  private static final class Texts {
    final Pohon pohon;
    final Locale locale;
    final ZoneId zone;
    final Map<String, String> nama;
    final boolean indonesian;
    final Legend legend;
    final Fonts f = new Fonts();

    Texts(Pohon pohon, Locale locale, ZoneId zone, Map<String, String> nama) {
      this.pohon = pohon;
      this.locale = locale == null ? Messages.INDONESIAN : locale;
      this.zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
      this.nama = nama == null ? Map.of() : nama;
      this.indonesian = !"en".equals(this.locale.getLanguage());
      this.legend = legend(pohon);
      induk(pohon.akar(), null);
    }

    /** Node id → its parent's kecamatan: a box names its kecamatan only where the kecamatan's part starts. */
    private final Map<String, String> kecamatanInduk = new java.util.HashMap<>();

    private void induk(List<Simpul> nodes, String kecamatan) {
      if (nodes == null) {
        return;
      }
      for (Simpul n : nodes) {
        if (kecamatan != null) {
          kecamatanInduk.put(n.id(), kecamatan);
        }
        induk(n.anak(), n.kecamatanKode());
      }
    }

    /** A box's colours: its predicate's band, blue-grey for a capaian without a scale, grey without a capaian. */
    Colours warna(Simpul s) {
      if (s.predikat() != null && s.predikat().skor() != null && hasValue(s.capaian())) {
        Color c = colour(s.predikat().skor(), legend);
        return new Colours(c, tint(c));
      }
      if (hasValue(s.capaian())) {
        return new Colours(NO_SCALE, tint(NO_SCALE));
      }
      return new Colours(GREY, GREY_FILL);
    }

    String t(MessageKey key, Object... args) {
      return Message.of(key, args).render(locale, zone);
    }

    String judul() {
      String kabupaten = pohon.kabupatenNama() == null ? pohon.kabupatenKode() : pohon.kabupatenNama();
      if (pohon.kecamatanKode() == null) {
        return t(POHON_JUDUL_KABUPATEN, "kabupaten", kabupaten, "tahun", pohon.tahun());
      }
      String kecamatan = pohon.kecamatanNama() == null ? pohon.kecamatanKode() : pohon.kecamatanNama();
      return t(POHON_JUDUL_KECAMATAN, "kecamatan", kecamatan, "kabupaten", kabupaten, "tahun", pohon.tahun());
    }

    String subjudul() {
      StringBuilder sb = new StringBuilder(periode());
      if (pohon.rpjmdKode() != null) {
        sb.append(SEP).append(t(POHON_RPJMD, "kode", pohon.rpjmdKode()));
      }
      sb.append(SEP).append(t("PROVISIONAL".equals(pohon.basis()) ? TAMPILAN_PROVISIONAL : TAMPILAN_OFFICIAL));
      return sb.toString();
    }

    String periode() {
      if (pohon.periode() <= 0) {
        return t(POHON_PERIODE_TAHUN, "tahun", pohon.tahun());
      }
      String[] roman = { "I", "II", "III", "IV" };
      String tw = pohon.periode() <= 4 ? roman[pohon.periode() - 1] : String.valueOf(pohon.periode());
      return t(POHON_PERIODE_TRIWULAN, "triwulan", tw, "tahun", pohon.tahun());
    }

    String dataSd() {
      return t(POHON_DATA_SD, "waktu", pohon.asOf() == null ? "–" : Messages.format(pohon.asOf(), locale, zone));
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

    /** A number the view wrote in id-ID ("1.234,56"), in the language of the drawing. */
    String angka(String idText) {
      if (idText == null || indonesian) {
        return idText;
      }
      StringBuilder sb = new StringBuilder(idText.length());
      for (char ch : idText.toCharArray()) {
        sb.append(ch == '.' ? ',' : ch == ',' ? '.' : ch);
      }
      return sb.toString();
    }

    /** "104,25 %", or why there is none ("belum dilaporkan"): never 0. */
    String persen(Views.Nilai n) {
      if (hasValue(n)) {
        return angka(n.teks()) + " %";
      }
      return status(n == null ? null : n.status());
    }

    String status(String status) {
      return t(Xlsx.sebabKosong(status));
    }

    String kecamatan(String kode) {
      return t(POHON_KECAMATAN, "nama", nama.getOrDefault(kode, kode));
    }

    /** The paragraphs of a node's box. */
    List<Teks> isi(Simpul s) {
      List<Teks> out = new ArrayList<>();
      String title = jenis(s.jenis()) + " " + (s.kode() == null ? "" : s.kode());
      if (pohon.kecamatanKode() == null && s.kecamatanKode() != null
          && !s.kecamatanKode().equals(kecamatanInduk.get(s.id()))) {
        title += " · " + kecamatan(s.kecamatanKode());
      }
      out.add(new Teks(title, Gaya.JUDUL, 2));
      out.add(new Teks(s.uraian(), Gaya.BIASA, s.jenis() == JenisSimpul.ANGGARAN ? 2 : 4));
      List<Indikator> ind = s.indikator() == null ? List.of() : s.indikator();
      if (s.jenis() == JenisSimpul.INDIKATOR && ind.size() == 1) {
        Indikator i = ind.get(0);
        String satuan = i.satuan() == null ? "" : " " + i.satuan();
        out.add(new Teks(t(POHON_INDIKATOR_RINCIAN, "target", i.target() == null ? "–" : angka(i.target()) + satuan,
            "realisasi", i.realisasi() == null ? status(null) : angka(i.realisasi()) + satuan), Gaya.KECIL, 2));
      } else {
        for (int k = 0; k < Math.min(INDICATORS_SHOWN, ind.size()); k++) {
          out.add(new Teks("• " + indikator(ind.get(k)), Gaya.KECIL, 1));
        }
        if (ind.size() > INDICATORS_SHOWN) {
          out.add(new Teks(t(POHON_INDIKATOR_LAINNYA, "jumlah", ind.size() - INDICATORS_SHOWN), Gaya.KECIL, 1));
        }
      }
      if (tanpaIndikator(s)) {
        // nothing is linked beneath: no capaian is due, so none is "belum dilaporkan" either
        if (s.jenis() != JenisSimpul.ANGGARAN) {
          out.add(new Teks(t(POHON_TANPA_INDIKATOR), Gaya.KECIL, 1));
        }
      } else {
        out.add(new Teks(t(POHON_CAPAIAN, "capaian", persen(s.capaian())), Gaya.TEBAL, 1));
        if (hasValue(s.capaian()) && s.predikat() != null && s.predikat().label() != null) {
          // on the capaian's line when it fits there, else on a line of its own (never split after the dot)
          out.add(new Teks(s.predikat().label(), Gaya.TEBAL, 1, true));
        }
        if (s.cakupan() != null && s.cakupan().teks() != null) {
          out.add(new Teks(s.cakupan().teks().render(locale, zone), Gaya.KECIL, 1));
        }
      }
      if (s.pagu() != null && s.pagu().nilai() != null) {
        String pagu = angka(s.pagu().teks());
        out.add(new Teks(s.serapan() == null ? t(POHON_PAGU, "pagu", pagu)
            : t(POHON_PAGU_SERAPAN, "pagu", pagu, "serapan", persen(s.serapan())), Gaya.KECIL, 2));
      }
      return out;
    }

    /** "IKU-SKM: 104,25 %", "IKU-X: belum dilaporkan"; an RPJMD indicator (not measured here) with its target. */
    String indikator(Indikator i) {
      Views.Nilai c = i.capaian();
      if (!hasValue(c) && c != null && "NOT_APPLICABLE".equals(c.status()) && i.target() != null) {
        return i.kode() + ": " + t(POHON_INDIKATOR_TARGET, "target", angka(i.target())
            + (i.satuan() == null ? "" : " " + i.satuan()));
      }
      return i.kode() + ": " + persen(c);
    }
  }

  /** No indicator is linked beneath the node (coverage 0 of 0) and it has no capaian. */
  static boolean tanpaIndikator(Simpul s) {
    return !hasValue(s.capaian()) && s.cakupan() != null && s.cakupan().jumlah() == 0;
  }

  static boolean hasValue(Views.Nilai n) {
    return n != null && n.display() != null && n.teks() != null;
  }

  // ---- fonts -----------------------------------------------------------------------------------------------------

  /**
   * The standard Helvetica fonts, as common.dokumen writes with; one set per drawing (a font caches the widths it
   * measured, not made for threads sharing it).
   */
  record Fonts(PDType1Font regular, PDType1Font bold, PDType1Font italic) {
    Fonts() {
      this(new PDType1Font(Standard14Fonts.FontName.HELVETICA), new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
    }

    float width(String s, boolean bold, float size) {
      return width(s, bold ? this.bold : regular, size);
    }

    float width(String s, PDType1Font f, float size) {
      try {
        return f.getStringWidth(safe(f, s)) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A header line cut with "…" to the room it has. */
    String fit(String s, PDType1Font f, float size, float room) {
      if (width(s, f, size) <= room) {
        return s;
      }
      String cut = s;
      while (!cut.isEmpty() && width(cut + "…", f, size) > room) {
        cut = cut.substring(0, cut.length() - 1);
      }
      return cut.stripTrailing() + "…";
    }
  }

  /** Characters the standard fonts cannot encode become a close ASCII form, or "?" (as common.dokumen does). */
  static String safe(PDType1Font f, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String one = switch (ch) {
        case '\u2212' -> "-";
        case '\u2264' -> "<=";
        case '\u2265' -> ">=";
        case '\u221E' -> "~";
        case '\t', '\n', '\r', '\u00A0' -> " ";
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
