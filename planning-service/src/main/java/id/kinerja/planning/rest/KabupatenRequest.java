package id.kinerja.planning.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;

@Schema(name = "KabupatenRequest", description = "Calculation settings a kabupaten chooses for all its kecamatan, and its time zone")
public record KabupatenRequest(
    @NotBlank @Size(max = 120) @Schema(examples = "Ponorogo") String nama,
    @NotNull @Schema(description = "Lower-is-better formula used when an indicator does not choose one", examples = "TWO_T_MINUS_R") NegativeFormula negativeFormulaDefault,
    @NotNull @Schema(description = "Overall capaian: mean over IKU indicators or over sasaran means", examples = "IKU") OverallMode overallMode,
    @DecimalMin("100") @DecimalMax("1000") @Schema(description = "Cap of capaianScore (e.g. 100 = above 100 counts as 100); null or absent = no cap", nullable = true, examples = "120") BigDecimal capaianScoreCap,
    @Schema(description = "Floor (2T−R)/T results at 0", examples = "false") Boolean floorNegativeAtZero,
    @Schema(description = "Time zone of the kabupaten (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura): its jadwal "
        + "is entered and shown in it and every time its users read carries its offset. Absent: the zone it has, or for a new "
        + "kabupaten the zone of its province (35.02 → WIB, 73.71 → WITA, 91.01 → WIT).", examples = "WIB") ZonaWaktu zonaWaktu) {
}
