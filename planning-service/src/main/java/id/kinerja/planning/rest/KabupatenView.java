package id.kinerja.planning.rest;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.Kabupaten;

@Schema(name = "Kabupaten")
public record KabupatenView(
    @Schema(examples = "35.02") String kode,
    @Schema(examples = "Ponorogo") String nama,
    @Schema(examples = "TWO_T_MINUS_R") String negativeFormulaDefault,
    @Schema(examples = "IKU") String overallMode,
    @Schema(examples = "120") BigDecimal capaianScoreCap,
    @Schema(examples = "false") boolean floorNegativeAtZero,
    @Schema(description = "Version; also the ETag", examples = "1") int konfigurasiVersi,
    @Schema(examples = "2024-01-05T02:00:00Z") Instant updatedAt,
    @Schema(examples = "planner.ponorogo") String updatedBy) {

  public static KabupatenView of(Kabupaten k) {
    return new KabupatenView(k.kode, k.nama, k.negativeFormulaDefault.name(), k.overallMode.name(), k.capaianScoreCap,
        k.floorNegativeAtZero, k.konfigurasiVersi, k.updatedAt, k.updatedBy);
  }
}
