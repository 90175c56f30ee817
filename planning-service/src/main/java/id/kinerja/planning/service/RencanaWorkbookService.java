package id.kinerja.planning.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.Problem;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.tx.RolledBack;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.dokumen.KabupatenDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.rules.DokumenSchema;

/**
 * The plan of a kecamatan-year as an Excel workbook: written from the export ({@link RencanaExportService}), read back
 * into the same plan document and imported by exactly the import's rules ({@link DokumenSchema}, then
 * {@link RencanaImportService}): the workbook is only another form of the document. Every refusal names its cell
 * ("Renstra!K7") instead of the document's JSON path.
 */
@ApplicationScoped
public class RencanaWorkbookService {

  /** What applying an uploaded workbook would do; nothing was stored. */
  @Schema(name = "RencanaWorkbookPreview", description = "What applying the workbook would do, under exactly the rules of"
      + " the plan import; nothing was stored. Refusals and warnings name their cell (Renstra!K7) and the rule, in the"
      + " language of the request.")
  public record Pratinjau(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(description = "Whether apply would store the workbook as it stands (no refusal)", examples = "true") boolean dapatDiterapkan,
      @Schema(description = "Whether applying would change anything (false: the workbook equals the stored plan)", examples = "true") boolean berubah,
      @Schema(description = "What applying would change, as the import answers it; empty when refused") List<Message> perubahan,
      @Schema(description = "The plans applying would republish; empty when refused") List<RencanaPublisher.Hasil> rencana,
      @Schema(description = "Warnings that do not stop the import, named by cell") List<FieldViolation> peringatan,
      @Schema(description = "Every refusal, named by cell (or body for the workbook as a whole); empty when it can be applied") List<FieldViolation> errors) {
  }

  @Inject
  RencanaExportService exportService;

  @Inject
  RencanaImportService importService;

  /**
   * The plan of the kecamatan-year as the import/export document has it, as a workbook in the language of
   * {@code locale}; {@code kosong}: the blank template of the same shape (the kecamatan's codes and a five-year Renstra
   * period from {@code tahun} filled in).
   */
  public byte[] workbook(String kecamatanKode, int tahun, boolean kosong, Locale locale) {
    RencanaDokumen d = kosong ? blank(kecamatanKode, tahun) : exportService.export(kecamatanKode, tahun);
    return RencanaXlsx.write(d, tahun, kosong, locale);
  }

  private static RencanaDokumen blank(String kecamatanKode, int tahun) {
    return new RencanaDokumen(1,
        new KabupatenDok(Kecamatan.kabupatenOf(kecamatanKode), null, null, null, null, null, null),
        new KecamatanDok(kecamatanKode, null, null, null, List.of(), List.of(), List.of(), null, List.of(), List.of()),
        new RenstraDok(null, null, tahun, tahun + 4, List.of(), List.of()), List.of(), List.of(), List.of(), List.of());
  }

  /** What applying the workbook would do, found by running the import in a transaction that is always rolled back. */
  public Pratinjau preview(String kecamatanKode, byte[] body, Locale locale, String user) {
    String kabupaten = Kecamatan.kabupatenOf(kecamatanKode);
    Dokumen d = read(kecamatanKode, body, locale);
    if (!d.refusals().isEmpty()) {
      return refused(kabupaten, kecamatanKode, d.refusals());
    }
    RencanaImportService.Hasil h;
    try {
      // The import itself, its writes undone: its answer is the preview.
      h = RolledBack.call(() -> importService.importDokumen(d.dokumen(), user));
    } catch (ProblemException e) {
      int status = e.problem().status();
      if (status != 400 && status != 422) {
        throw atCells(d.bacaan(), e);
      }
      return refused(kabupaten, kecamatanKode, atCells(d.bacaan(), e.problem().errors()));
    }
    return new Pratinjau(kabupaten, kecamatanKode, true, h.berubah(), h.perubahan(), h.rencana(),
        atCells(d.bacaan(), h.peringatan()), List.of());
  }

  /** Imports the workbook as the import does (all or nothing); refusals and warnings name their cells. */
  public RencanaImportService.Hasil apply(String kecamatanKode, byte[] body, Locale locale, String user) {
    Dokumen d = read(kecamatanKode, body, locale);
    if (!d.refusals().isEmpty()) {
      throw ProblemException.invalid(d.refusals());
    }
    RencanaImportService.Hasil h;
    try {
      h = importService.importDokumen(d.dokumen(), user);
    } catch (ProblemException e) {
      throw atCells(d.bacaan(), e);
    }
    return new RencanaImportService.Hasil(h.kabupatenKode(), h.kecamatanKode(), h.berubah(), h.perubahan(), h.rencana(),
        atCells(d.bacaan(), h.peringatan()));
  }

