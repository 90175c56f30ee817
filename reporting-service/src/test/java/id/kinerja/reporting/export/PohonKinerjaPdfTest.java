package id.kinerja.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.Messages;
import id.kinerja.reporting.export.PohonLayout.Hasil;
import id.kinerja.reporting.service.view.PohonViews.Indikator;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.PohonViews.Pohon;
import id.kinerja.reporting.service.view.PohonViews.Simpul;

/**
 * The pohon kinerja drawing (pohon-kinerja.pdf), read back with PDFBox: every node's kode and capaian (or "belum
 * dilaporkan", never 0), the header and footer, A3 landscape for the kabupaten tree and A4 landscape for a kecamatan
 * tree, a 40-kecamatan tree paginated without overlapping boxes, English on request. With
 * {@code -Dkinerja.pohon.render=DIR} the pages are also rendered to PNG there (pohon-a4.png, pohon-a3.png, ...) to be
 * looked at.
 */
class PohonKinerjaPdfTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void theKabupatenTreeOnA3WithEveryNodesFigure() throws IOException {
    Pohon p = PohonContoh.kabupaten();
    byte[] pdf = PohonKinerjaPdf.render(p, Messages.INDONESIAN, WIB, logo(), PohonContoh.NAMA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      landscape(doc, "A3");
      String text = text(doc);
      assertThat(text).contains("Pohon Kinerja Kabupaten Ponorogo Tahun 2024", "Periode: tahun 2024",
          "RPJMD: RPJMD-PONOROGO-2021-2026", "Resmi: hanya realisasi", "Visi: Ponorogo Hebat",
          "Data s.d. 10 Januari 2025 pukul 10.00 WIB", "Halaman 1 dari 1", "Warna menurut predikat:",
          "4 Sangat Berhasil", "tanpa capaian", "Kec. Mlarak", "Kec. Siman", "Kec. Jetis");
      everyNode(p, text, "belum dilaporkan");
      assertThat(text).contains("Capaian belum dilaporkan", "IK-BUMDES: belum dilaporkan", "tanpa indikator tertaut");
      // an RPJMD indicator is not measured here: its target, not a capaian
      assertThat(text).contains("IKU-K-01: target 63 indeks");
      assertThat(text).doesNotContain("Capaian 0 ", "Capaian 0,00");
      render(doc, "pohon-a3");
    }
  }

  @Test
  void theKecamatanTreeOnA4() throws IOException {
    Pohon p = PohonContoh.mlarak();
    byte[] pdf = PohonKinerjaPdf.render(p, Messages.INDONESIAN, WIB, logo(), PohonContoh.NAMA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      landscape(doc, "A4");
      String text = text(doc);
      assertThat(text).contains("Pohon Kinerja Kecamatan Mlarak, Kabupaten Ponorogo, Tahun 2024",
          "Sementara: realisasi yang diajukan", "Halaman 1 dari 1");
      everyNode(p, text, "belum dilaporkan");
      // the kecamatan tree does not name its own kecamatan in every box
      assertThat(text).doesNotContain("Kec. Mlarak");
      render(doc, "pohon-a4");
    }
  }

  @Test
  void aWideTreeIsPaginatedOnA3WithoutOverlappingBoxes() throws IOException {
    Pohon p = PohonContoh.besar(40);
    Hasil h = PohonKinerjaPdf.tata(p, Messages.INDONESIAN, WIB, PohonContoh.NAMA);
    assertThat(h.kertas()).isEqualTo(PohonLayout.Kertas.A3_LANDSCAPE);
    assertThat(h.font()).isEqualTo(PohonLayout.MIN_FONT);
    assertThat(h.halaman().size()).isGreaterThan(1);
    assertThat(PohonLayoutCheck.problems(p.akar(), h)).isEmpty();
    byte[] pdf = PohonKinerjaPdf.render(p, Messages.INDONESIAN, WIB, null, PohonContoh.NAMA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int n = doc.getNumberOfPages();
      assertThat(n).isEqualTo(h.halaman().size());
      for (int i = 1; i <= n; i++) {
        landscape(doc, "A3");
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i);
        s.setEndPage(i);
        String page = s.getText(doc);
        assertThat(page).contains("Halaman " + i + " dari " + n, "Periode: s.d. triwulan II tahun 2024");
        if (i > 1) {
          assertThat(page).contains("(lanjutan)");
        }
      }
      everyNode(p, text(doc), "belum dilaporkan");
      render(doc, "pohon-besar");
    }
  }

  @Test
  void aWideKecamatanTreeIsPaginatedOnA4() throws IOException {
    Pohon big = PohonContoh.besar(12);
    Pohon p = new Pohon(big.kabupatenKode(), big.kabupatenNama(), "35.02.08", "Mlarak", big.tahun(), 0, "OFFICIAL",
        big.rpjmdKode(), null, big.akar(), List.of(), big.asOf());
    Hasil h = PohonKinerjaPdf.tata(p, Messages.INDONESIAN, WIB, PohonContoh.NAMA);
    assertThat(h.kertas()).isEqualTo(PohonLayout.Kertas.A4_LANDSCAPE);
    assertThat(h.halaman().size()).isGreaterThan(1);
    assertThat(PohonLayoutCheck.problems(p.akar(), h)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(PohonKinerjaPdf.render(p, Messages.INDONESIAN, WIB, null, Map.of()))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(h.halaman().size());
      landscape(doc, "A4");
    }
  }

  @Test
  void inEnglishOnRequest() throws IOException {
    Pohon p = PohonContoh.kabupaten();
    byte[] pdf = PohonKinerjaPdf.render(p, Messages.ENGLISH, WIB, null, PohonContoh.NAMA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = text(doc);
      assertThat(text).contains("Performance tree (pohon kinerja) of Kabupaten Ponorogo, 2024", "Period: the year 2024",
          "Official: only verified", "Data as of 10 January 2025 at 10:00 WIB", "Page 1 of 1", "Colour by predicate:",
          "RPJMD objective", "IKU-SKM: 104.25 %", "Achievement 90.04 %", "not reported");
      assertThat(text).doesNotContain("belum dilaporkan");
      render(doc, "pohon-en");
    }
  }

  @Test
  void anEmptyTreeAndABrokenLogoStillGiveADocument() throws IOException {
    Pohon p = new Pohon("35.02", "Kabupaten Ponorogo", null, null, 2024, 0, "OFFICIAL", null, null, List.of(),
        List.of(), null);
    try (PDDocument doc = Loader.loadPDF(PohonKinerjaPdf.render(p, Messages.INDONESIAN, WIB, new byte[] { 1, 2, 3 },
        Map.of()))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      landscape(doc, "A4");
      assertThat(text(doc)).contains("Belum ada simpul pohon kinerja", "Data s.d. –");
    }
  }

  /** Every node's kode and capaian text; an absent capaian as {@code absent}, never 0. */
  private static void everyNode(Pohon p, String text, String absent) {
    String flat = text.replaceAll("\\s+", " ");
    for (Simpul s : PohonContoh.all(p)) {
      assertThat(flat).as(s.id()).contains(s.kode());
      if (PohonKinerjaPdf.hasValue(s.capaian())) {
        assertThat(flat).as(s.id()).contains(s.capaian().teks() + " %");
      }
      for (Indikator i : s.indikator().stream().limit(3).toList()) {
        assertThat(flat).as(s.id() + " " + i.kode()).contains(i.kode());
      }
    }
    // "belum dilaporkan" where indicators are linked beneath and none reported; where none is linked, no capaian is due
    long unreported = PohonContoh.all(p).stream()
        .filter(s -> !PohonKinerjaPdf.hasValue(s.capaian()) && !PohonKinerjaPdf.tanpaIndikator(s)).count();
    assertThat(count(flat, "Capaian " + absent)).isEqualTo(unreported);
    long unlinked = PohonContoh.all(p).stream()
        .filter(s -> PohonKinerjaPdf.tanpaIndikator(s) && s.jenis() != JenisSimpul.ANGGARAN).count();
    assertThat(count(flat, absent.equals("belum dilaporkan") ? "tanpa indikator tertaut" : "no linked indicator"))
        .isEqualTo(unlinked);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static void landscape(PDDocument doc, String paper) {
    for (PDPage page : doc.getPages()) {
      float w = page.getMediaBox().getWidth();
      float h = page.getMediaBox().getHeight();
      assertThat(w).isGreaterThan(h);
      if ("A3".equals(paper)) {
        assertThat(w).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
        assertThat(h).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
      } else {
        assertThat(w).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
        assertThat(h).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(1f));
      }
    }
  }

  private static String text(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc);
  }

  /** A small emblem, as planning would have stored it. */
  static byte[] logo() throws IOException {
    BufferedImage img = new BufferedImage(60, 72, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 60, 72);
    g.setColor(new Color(0x1B, 0x5E, 0x20));
    g.fillOval(4, 4, 52, 64);
    g.setColor(new Color(0xFB, 0xC0, 0x2D));
    g.fillOval(18, 22, 24, 28);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static void render(PDDocument pdf, String name) throws IOException {
    String dir = System.getProperty("kinerja.pohon.render");
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    PDFRenderer r = new PDFRenderer(pdf);
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      String file = pdf.getNumberOfPages() == 1 ? name + ".png" : name + "-" + (i + 1) + ".png";
      ImageIO.write(r.renderImageWithDPI(i, 110), "png", Path.of(dir, file).toFile());
    }
  }
}
