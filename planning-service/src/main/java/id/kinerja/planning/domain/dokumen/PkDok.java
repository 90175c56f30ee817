package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.PkJenis;

/** One version of one official's Perjanjian Kinerja for a year, with its budget lines. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PerjanjianKinerjaDokumen")
public record PkDok(
    @Schema(examples = "2024") Integer tahun,
    PihakRefDok pihakPertama,
    PejabatDok pihakKedua,
    @Schema(examples = "PERUBAHAN") PkJenis jenis,
    @Schema(examples = "1") Integer versi,
    @Schema(description = "ISO date of signature", examples = "2024-10-23") String tanggal,
    @Schema(description = "Signed (ditetapkan): immutable from then on", examples = "true") Boolean ditetapkan,
    List<PkSasaranDok> sasaran,
    List<AnggaranDok> anggaran) {

  public PkDok with(Integer newVersi, Boolean newDitetapkan) {
    return new PkDok(tahun, pihakPertama, pihakKedua, jenis, newVersi, tanggal, newDitetapkan, sasaran, anggaran);
  }
}
