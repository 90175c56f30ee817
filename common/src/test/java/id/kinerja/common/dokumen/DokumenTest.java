package id.kinerja.common.dokumen;

import static id.kinerja.common.dokumen.Dokumen.baris;
import static id.kinerja.common.dokumen.Dokumen.barisTebal;
import static id.kinerja.common.dokumen.Dokumen.kolom;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import id.kinerja.common.dokumen.Dokumen.Rata;

class DokumenTest {

  private static final String LONG_CODE = "IKU-KEC-MLARAK-PELAYANAN-ADMINISTRASI-TERPADU-2024";

  static byte[] logo() throws IOException {
    BufferedImage img = new BufferedImage(80, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x1F, 0x5F, 0x2F));
    g.fillRect(0, 0, 80, 100);
    g.setColor(Color.YELLOW);
    g.fillOval(15, 20, 50, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static Dokumen contoh() throws IOException {
    Dokumen d = new Dokumen("Perjanjian Kinerja Tahun 2024");
    d.kopSurat(logo(), 2, List.of("PEMERINTAH KABUPATEN PONOROGO", "KECAMATAN MLARAK",
        "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472"));
    d.judul("PERJANJIAN KINERJA TAHUN 2024", 0);
    d.paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
        + "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
    d.rincian(new Dokumen.Butir("Nama", "Bambang Suprapto, S.Sos."),
        new Dokumen.Butir("Jabatan", "Kepala Sub Bagian Keuangan, Penyusunan Program dan Pelaporan (juga Plt. Kepala "
            + "Seksi Pemberdayaan Masyarakat) Kecamatan Mlarak"));
    d.isian("[Diisi oleh kecamatan: analisis capaian kinerja]");
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (int i = 1; i <= 70; i++) {
      rows.add(baris(String.valueOf(i), i == 3 ? LONG_CODE : "IKU-" + i, "Nilai SKM Pelayanan Administrasi " + i,
          "1.234.567,89"));
    }
    rows.add(barisTebal("", "", "Jumlah", "86.419.752.300"));
    d.tabel(List.of(kolom("No", 4, Rata.TENGAH), kolom("Kode", 10, Rata.KIRI), kolom("Indikator", 30, Rata.KIRI),
        kolom("Anggaran (Rp)", 12, Rata.KANAN)), rows);
    d.tambah(new Dokumen.GrafikBatang("Capaian per triwulan", "%", List.of("TW I", "TW II", "TW III", "TW IV"),
        List.of(new Dokumen.Seri("Capaian triwulan", Arrays.asList(new BigDecimal("87.46"), new BigDecimal("120"), null,
            null)), new Dokumen.Seri("Capaian s.d. triwulan", Arrays.asList(new BigDecimal("20.5"),
                new BigDecimal("45"), null, null))),
        List.of(Arrays.asList("87,46", "120,00", null, null), Arrays.asList("20,50", "45,00", null, null))));
    d.halamanBaru();
    d.tambah(new Dokumen.Gambar(logo(), 90));
    d.tandaTangan(new Dokumen.Penandatangan("", "PIHAK KEDUA", "Bupati Ponorogo", "Drs. H. Sugiri Sancoko, M.M.",
        null), new Dokumen.Penandatangan("Ponorogo, 2 Januari 2024", "PIHAK PERTAMA", "Camat Mlarak",
            "Bambang Suprapto, S.Sos.", "NIP. 19700101 199003 1 001"));
    return d;
  }

  @Test
  void pdfCarriesEveryTextAndParses() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DokumenPdf.write(contoh(), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Perjanjian Kinerja Tahun 2024");
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("PEMERINTAH KABUPATEN PONOROGO", "PERJANJIAN KINERJA TAHUN 2024",
          "Bambang Suprapto, S.Sos.", "NIP. 19700101 199003 1 001", "86.419.752.300", "[Diisi oleh kecamatan",
          "87,46", "Capaian s.d. triwulan", "Jabatan : Kepala Sub Bagian Keuangan");
      // the long code is broken inside its column, not run into the next one: its pieces are on separate lines
      assertThat(text.replace("\n", "").replace("\r", "")).contains(LONG_CODE);
      assertThat(text.lines().noneMatch(l -> l.contains(LONG_CODE))).isTrue();
      // the header row repeats on the table's second page
      assertThat(text.split("Anggaran \\(Rp\\)", -1).length - 1).isGreaterThanOrEqualTo(2);
      render(pdf, "contoh");
    }
  }

  @Test
  void docxCarriesEveryTextAndPoiReadsItBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DokumenDocx.write(contoh(), out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      String text = x.getText();
      assertThat(text).contains("PEMERINTAH KABUPATEN PONOROGO", "PERJANJIAN KINERJA TAHUN 2024", LONG_CODE,
          "Bambang Suprapto, S.Sos.", "NIP. 19700101 199003 1 001", "86.419.752.300", "[Diisi oleh kecamatan",
          "Jabatan\t:\tKepala Sub Bagian Keuangan");
      assertThat(doc.getCharts()).hasSize(1);
      // the same logo twice (letterhead, then a picture): one picture part, two drawings
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(doc.getDocument().xmlText().split("<pic:pic ", -1)).hasSize(3);
      assertThat(doc.getTables().get(2).getRow(0).isRepeatHeader()).isTrue();
      assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Perjanjian Kinerja Tahun 2024");
    }
    Path dir = System.getProperty("kinerja.dokumen.render") == null ? null : Path.of(System.getProperty("kinerja.dokumen.render"));
    if (dir != null) {
      Files.createDirectories(dir);
      Files.write(dir.resolve("contoh.docx"), out.toByteArray());
    }
  }

  @Test
  void wrapBreaksWordsWiderThanTheColumnAndKeepsEveryCharacter() throws IOException {
    PDType1Font f = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<String> lines = DokumenPdf.wrap("Kode " + LONG_CODE + " selesai", f, 8.5f, 60);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(("Kode" + LONG_CODE + "selesai"));
    for (String line : lines) {
      assertThat(f.getStringWidth(line) / 1000 * 8.5f).isLessThanOrEqualTo(60f);
    }
    assertThat(DokumenPdf.wrap("", f, 10, 100)).containsExactly("");
    assertThat(DokumenPdf.wrap("a\nb", f, 10, 100)).containsExactly("a", "b");
  }

  @Test
  void charactersTheStandardFontLacksAreReplacedNotDropped() {
    PDType1Font f = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertThat(DokumenPdf.safe(f, "−5 ≤ x ≥ 3 \u03A3")).isEqualTo("-5 <= x >= 3 ?");
  }

  /** Pages as PNG for a person to look at, only when asked for with -Dkinerja.dokumen.render=DIR. */
  static void render(PDDocument pdf, String name) throws IOException {
    String dir = System.getProperty("kinerja.dokumen.render");
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    PDFRenderer r = new PDFRenderer(pdf);
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      ImageIO.write(r.renderImageWithDPI(i, 60), "png", Path.of(dir, name + "-" + (i + 1) + ".png").toFile());
    }
  }
}
