package id.kinerja.planning.rest;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;

@Schema(name = "Kabupaten", description = "A kabupaten, its calculation settings and its time zone; konfigurasiVersi is the ETag")
public record KabupatenView(
    @Schema(examples = "35.02") String kode,
    @Schema(examples = "Ponorogo") String nama,
    @Schema(description = "Lower-is-better formula used when an indicator does not choose one", examples = "TWO_T_MINUS_R") NegativeFormula negativeFormulaDefault,
    @Schema(description = "Overall capaian: mean over IKU indicators or over sasaran means", examples = "IKU") OverallMode overallMode,
    @Schema(description = "Cap of capaianScore; null = no cap", nullable = true, examples = "120") BigDecimal capaianScoreCap,
    @Schema(description = "Floor (2T−R)/T results at 0", examples = "false") boolean floorNegativeAtZero,
    @Schema(description = "Time zone of the kabupaten: its jadwal and every time in its answers are local to it",
        examples = "WIB") ZonaWaktu zonaWaktu,
    @Schema(description = "Version; also the ETag", examples = "1") int konfigurasiVersi,
    @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
    @Schema(examples = "planner.ponorogo") String updatedBy) {

  public static KabupatenView of(Kabupaten k) {
    return new KabupatenView(k.kode, k.nama, k.negativeFormulaDefault, k.overallMode, k.capaianScoreCap,
        k.floorNegativeAtZero, k.zonaWaktu, k.konfigurasiVersi, k.updatedAt, k.updatedBy);
  }
}
