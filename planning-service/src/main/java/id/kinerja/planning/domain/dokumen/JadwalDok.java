package id.kinerja.planning.domain.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.rules.JadwalRules;

/**
 * The entry window of one triwulan: each time a local date of the kabupaten's zone or an ISO-8601 date-time with
 * offset (an export writes date-times in the kabupaten's zone).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JadwalDokumen", description = "The entry window of one triwulan. " + JadwalRules.WAKTU_DESCRIPTION)
public record JadwalDok(
    @Schema(required = true, examples = "2024") Integer tahun,
    @Schema(required = true, minimum = "1", maximum = "4", examples = "2") Integer triwulan,
    @Schema(required = true, description = "Entry opens (inclusive)", pattern = JadwalRules.POLA_WAKTU,
        examples = { "2024-07-01T00:00:00+07:00", "2024-07-01" }) String inputDibuka,
    @Schema(required = true, description = "Entry closes (exclusive); a date closes at the end of that local day",
        pattern = JadwalRules.POLA_WAKTU, examples = { "2024-07-11T00:00:00+07:00", "2024-07-10" }) String inputDitutup,
    @Schema(description = "Verification closes; absent = no deadline", pattern = JadwalRules.POLA_WAKTU,
        examples = { "2024-07-20T00:00:00+07:00", "2024-07-19" }) String verifikasiDitutup) {
}
