package id.kinerja.planning.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.DokumenSchema;

/**
 * The workbook is the plan document in another form: a document written as a workbook and read back is the same
 * document (compared as the import compares it, defaults filled in), in either language.
 */
class RencanaXlsxTest {

  @ParameterizedTest
  @CsvSource({ "demo/mlarak-2024.json, id", "demo/mlarak-2024.json, en", "fixtures/mlarak-mini.json, id",
      "fixtures/mlarak-mini.json, en" })
  void aDocumentWrittenAsAWorkbookReadsBackTheSame(String resource, String language) throws IOException {
    RencanaDokumen original = read(resource);
    Locale locale = language.equals("en") ? Messages.ENGLISH : Messages.INDONESIAN;
    byte[] xlsx = RencanaXlsx.write(original, 2024, false, locale);
    RencanaUnggahan.Bacaan b;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      b = RencanaUnggahan.read(wb, Messages.INDONESIAN);
    }
    assertThat(b.refusals()).isEmpty();
    assertThat(DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, b.dokumen())).isEmpty();
    RencanaDokumen back = CanonicalJson.MAPPER.treeToValue(b.dokumen(), RencanaDokumen.class);
    assertThat(normalized(back)).isEqualTo(normalized(original));
  }

  /** Range and text targets, and an empty PK no. meaning "as above", read as the document says. */
  @Test
  void rangeAndTextTargetsAndCellsAsAboveReadBack() throws IOException {
    ObjectNode doc = (ObjectNode) CanonicalJson.MAPPER.readTree(getClass().getClassLoader()
        .getResourceAsStream("fixtures/mlarak-mini.json"));
    ObjectNode idm = (ObjectNode) doc.at("/renstra/sasaran/1/indikator/0");
    idm.put("targetType", "RANGE");
    idm.withArray("targetTahunan").forEach(t -> ((ObjectNode) t).set("target", json("{\"min\": 7.125, \"max\": 8}")));
    idm.set("targetAkhir", json("{\"tahun\": 2026, \"target\": {\"min\": -1, \"max\": 8.5}}"));
    ObjectNode camat = (ObjectNode) doc.at("/perjanjianKinerja/0/sasaran/1/indikator/0");
    camat.set("target", json("{\"min\": 1.5, \"max\": 2}"));
    camat.set("targetTriwulan", json("[{\"triwulan\": 2, \"target\": {\"min\": 1, \"max\": 2}}]"));
    ObjectNode kasi = (ObjectNode) doc.at("/perjanjianKinerja/2/sasaran/0/indikator/0");
    ((ObjectNode) kasi.get("indikator")).put("targetType", "TEXT");
    kasi.set("target", json("{\"teks\": \"Opini WTP\"}"));
    RencanaDokumen original = CanonicalJson.MAPPER.treeToValue(doc, RencanaDokumen.class);
    byte[] xlsx = RencanaXlsx.write(original, 2024, false, Messages.INDONESIAN);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("Renstra").getRow(4).getCell(8).getStringCellValue()).isEqualTo("7,1250 – 8");
      // The Camat's second row without its PK no.: "as above".
      wb.getSheet("PK Indikator").getRow(4).getCell(0).setBlank();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xlsx = out.toByteArray();
    }
    RencanaUnggahan.Bacaan b;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      b = RencanaUnggahan.read(wb, Messages.ENGLISH);
    }
    assertThat(b.refusals()).isEmpty();
    assertThat(normalized(CanonicalJson.MAPPER.treeToValue(b.dokumen(), RencanaDokumen.class)))
        .isEqualTo(normalized(original));
    assertThat(b.cell("renstra.sasaran[1].indikator[0].targetTahunan[1].target.min")).isEqualTo("Renstra!J5");
    assertThat(b.atCell(id.kinerja.common.problem.FieldViolation.of("renstra.sasaran[1].indikator[0].targetTahunan",
        id.kinerja.planning.domain.PlanningMessages.TARGET_REQUIRED_FOR_YEAR, "kode", "SS2-01", "tahun", 2026)).field())
        .isEqualTo("Renstra!K5");
  }

  private static JsonNode json(String text) {
    try {
      return CanonicalJson.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({ "80, 80", "86.9, '86,9'", "1.125, '1,1250'", "1050, 1050", "-0.5, '-0,5'", "1E+3, 1000" })
  void aDecimalIsWrittenAsTextTheReaderParsesExactly(String value, String written) {
    assertThat(RencanaXlsx.tertulis(new BigDecimal(value))).isEqualTo(written);
  }

  /** The document as the import compares it: every part with its defaults, decimals in one form. */
  private static String normalized(RencanaDokumen d) {
    Set<String> sasaran = new java.util.HashSet<>(
        Defaults.list(d.renstra().sasaran()).stream().map(SasaranDok::kode).toList());
    List<PkDok> pks = Defaults.list(d.perjanjianKinerja()).stream().map(p -> Defaults.pk(p, sasaran)).toList();
    return CanonicalJson.write(List.of(d.kabupaten(), Defaults.kecamatan(d.kecamatan()), Defaults.renstra(d.renstra()),
        pks, Defaults.list(d.skalaPredikat()).stream().map(Defaults::skala).toList(), Defaults.list(d.jadwal()),
        Defaults.list(d.catatanSumber())));
  }

  private static RencanaDokumen read(String resource) throws IOException {
    try (InputStream in = RencanaXlsxTest.class.getClassLoader().getResourceAsStream(resource)) {
      return CanonicalJson.MAPPER.readValue(in, RencanaDokumen.class);
    }
  }
}
