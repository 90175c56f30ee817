package id.kinerja.deploy.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** Workbooks an upload must refuse, and small ones to build on: what the upload tests of every service send. */
public final class Workbooks {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Workbooks() {
  }

  /** An Excel 97–2003 .xls with one header cell. */
  public static byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Indikator").createRow(0).createCell(0).setCellValue("Kode");
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Excel writes as "Excel Macro-Enabled Workbook" (.xlsm): the workbook part's content type says so. */
  public static byte[] xlsm() {
    try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      wb.createSheet("Indikator").createRow(0).createCell(0).setCellValue("Kode");
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An .xlsx whose one cell stands at {@code row} (0-based): as many rows as a sheet may hold, or more. */
  public static byte[] withRowAt(int row) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Indikator").createRow(row).createCell(0).setCellValue("x");
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid .xlsx whose sheet expands to 48 MiB of zeros: a few dozen KB on the wire. */
  public static byte[] zipBomb() {
    return withPart(withRowAt(0), "xl/worksheets/sheet1.xml", new byte[48 * 1024 * 1024]);
  }

  /** A zip that is an Office document, but a word-processing one (.docx). */
  public static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write("<w/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The workbook with one part added or replaced. */
  public static byte[] withPart(byte[] xlsx, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.getName().equals(name)) {
          z.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(z);
          z.closeEntry();
        }
      }
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A new workbook as {@code content} makes it. */
  public static byte[] of(java.util.function.Consumer<XSSFWorkbook> content) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      content.accept(wb);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook with {@code change} made to it, as a person edits a downloaded one. */
  public static byte[] edit(byte[] xlsx, java.util.function.Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      change.accept(wb);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
