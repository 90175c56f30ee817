package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.PkJenis;

/** One version of one official's Perjanjian Kinerja for a year, with its budget lines. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PerjanjianKinerjaDokumen")
public record PkDok(
    @Schema(required = true, examples = "2024") Integer tahun,
    @Schema(required = true) PihakRefDok pihakPertama,
    PejabatDok pihakKedua,
    @Schema(required = true, examples = "PERUBAHAN") PkJenis jenis,
    @Schema(required = true, examples = "1") Integer versi,
    @Schema(description = "ISO date of signature", examples = "2024-10-23") String tanggal,
    @Schema(required = true, description = "Signed (ditetapkan): immutable from then on", examples = "true") Boolean ditetapkan,
    @Schema(required = true) List<PkSasaranDok> sasaran,
    @Schema(required = true) List<AnggaranDok> anggaran,
    @Schema(description = "Budget by jenis belanja: a second view of the year's budget, never added to anggaran "
        + "(docs/domain.md §2.12); absent = none") List<BelanjaDok> belanja) {

  public PkDok with(Integer newVersi, Boolean newDitetapkan) {
    return new PkDok(tahun, pihakPertama, pihakKedua, jenis, newVersi, tanggal, newDitetapkan, sasaran, anggaran, belanja);
  }

  /** The belanja lines, empty when the PK states none. */
  public List<BelanjaDok> belanjaOrEmpty() {
    return belanja == null ? List.of() : belanja;
  }
}
