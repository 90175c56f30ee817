package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.service.WorkbookService;

@Schema(name = "WorkbookPreview", description = "What applying the workbook would do, row by row; nothing was stored."
    + " Refusals name the cell (Indikator!G7) and the rule, in the language of the request.")
public record PratinjauView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(description = "Rows that would be saved (NEW or CHANGED) when no row is REFUSED or CONFLICT", examples = "12") int akanDisimpan,
    @Schema(description = "Whether apply would succeed as the workbook stands", examples = "false") boolean dapatDiterapkan,
    List<Baris> baris,
    @Schema(description = "Refusals that concern no row (the entry window, the plan)") List<FieldViolation> errors,
    @Schema(description = "Warnings that refuse nothing, e.g. the plan was published again after the template was made (plan-changed): new indicators are not in the workbook") List<FieldViolation> peringatan) {

  @Schema(name = "WorkbookPreviewRow")
  public record Baris(
      @Schema(description = "The sheet as named in the workbook", examples = "Indikator") String lembar,
      @Schema(description = "Row number as the spreadsheet shows it", examples = "7") int baris,
      @Schema(description = "INDIKATOR or ANGGARAN; null for a row whose cells could not be read", nullable = true, examples = "INDIKATOR") String jenis,
      @Schema(description = "Null for a row whose cells could not be read", nullable = true, examples = "IKU-SKM") String kode,
      @Schema(description = "NEW, CHANGED, UNCHANGED, CONFLICT (the cell changed in the system after the template was made) or REFUSED", examples = "REFUSED") WorkbookService.Hasil hasil,
      @Schema(description = "Why the row is refused or in conflict; empty otherwise") List<FieldViolation> errors) {
  }

  static PratinjauView of(String kecamatan, int tahun, int triwulan, WorkbookService.Pratinjau p) {
    List<Baris> rows = p.baris().stream().map(b -> new Baris(b.lembar(), b.baris(), b.jenis(), b.kode(), b.hasil(),
        b.errors())).toList();
    boolean blocked = !p.errors().isEmpty() || rows.stream().anyMatch(b -> b.hasil() == WorkbookService.Hasil.REFUSED
        || b.hasil() == WorkbookService.Hasil.CONFLICT);
    int saved = (int) rows.stream().filter(b -> b.hasil() == WorkbookService.Hasil.NEW
        || b.hasil() == WorkbookService.Hasil.CHANGED).count();
    return new PratinjauView(kecamatan, tahun, triwulan, saved, !blocked && saved > 0, rows, p.errors(), p.peringatan());
  }
}
