package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.WorkflowService;

@Schema(name = "AksiResult", description = "Cells moved by a triwulan workflow action")
public record AksiResultView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(examples = "VERIFY") Action aksi,
    @Schema(description = "The sheet's new ETag", examples = "12") long revisi,
    List<Sel> sel) {

  @Schema(name = "AksiSel")
  public record Sel(
      @Schema(examples = "INDIKATOR") Jenis jenis,
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "1") int versi,
      @Schema(examples = "3") int revisi,
      @Schema(examples = "VERIFIED") Status status) {
  }

  static AksiResultView of(String kecamatan, int tahun, int triwulan, Action aksi, WorkflowService.Result r) {
    return new AksiResultView(kecamatan, tahun, triwulan, aksi, r.revisiTriwulan(), r.sel().stream()
        .map(c -> new Sel(c.jenis(), c.kode(), c.versi(), c.revisi(), c.status())).toList());
  }
}
