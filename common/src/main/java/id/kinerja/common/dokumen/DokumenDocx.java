package id.kinerja.common.dokumen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import id.kinerja.common.dokumen.Dokumen.Rata;

/**
 * Writes a {@link Dokumen} as an A4 Word document (POI XWPF) for finishing by hand: headings carry outline levels
 * (Word's navigation pane and table of contents find them), tables repeat their header row, charts are native Word
 * charts whose data can be edited, the placeholders are highlighted so none is left unwritten unnoticed.
 */
public final class DokumenDocx {

  private static final String FONT = "Arial";
  /** A4 with 2 cm margins, in twentieths of a point. */
  private static final int PAGE_W = 11906;
  private static final int PAGE_H = 16838;
  private static final int MARGIN = 1134;
  private static final int CONTENT_W = PAGE_W - 2 * MARGIN;
  /** The PDF's series colours, as RGB bytes. */
  private static final byte[][] SERI = { { 0x2E, 0x6F, (byte) 0xB5 }, { (byte) 0xF0, (byte) 0x9A, 0x2B },
      { 0x4C, (byte) 0xA6, 0x4C }, { (byte) 0x99, 0x66, (byte) 0xCC } };

  private DokumenDocx() {
  }

  public static void write(Dokumen dokumen, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(dokumen.judul());
      doc.getProperties().getCoreProperties().setCreator("Kinerja Kecamatan");
      pageSetup(doc);
      boolean pageBreakPending = false;
      for (Dokumen.Blok b : dokumen.blok()) {
        if (b instanceof Dokumen.HalamanBaru) {
          pageBreakPending = true;
          continue;
        }
        int before = doc.getBodyElements().size();
        if (b instanceof Dokumen.KopSurat k) {
          kopSurat(doc, k);
        } else if (b instanceof Dokumen.Judul j) {
          judul(doc, j);
        } else if (b instanceof Dokumen.Paragraf p) {
          paragraf(doc.createParagraph(), p.teks(), p.rata(), p.tebal(), 11);
        } else if (b instanceof Dokumen.Rincian r) {
          rincian(doc, r);
        } else if (b instanceof Dokumen.Isian i) {
          isian(doc, i.teks());
        } else if (b instanceof Dokumen.Tabel t) {
          tabel(doc, t);
        } else if (b instanceof Dokumen.GrafikBatang g) {
          grafik(doc, g);
        } else if (b instanceof Dokumen.TandaTangan t) {
          tandaTangan(doc, t);
        } else if (b instanceof Dokumen.Gambar g) {
          XWPFParagraph p = doc.createParagraph();
          p.setAlignment(ParagraphAlignment.CENTER);
          picture(p.createRun(), g.isi(), g.lebar(), Double.MAX_VALUE);
        }
        if (pageBreakPending) {
          pageBreakBefore(doc, before);
          pageBreakPending = false;
        }
      }
      doc.write(out);
    }
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_W));
    size.setH(BigInteger.valueOf(PAGE_H));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN));
    mar.setBottom(BigInteger.valueOf(MARGIN));
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  /** The next block starts a page: its first paragraph (or the paragraph before its table) carries the break. */
  private static void pageBreakBefore(XWPFDocument doc, int index) {
    if (index < doc.getBodyElements().size() && doc.getBodyElements().get(index) instanceof XWPFParagraph p) {
      p.setPageBreak(true);
      return;
    }
    // a table cannot carry the break itself; Word keeps an empty paragraph with the break before it
    XWPFParagraph p = doc.insertNewParagraph(doc.getTables().get(doc.getTables().size() - 1).getCTTbl().newCursor());
    p.setPageBreak(true);
  }

  private static XWPFRun run(XWPFParagraph p, String text, boolean bold, double size) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    String[] lines = (text == null ? "" : text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    return r;
  }

  private static void kopSurat(XWPFDocument doc, Dokumen.KopSurat k) throws IOException {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    fixedWidths(t, new float[] { 1.2f, 8.8f });
    XWPFTableCell logoCell = t.getRow(0).getCell(0);
    if (k.logo() != null && k.logo().length > 0) {
      picture(logoCell.getParagraphs().get(0).createRun(), k.logo(), 72, 62);
    }
    XWPFTableCell text = t.getRow(0).getCell(1);
    for (int i = 0; i < k.baris().size(); i++) {
      XWPFParagraph p = i == 0 ? text.getParagraphs().get(0) : text.addParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingAfter(0);
      boolean b = i < k.barisTebal();
      run(p, k.baris().get(i), b, b ? (i == 0 ? 13 : 14) : 9.5);
    }
    XWPFParagraph rule = doc.createParagraph();
    rule.setBorderBottom(Borders.THIN_THICK_SMALL_GAP);
    rule.setSpacingAfter(240);
  }

  /** The picture at most {@code maxW} × {@code maxH} points, its proportions kept. */
  private static void picture(XWPFRun run, byte[] isi, double maxW, double maxH) throws IOException {
    var img = ImageIO.read(new ByteArrayInputStream(isi));
    double w = Math.min(maxW, maxH * img.getWidth() / img.getHeight());
    double h = w * img.getHeight() / img.getWidth();
    PictureType type = isi[0] == (byte) 0x89 ? PictureType.PNG : PictureType.JPEG;
    try {
      run.addPicture(new ByteArrayInputStream(isi), type, "gambar", Units.toEMU(w), Units.toEMU(h));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException("picture", e);
    }
  }

  private static void judul(XWPFDocument doc, Dokumen.Judul j) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(j.tingkat() <= 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    p.setKeepNext(true);
    p.setSpacingBefore(j.tingkat() <= 1 ? 240 : 160);
    p.setSpacingAfter(120);
    if (j.tingkat() > 0) {
      p.getCTP().isSetPPr();
      var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(j.tingkat() - 1L));
    }
    double size = switch (j.tingkat()) {
      case 0 -> 13;
      case 1 -> 12;
      case 2 -> 11;
      default -> 10.5;
    };
    run(p, j.teks(), true, size);
  }

  private static void paragraf(XWPFParagraph p, String teks, Rata rata, boolean bold, double size) {
    p.setAlignment(align(rata));
    p.setSpacingAfter(100);
    run(p, teks, bold, size);
  }

  /** A borderless table of label, colon and value, indented by an empty first column. */
  private static void rincian(XWPFDocument doc, Dokumen.Rincian r) {
    XWPFTable table = doc.createTable(r.butir().size(), 4);
    table.removeBorders();
    int longest = r.butir().stream().mapToInt(b -> b.label() == null ? 0 : b.label().length()).max().orElse(0);
    fixedWidths(table, new float[] { 0.4f, Math.min(3.5f, 0.5f + longest * 0.13f), 0.25f, 7 });
    for (int i = 0; i < r.butir().size(); i++) {
      Dokumen.Butir b = r.butir().get(i);
      XWPFTableRow row = table.getRow(i);
      String[] cells = { "", b.label(), ":", b.nilai() };
      for (int c = 0; c < cells.length; c++) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        p.setSpacingAfter(0);
        run(p, cells[c], false, 11);
      }
    }
    XWPFParagraph after = doc.createParagraph();
    after.setSpacingAfter(60);
  }

  private static void isian(XWPFDocument doc, String teks) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(160);
    XWPFRun r = run(p, teks, false, 10.5);
    r.setItalic(true);
    r.setTextHighlightColor("yellow");
  }

  private static void tabel(XWPFDocument doc, Dokumen.Tabel t) {
    int cols = t.kolom().size();
    XWPFTable table = doc.createTable(1 + t.baris().size(), cols);
    float[] lebar = new float[cols];
    for (int i = 0; i < cols; i++) {
      lebar[i] = t.kolom().get(i).lebar();
    }
    fixedWidths(table, lebar);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < cols; c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("E7E6E6");
      cellText(cell, t.kolom().get(c).judul(), Rata.TENGAH, true);
    }
    for (int r = 0; r < t.baris().size(); r++) {
      Dokumen.Baris b = t.baris().get(r);
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        cellText(row.getCell(c), b.sel().get(c), t.kolom().get(c).rata(), b.tebal());
      }
    }
    XWPFParagraph after = doc.createParagraph();
    after.setSpacingAfter(120);
  }

  private static void cellText(XWPFTableCell cell, String text, Rata rata, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align(rata == Rata.PENUH ? Rata.KIRI : rata));
    p.setSpacingAfter(0);
    run(p, text, bold, 9);
  }

  /** Column widths in proportion, fixed so Word does not re-flow a wide code column over its neighbours. */
  private static void fixedWidths(XWPFTable table, float[] lebar) {
    float total = 0;
    for (float l : lebar) {
      total += l;
    }
    table.setWidth(CONTENT_W);
    table.setCellMargins(40, 70, 40, 70);
    var tblPr = table.getCTTbl().getTblPr();
    CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    int[] twips = new int[lebar.length];
    for (int i = 0; i < lebar.length; i++) {
      twips[i] = Math.round(CONTENT_W * lebar[i] / total);
      grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < lebar.length; i++) {
        var tcPr = row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr()
            : row.getCell(i).getCTTc().addNewTcPr();
        var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips[i]));
      }
    }
  }

  private static void grafik(XWPFDocument doc, Dokumen.GrafikBatang g) throws IOException {
    XWPFChart chart;
    try {
      chart = doc.createChart(Units.toEMU(460), Units.toEMU(250));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    chart.setTitleText(g.judul());
    chart.setTitleOverlay(false);
    // Word's default chart title (18 pt) is larger than the chapter headings
    chart.getTitle().getOrAddTextProperties().setFontSize(11.0);
    chart.getTitle().getOrAddTextProperties().setBold(true);
    XDDFCategoryAxis kategori = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis nilai = chart.createValueAxis(AxisPosition.LEFT);
    nilai.setCrosses(AxisCrosses.AUTO_ZERO);
    nilai.setMinimum(0);
    nilai.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, kategori, nilai);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    String[] cats = g.kategori().toArray(String[]::new);
    XDDFCategoryDataSource catSource = XDDFDataSourcesFactory.fromArray(cats,
        chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, cats.length, 0, 0)), 0);
    for (int s = 0; s < g.seri().size(); s++) {
      List<BigDecimal> values = g.seri().get(s).nilai();
      Double[] v = new Double[values.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = values.get(i) == null ? null : values.get(i).doubleValue();
      }
      XDDFNumericalDataSource<Double> valSource = XDDFDataSourcesFactory.fromArray(v,
          chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, v.length, s + 1, s + 1)), s + 1);
      var series = data.addSeries(catSource, valSource);
      series.setTitle(g.seri().get(s).nama(), chart.setSheetTitle(g.seri().get(s).nama(), s + 1));
      // without an explicit fill some readers (LibreOffice) draw no bars at all
      series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERI[s % SERI.length])));
      // no value labels: a reader labels a missing point "0" and "not reported" is never 0; the figures are in
      // the table beside the chart and in the chart's editable data
    }
    chart.plot(data);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XWPFParagraph after = doc.createParagraph();
    after.setSpacingAfter(120);
  }

  private static void tandaTangan(XWPFDocument doc, Dokumen.TandaTangan t) {
    int n = t.pihak().size();
    XWPFTable table = doc.createTable(1, n);
    table.removeBorders();
    float[] lebar = new float[n];
    java.util.Arrays.fill(lebar, 1);
    fixedWidths(table, lebar);
    for (int i = 0; i < n; i++) {
      Dokumen.Penandatangan p = t.pihak().get(i);
      XWPFTableCell cell = table.getRow(0).getCell(i);
      centred(cell.getParagraphs().get(0), p.tempatTanggal(), false);
      centred(cell.addParagraph(), p.pihak(), true);
      centred(cell.addParagraph(), p.jabatan(), false);
      for (int k = 0; k < 3; k++) {
        centred(cell.addParagraph(), "", false);
      }
      XWPFRun nama = centred(cell.addParagraph(), p.nama(), true);
      nama.setUnderline(UnderlinePatterns.SINGLE);
      if (p.nip() != null) {
        centred(cell.addParagraph(), p.nip(), false);
      }
    }
    doc.createParagraph();
  }

  private static XWPFRun centred(XWPFParagraph p, String text, boolean bold) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return run(p, text, bold, 11);
  }

  private static ParagraphAlignment align(Rata rata) {
    return switch (rata) {
      case TENGAH -> ParagraphAlignment.CENTER;
      case KANAN -> ParagraphAlignment.RIGHT;
      case PENUH -> ParagraphAlignment.BOTH;
      default -> ParagraphAlignment.LEFT;
    };
  }
}
