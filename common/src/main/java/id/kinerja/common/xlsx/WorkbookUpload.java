package id.kinerja.common.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;

/**
 * An uploaded workbook, opened only when it is what it claims: an .xlsx without macros whose parts expand to a bounded
 * size and whose sheets have a bounded number of rows. Everything else is refused (400, field {@code body}) with the
 * reason a person can act on ("save it as .xlsx"), before any of it is read into the model.
 */
public final class WorkbookUpload {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Largest expanded part (a sheet's XML): a real kecamatan sheet is well below 1 MiB. */
  static final long MAX_PART_BYTES = 32L * 1024 * 1024;
  /** Smallest compressed/expanded ratio of a part: below it the part is a zip bomb (POI's own guard). */
  static final double MIN_INFLATE_RATIO = 0.005;

  private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
  /** OLE2: an Excel 97–2003 .xls, or an .xlsx encrypted with a password (both are OLE2 containers). */
  private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
  private static final Pattern MACROS = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private WorkbookUpload() {
  }

  /** The bytes of the multipart part that carries the workbook; 400 on {@code part} when it is missing. */
  public static byte[] bytes(FileUpload upload, String part) {
    if (upload == null) {
      throw ProblemException.invalid(part, CommonMessages.WORKBOOK_EMPTY);
    }
    try {
      return Files.readAllBytes(upload.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook written out (and closed): what a download answers. */
  public static byte[] write(Workbook wb) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (wb) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The workbook of the body, or a 400 naming why it is not one that is read. */
  public static XSSFWorkbook open(byte[] body, int maxRows) {
    if (body == null || body.length == 0) {
      throw ProblemException.invalid("body", CommonMessages.WORKBOOK_EMPTY);
    }
    if (startsWith(body, OLE2)) {
      throw ProblemException.invalid("body", CommonMessages.WORKBOOK_XLS);
    }
    if (!startsWith(body, ZIP)) {
      throw ProblemException.invalid("body", CommonMessages.WORKBOOK_NOT_XLSX);
    }
    XSSFWorkbook wb = read(body);
    for (Sheet sheet : wb) {
      if (sheet.getLastRowNum() + 1 > maxRows) {
        throw ProblemException.invalid("body", CommonMessages.WORKBOOK_MAX_ROWS, "lembar", sheet.getSheetName(),
            "batas", maxRows);
      }
    }
    return wb;
  }

  private static XSSFWorkbook read(byte[] body) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(body));
      if (!pkg.getPartsByName(MACROS).isEmpty()
          || !pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
        throw ProblemException.invalid("body", CommonMessages.WORKBOOK_MACROS);
      }
      if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
        // A .docx, .pptx or any other zip.
        throw ProblemException.invalid("body", CommonMessages.WORKBOOK_NOT_XLSX);
      }
      return new XSSFWorkbook(pkg);
    } catch (ProblemException e) {
      pkg.revert();
      throw e;
    } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      if (pkg != null) {
        pkg.revert();
      }
      throw ProblemException.invalid("body", tooLarge(e) ? CommonMessages.WORKBOOK_EXPANDED
          : CommonMessages.WORKBOOK_NOT_XLSX);
    }
  }

  /** POI's zip-bomb and entry-size guards say so in their messages, somewhere down the causes. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("exceeds the max"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] body, byte[] magic) {
    return body.length >= magic.length && Arrays.equals(body, 0, magic.length, magic, 0, magic.length);
  }
}
