package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.domain.predikat.SkalaTujuan;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SkalaPredikatDokumen")
public record SkalaDok(
    @Schema(required = true, examples = "2024") Integer tahun,
    @Schema(required = true, examples = "KINERJA") SkalaTujuan tujuan,
    @Schema(examples = "Skala ordinal pengukuran capaian kinerja") String nama,
    @Schema(required = true) List<BandDok> bands) {
}
