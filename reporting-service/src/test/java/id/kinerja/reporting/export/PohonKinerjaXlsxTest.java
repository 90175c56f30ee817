package id.kinerja.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.Messages;
import id.kinerja.reporting.service.view.PohonViews.Indikator;
import id.kinerja.reporting.service.view.PohonViews.Pohon;
import id.kinerja.reporting.service.view.PohonViews.Simpul;

/**
 * The pohon kinerja workbook (pohon-kinerja.xlsx), read back with POI: one row per node in the tree's order, indented
 * and grouped by depth, its indicators one level deeper; figures as numbers, "belum dilaporkan" as text (never 0); the
 * audit sheet; English on request.
 */
class PohonKinerjaXlsxTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private record Expected(Simpul simpul, Indikator indikator, int depth) {
  }

  @Test
  void oneRowPerNodeIndentedAndGroupedByDepth() throws IOException {
    Pohon p = PohonContoh.kabupaten();
    byte[] xlsx = PohonKinerjaXlsx.render(p, Messages.INDONESIAN, WIB, PohonContoh.NAMA);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Pohon Kinerja");
      assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Tanpa Tautan");
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pohon Kinerja Kabupaten Ponorogo Tahun 2024");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("Periode: tahun 2024",
          "RPJMD-PONOROGO-2021-2026", "Resmi", "Data s.d. 10 Januari 2025 pukul 10.00 WIB");
      int header = headerRow(s, "Jenis");
      assertThat(texts(s.getRow(header))).containsExactly("Jenis", "Kode", "Uraian", "Kecamatan", "Indikator",
          "Target", "Realisasi", "Capaian (%)", "Predikat", "Cakupan", "Pagu (Rp)", "Realisasi anggaran (Rp)",
          "Serapan (%)");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();

      List<Expected> expected = new ArrayList<>();
      for (Simpul r : p.akar()) {
        expect(r, 0, expected);
      }
      assertThat(s.getLastRowNum()).isEqualTo(header + expected.size());
      int unreported = 0;
      for (int i = 0; i < expected.size(); i++) {
        Expected e = expected.get(i);
        Row row = s.getRow(header + 1 + i);
        String at = "row " + (row.getRowNum() + 1) + " " + e.simpul.id() + (e.indikator == null ? "" : " " + e.indikator.kode());
        assertThat(row.getOutlineLevel()).as(at).isEqualTo(e.depth);
        if (e.indikator == null) {
          Simpul n = e.simpul;
          assertThat(row.getCell(1).getStringCellValue()).as(at).isEqualTo(n.kode());
          Cell uraian = row.getCell(PohonKinerjaXlsx.URAIAN);
          assertThat(uraian.getStringCellValue()).as(at).isEqualTo(n.uraian());
          assertThat((int) uraian.getCellStyle().getIndention()).as(at).isEqualTo(e.depth * 2);
          Cell capaian = row.getCell(7);
          if (PohonKinerjaPdf.hasValue(n.capaian())) {
            assertThat(capaian.getCellType()).as(at).isEqualTo(CellType.NUMERIC);
            assertThat(capaian.getNumericCellValue()).as(at).isEqualTo(n.capaian().display().doubleValue());
            assertThat(capaian.getCellStyle().getDataFormatString()).isEqualTo(Xlsx.DECIMAL);
            assertThat(row.getCell(8).getStringCellValue()).as(at).isEqualTo(n.predikat().label());
          } else if (PohonKinerjaPdf.tanpaIndikator(n)) {
            assertThat(capaian.getStringCellValue()).as(at).isEqualTo("– tanpa indikator tertaut");
          } else {
            assertThat(capaian.getCellType()).as(at).isEqualTo(CellType.STRING);
            assertThat(capaian.getStringCellValue()).as(at).isEqualTo("– belum dilaporkan");
            unreported++;
          }
          assertThat(row.getCell(9).getStringCellValue()).as(at).isEqualTo(
              n.cakupan().dilaporkan() + " dari " + n.cakupan().jumlah() + " dilaporkan");
          if (n.pagu() != null) {
            assertThat(row.getCell(10).getNumericCellValue()).as(at).isEqualTo(n.pagu().nilai().doubleValue());
            assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo(Xlsx.RUPIAH);
            if (n.realisasiAnggaran().nilai() != null) {
              assertThat(row.getCell(11).getNumericCellValue()).as(at)
                  .isEqualTo(n.realisasiAnggaran().nilai().doubleValue());
              assertThat(row.getCell(12).getNumericCellValue()).as(at).isEqualTo(n.serapan().display().doubleValue());
            } else {
              assertThat(row.getCell(11).getStringCellValue()).as(at).isEqualTo("– belum dilaporkan");
              assertThat(row.getCell(12).getStringCellValue()).as(at).isEqualTo("– belum dilaporkan");
            }
          } else {
            assertThat(row.getCell(10).getCellType()).as(at).isEqualTo(CellType.BLANK);
          }
        } else {
          Indikator ind = e.indikator;
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Indikator");
          assertThat(row.getCell(1).getStringCellValue()).as(at).isEqualTo(ind.kode());
          assertThat(row.getCell(4).getStringCellValue()).as(at).startsWith(ind.nama());
          if (ind.target() != null) {
            assertThat(row.getCell(5).getNumericCellValue()).as(at)
                .isEqualTo(Double.parseDouble(ind.target().replace(".", "").replace(',', '.')));
          }
          if (ind.realisasi() == null) {
            assertThat(row.getCell(6).getStringCellValue()).as(at).isEqualTo("– belum dilaporkan");
          } else {
            assertThat(row.getCell(6).getCellType()).as(at).isEqualTo(CellType.NUMERIC);
          }
          if (PohonKinerjaPdf.hasValue(ind.capaian())) {
            assertThat(row.getCell(7).getNumericCellValue()).as(at).isEqualTo(ind.capaian().display().doubleValue());
          } else {
            assertThat(row.getCell(7).getStringCellValue()).as(at).startsWith("– ");
            assertThat(row.getCell(7).getStringCellValue()).as(at).isIn("– belum dilaporkan", "– tidak berlaku");
          }
        }
      }
      assertThat(unreported).isPositive();
      // nothing reads as 0 where nothing was reported
      for (Row row : s) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.NUMERIC && c.getColumnIndex() == 7) {
            assertThat(c.getNumericCellValue()).isNotZero();
          }
        }
      }

      Sheet a = wb.getSheetAt(1);
      int ah = headerRow(a, "Kecamatan");
      assertThat(texts(a.getRow(ah))).containsExactly("Kecamatan", "Jenis", "Kode", "Tahun", "Masalah", "Keterangan");
      assertThat(texts(a.getRow(ah + 1))).containsExactly("Mlarak", "SASARAN", "S3", "", "Tidak terhubung",
          "Sasaran S3 Kecamatan Mlarak tidak terhubung ke sasaran RPJMD");
      assertThat(a.getRow(ah + 2).getCell(3).getNumericCellValue()).isEqualTo(2024);
      assertThat(a.getRow(ah + 2).getCell(4).getStringCellValue()).isEqualTo("Tautan rusak");
      assertThat(a.getRow(ah + 3).getCell(4).getStringCellValue()).isEqualTo("Tanpa kecamatan pendukung");
      assertThat(a.getLastRowNum()).isEqualTo(ah + 3);
    }
  }

  @Test
  void inEnglishOnRequest() throws IOException {
    byte[] xlsx = PohonKinerjaXlsx.render(PohonContoh.mlarak(), Messages.ENGLISH, WIB, PohonContoh.NAMA);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Performance Tree");
      assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Unlinked");
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Performance tree (pohon kinerja) of Kecamatan Mlarak, Kabupaten Ponorogo, 2024");
      int header = headerRow(s, "Kind");
      assertThat(texts(s.getRow(header))).contains("Description", "Budget realisation (Rp)");
      boolean notReported = false;
      for (Row row : s) {
        for (Cell c : row) {
          notReported |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals("– not reported");
        }
      }
      assertThat(notReported).isTrue();
      assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
    }
  }

  @Test
  void anEmptyTreeAndNoAudit() throws IOException {
    Pohon p = new Pohon("35.02", "Kabupaten Ponorogo", null, null, 2024, 1, "OFFICIAL", null, null, List.of(),
        List.of(), null);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        PohonKinerjaXlsx.render(p, Messages.INDONESIAN, WIB, null)))) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(headerRow(s, "Jenis") + 1).getCell(0).getStringCellValue()).startsWith("Belum ada simpul");
      Sheet a = wb.getSheetAt(1);
      assertThat(a.getRow(headerRow(a, "Kecamatan") + 1).getCell(0).getStringCellValue())
          .isEqualTo("Semua simpul terhubung.");
    }
  }

  private static void expect(Simpul n, int depth, List<Expected> out) {
    out.add(new Expected(n, null, Math.min(depth, PohonKinerjaXlsx.MAX_OUTLINE)));
    for (Indikator i : n.indikator()) {
      out.add(new Expected(n, i, Math.min(depth + 1, PohonKinerjaXlsx.MAX_OUTLINE)));
    }
    for (Simpul c : n.anak()) {
      expect(c, depth + 1, out);
    }
  }

  private static int headerRow(Sheet s, String first) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no header row starting with " + first);
  }

  private static List<String> texts(Row r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.getLastCellNum(); i++) {
      Cell c = r.getCell(i);
      out.add(c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue());
    }
    return out;
  }
}
