package id.kinerja.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One broken rule: which field (a JSON path into the request, or a parameter name), which rule, and why. */
@Schema(name = "FieldViolation")
public record FieldViolation(
    @Schema(description = "JSON path of the field or name of the parameter", examples = "items[2].nilai") String field,
    @Schema(description = "The rule that was broken, a stable code", examples = "must-not-be-negative") String rule,
    @Schema(description = "Explanation", examples = "nilai must be 0 or more") String message) {
}
