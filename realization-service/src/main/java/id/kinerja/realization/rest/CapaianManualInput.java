package id.kinerja.realization.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapaianManual", description = "Manual capaian of a TEXT-target indicator with its justification; marked MANUAL in reports")
public record CapaianManualInput(
    @NotNull @Digits(integer = 6, fraction = 6) @Schema(description = "Capaian in percent.", examples = "100") BigDecimal nilai,
    @NotBlank @Size(max = 4000) @Schema(examples = "Seluruh laporan desa diterima tepat waktu") String justifikasi) {
}
