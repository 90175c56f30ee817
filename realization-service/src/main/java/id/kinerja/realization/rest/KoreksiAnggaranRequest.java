package id.kinerja.realization.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.service.CaptureService.AnggaranItem;

@Schema(name = "KoreksiAnggaranRequest", description = "Opens version n+1 of an APPROVED budget cell; without nilai a copy of version n")
public record KoreksiAnggaranRequest(
    @NotBlank @Size(max = 2000) @Schema(examples = "SP2D 30 Desember belum tercatat") String alasanKoreksi,
    @PositiveOrZero @Schema(examples = "11000000") Long nilai,
    @Size(max = 2000) @Schema(examples = "Termasuk SP2D 30 Desember") String keterangan,
    @Schema(examples = "false") Boolean ajukan) implements RealisasiEndpoints.CorrectionRequest {

  /** Without nilai or keterangan, version n's. */
  @Override
  public AnggaranItem item(String kode, Long revisi) {
    return new AnggaranItem(0, kode, revisi, nilai(), NilaiFields.blankToNull(keterangan()));
  }
}
