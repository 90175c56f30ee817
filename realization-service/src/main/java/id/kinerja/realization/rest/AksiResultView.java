package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.service.WorkflowService;

@Schema(name = "AksiResult", description = "Cells moved by a triwulan workflow action")
public record AksiResultView(
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(examples = "VERIFY") String aksi,
    @Schema(description = "The sheet's new ETag", examples = "21") long revisi,
    List<Sel> sel) {

  @Schema(name = "AksiSel")
  public record Sel(
      @Schema(examples = "INDIKATOR") String jenis,
      @Schema(examples = "IKU-01") String kode,
      @Schema(examples = "1") int versi,
      @Schema(examples = "3") int revisi,
      @Schema(examples = "VERIFIED") String status) {
  }

  static AksiResultView of(String kecamatan, int tahun, int triwulan, String aksi, WorkflowService.Result r) {
    return new AksiResultView(kecamatan, tahun, triwulan, aksi, r.revisiTriwulan(), r.sel().stream()
        .map(c -> new Sel(c.jenis().name(), c.kode(), c.versi(), c.revisi(), c.status().name())).toList());
  }
}
