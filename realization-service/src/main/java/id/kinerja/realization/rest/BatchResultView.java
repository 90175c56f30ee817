package id.kinerja.realization.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.service.CaptureService.Hasil;
import id.kinerja.realization.service.CaptureService.ItemResult;

@Schema(name = "BatchResult", description = "Answer of an applied batch: one entry per item, in request order")
public record BatchResultView(
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(description = "The triwulan sheet's ETag after the batch", examples = "6") long revisi,
    List<Item> hasil) {

  @Schema(name = "BatchItemResult")
  public record Item(
      @Schema(description = "INDIKATOR or ANGGARAN", examples = "INDIKATOR") Jenis jenis,
      @Schema(description = "Position in its list of the request", examples = "0") int index,
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(description = "CREATED, UPDATED or UNCHANGED", examples = "CREATED") Hasil hasil,
      @Schema(examples = "1") int versi,
      @Schema(description = "The cell's new ETag", examples = "2") int revisi,
      @Schema(examples = "SUBMITTED") Status status,
      @Schema(description = "Accepted but flagged, e.g. melebihi-pagu") List<FieldViolation> peringatan) {
  }

  static BatchResultView of(String kecamatan, int tahun, int triwulan, long revisi, List<ItemResult> results) {
    return new BatchResultView(kecamatan, tahun, triwulan, revisi, results.stream()
        .map(r -> new Item(r.jenis(), r.index(), r.kode(), r.hasil(), r.versi(), r.revisi(), r.status(),
            r.peringatan()))
        .toList());
  }
}
