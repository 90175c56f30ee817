package id.kinerja.planning.domain.dokumen;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tautan kinerja of a kecamatan Renstra (issue #19, docs/planning/README.md "RPJMD and tautan kinerja"): each link
 * goes upward from a node of the Renstra or of a PK of a year ({@code dari}) to a node of the kabupaten's RPJMD or of
 * the same Renstra ({@code ke}).
 */
@Schema(name = "TautanKinerjaRequest", description = "The links upward of one kecamatan Renstra, replaced as a whole")
public record TautanDok(
    @Schema(required = true, description = "The kabupaten's RPJMD the RPJMD_* nodes belong to", examples = "RPJMD-PONOROGO-2021-2026")
    @NotNull @Pattern(regexp = RpjmdDok.KODE) @Size(max = 80) String rpjmdKode,
    @Schema(required = true) @NotNull @Size(max = 2000) List<@Valid @NotNull Tautan> tautan) {

  /** A node's kode as the Renstra, PK or RPJMD names it: no leading or trailing blank. */
  public static final String SIMPUL = "\\S(.{0,78}\\S)?";

  /** What a link starts at. */
  public enum JenisDari {
    TUJUAN, SASARAN, PK_INDIKATOR, ANGGARAN
  }

  /** What a link points to. */
  public enum JenisKe {
    RPJMD_TUJUAN, RPJMD_SASARAN, SASARAN, INDIKATOR
  }

  @Schema(name = "Tautan", description = "One link upward")
  public record Tautan(@Schema(required = true) @NotNull @Valid Dari dari, @Schema(required = true) @NotNull @Valid Ke ke) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "TautanDari", description = "A node of the Renstra (TUJUAN, SASARAN) or of a PK of a year (PK_INDIKATOR: "
      + "a PK's own indicator; ANGGARAN: a program/kegiatan/sub kegiatan line by SIPD kode)")
  public record Dari(
      @Schema(required = true, examples = "SASARAN") @NotNull JenisDari jenis,
      @Schema(required = true, examples = "S1") @NotNull @Pattern(regexp = SIMPUL) @Size(max = 80) String kode,
      @Schema(description = "Required for PK_INDIKATOR and ANGGARAN, null for TUJUAN and SASARAN", nullable = true, examples = "null")
      @Min(2000) @Max(2100) Integer tahun) {
  }

  @Schema(name = "TautanKe", description = "A node of the RPJMD (RPJMD_TUJUAN, RPJMD_SASARAN) or of the same Renstra "
      + "(SASARAN, INDIKATOR)")
  public record Ke(
      @Schema(required = true, examples = "RPJMD_SASARAN") @NotNull JenisKe jenis,
      @Schema(required = true, examples = "S1.1") @NotNull @Pattern(regexp = SIMPUL) @Size(max = 80) String kode) {
  }

  /** A node that links nowhere (a warning) — the shape of {@link Dari}. */
  public static Dari simpul(JenisDari jenis, String kode, Integer tahun) {
    return new Dari(jenis, kode, tahun);
  }
}
