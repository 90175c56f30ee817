package id.kinerja.realization.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.service.CaptureService.AnggaranItem;

@Schema(name = "RealisasiAnggaranRequest", description = "Rupiah spent on one budget line in one triwulan: a line without"
    + " children, or a line whose sub-lines are not itemised (none below it has realisasi in the year; never both,"
    + " docs/domain.md §2.11). Above the pagu is accepted and flagged (melebihiPagu, with a warning).")
public record RealisasiAnggaranRequest(
    @NotNull @PositiveOrZero @Schema(description = "Rupiah spent in this triwulan", examples = "11000000") Long nilai,
    @Size(max = 2000) @Schema(description = "Omitted or null: cleared (the request is the cell's whole entered content)", examples = "Belanja rapat koordinasi pemerintahan umum") String keterangan,
    @Schema(description = "Also submit in the same request", examples = "true") Boolean ajukan)
    implements RealisasiEndpoints.SaveRequest {

  @Override
  public AnggaranItem item(String kode, Long revisi) {
    return new AnggaranItem(0, kode, revisi, nilai(), NilaiFields.blankToNull(keterangan()));
  }
}
