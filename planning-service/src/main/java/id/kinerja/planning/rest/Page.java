package id.kinerja.planning.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code page} is 0-based, {@code size} at most 500, {@code total} counts every match. */
@Schema(description = "One page of a list (page is 0-based)")
public record Page<T>(
    @Schema(description = "The items of this page") List<T> items,
    @Schema(description = "0-based page number", examples = "0") int page,
    @Schema(description = "Page size (1–500)", examples = "50") int size,
    @Schema(description = "Number of matching items", examples = "1") long total) {
}
