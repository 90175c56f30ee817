package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuktiRulesTest {

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void typesAreJudgedByContent() throws IOException {
    assertThat(BuktiRules.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(BuktiRules.Tipe.PDF);
    assertThat(BuktiRules.sniff("\r\n  %PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).contains(BuktiRules.Tipe.PDF);
    byte[] late = new byte[1100];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, 1050, 5);
    assertThat(BuktiRules.sniff(late)).isEmpty();
    assertThat(BuktiRules.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).contains(BuktiRules.Tipe.PNG);
    assertThat(BuktiRules.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(BuktiRules.Tipe.JPEG);
    assertThat(BuktiRules.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(BuktiRules.Tipe.XLSX);
    assertThat(BuktiRules.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(BuktiRules.Tipe.DOCX);
    // A plain ZIP, an executable renamed .pdf, text: refused whatever their name or declared type.
    assertThat(BuktiRules.sniff(zip("payload.exe"))).isEmpty();
    assertThat(BuktiRules.sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEmpty();
    assertThat(BuktiRules.sniff("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(BuktiRules.sniff(new byte[0])).isEmpty();
  }

  @ParameterizedTest(name = "declared {0} for {1} → {2}")
  @CsvSource({
      "application/pdf, PDF, true",
      "application/octet-stream, PDF, true",
      ", PNG, true",
      "image/jpg, JPEG, true",
      "image/png; charset=binary, PNG, true",
      "image/png, PDF, false",
      "application/pdf, DOCX, false" })
  void declaredTypeMustAgreeWithContent(String declared, BuktiRules.Tipe actual, boolean agrees) {
    assertThat(BuktiRules.declaredAgrees(declared, actual)).isEqualTo(agrees);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "https://drive.example.id/bukti.pdf, true",
      "http://drive.example.id/bukti.pdf, false",
      "ftp://example.id/x, false",
      "https:///nohost, false",
      "not a url, false" })
  void linksMustBeHttps(String url, boolean valid) {
    assertThat(BuktiRules.linkProblem(url) == null).isEqualTo(valid);
  }
}