  /** A workbook read into the plan document, with what refuses it before the import's own checks. */
  private record Dokumen(RencanaUnggahan.Bacaan bacaan, RencanaDokumen dokumen, List<FieldViolation> refusals) {
  }

  /**
   * The workbook as the plan document, checked against the document schema (as the JSON import checks it first) and
   * against the path's kecamatan; a file that is no workbook of the template is refused outright (400).
   */
  private Dokumen read(String kecamatanKode, byte[] body, Locale locale) {
    RencanaUnggahan.Bacaan b;
    try (XSSFWorkbook wb = WorkbookUpload.open(body, RencanaUnggahan.MAX_ROWS)) {
      b = RencanaUnggahan.read(wb, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<FieldViolation> refusals = new ArrayList<>(b.refusals());
    String kec = b.dokumen().path("kecamatan").path("kode").textValue();
    String kab = b.dokumen().path("kabupaten").path("kode").textValue();
    if (kec != null && !kec.equals(kecamatanKode)) {
      refusals.add(at(b, "kecamatan.kode", PlanningMessages.MUST_MATCH_PATH_KECAMATAN, "isi", kec, "alamat", kecamatanKode));
    }
    String kabupaten = Kecamatan.kabupatenOf(kecamatanKode);
    if (kab != null && !kab.equals(kabupaten)) {
      // Checked before the rules run: a workbook names no other kabupaten than the one the caller was checked for.
      refusals.add(at(b, "kabupaten.kode", PlanningMessages.XLSX_MUST_MATCH_PATH_KABUPATEN, "isi", kab, "alamat",
          kabupaten));
    }
    // The schema's refusals, where a cell that could not be read is not refused a second time (as missing).
    Set<String> unreadable = new HashSet<>();
    b.refusals().forEach(v -> unreadable.add(v.field()));
    Set<String> seen = new HashSet<>();
    for (FieldViolation v : atCells(b, DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, b.dokumen()))) {
      if (!unreadable.contains(v.field()) && seen.add(v.field() + "|" + v.rule())) {
        refusals.add(v);
      }
    }
    if (!refusals.isEmpty()) {
      return new Dokumen(b, null, refusals);
    }
    try {
      RencanaDokumen dokumen = CanonicalJson.MAPPER.treeToValue(b.dokumen(), RencanaDokumen.class);
      // The workbook has no sheet for the budget by jenis belanja yet: importing it over a year that has one would
      // drop those lines from a PK. Refused, never lost; the JSON import carries them.
      List<Integer> tahunBelanja = dokumen.perjanjianKinerja().stream().map(PkDok::tahun).filter(Objects::nonNull)
          .distinct().filter(t -> exportService.adaBelanja(kecamatanKode, t)).sorted().toList();
      if (!tahunBelanja.isEmpty()) {
        return new Dokumen(b, null, List.of(FieldViolation.of("berkas", PlanningMessages.XLSX_BELANJA_NOT_IN_WORKBOOK,
            "tahun", tahunBelanja.get(0))));
      }
      return new Dokumen(b, dokumen, List.of());
    } catch (JsonMappingException e) {
      String field = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce("", String::concat).replaceFirst("^\\.", "");
      String cell = b.cell(field);
      return new Dokumen(b, null, List.of(FieldViolation.of(cell == null ? "body" : cell,
          CommonMessages.MUST_HAVE_TYPE_VALUE)));
    } catch (JsonProcessingException e) {
      return new Dokumen(b, null, List.of(FieldViolation.of("body", CommonMessages.MUST_HAVE_TYPE_SHAPE)));
    }
  }

  private static FieldViolation at(RencanaUnggahan.Bacaan b, String path, PlanningMessages key, Object... args) {
    String cell = b.cell(path);
    return FieldViolation.of(cell == null ? "body" : cell, key, args);
  }

  private static List<FieldViolation> atCells(RencanaUnggahan.Bacaan b, List<FieldViolation> list) {
    return list == null ? List.of() : list.stream().map(b::atCell).toList();
  }

  /** The import's refusal with every field named by its cell (a 400's summary names the first one's cell too). */
  private static ProblemException atCells(RencanaUnggahan.Bacaan b, ProblemException e) {
    Problem p = e.problem();
    List<FieldViolation> errors = atCells(b, p.errors());
    if (errors.isEmpty()) {
      return e;
    }
    Message detail = p.status() == 400 || p.status() == 422 ? ProblemException.summary(errors) : p.detail();
    return ProblemException.of(p.status(), p.kind(), detail, errors);
  }

  private static Pratinjau refused(String kabupaten, String kecamatan, List<FieldViolation> errors) {
    return new Pratinjau(kabupaten, kecamatan, false, false, List.of(), List.of(), List.of(), errors);
  }
}
