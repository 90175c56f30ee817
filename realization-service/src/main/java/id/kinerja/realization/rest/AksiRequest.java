package id.kinerja.realization.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.AlasanKode;

@Schema(name = "AksiRequest", description = "A workflow action on one cell, or on a triwulan. For a triwulan: without"
    + " lists, every cell in a status the action applies to; with a list (of either kind), exactly the listed cells."
    + " A return needs alasanKode (LAIN_LAIN also alasan).")
public record AksiRequest(
    @Size(max = 5000) @Schema(description = "Triwulan actions only: indicator codes to act on", examples = "[\"IKU-SKM\", \"IKU-IDM\"]") List<@NotBlank String> indikator,
    @Size(max = 5000) @Schema(description = "Triwulan actions only: budget codes to act on", examples = "[\"7.01.05\"]") List<@NotBlank String> anggaran,
    @Schema(description = "Return only: the checklist reason", examples = "REALISASI_DITELITI_ULANG") AlasanKode alasanKode,
    @Size(max = 2000) @Schema(description = "Return only: free text (required for LAIN_LAIN)", examples = "Jumlah desa pada pembilang tidak sesuai data IDM") String alasan) {

  public static final AksiRequest EMPTY = new AksiRequest(null, null, null, null);
}
