package id.kinerja.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;

/**
 * One broken rule: which field (a JSON path into the request, or a parameter name), which rule (a stable code), and
 * why, in the language of the answer.
 */
@Schema(name = "FieldViolation")
public record FieldViolation(
    @Schema(description = "JSON path of the field or name of the parameter", examples = "items[2].nilai") String field,
    @Schema(description = "The rule that was broken, a stable code", examples = "must-not-be-negative") String rule,
    @Schema(description = "Explanation, in the language of the answer", examples = "nilai harus 0 atau lebih") Message message) {

  /** The rule is the key's rule code; the explanation is the key's text with these name/value arguments. */
  public static FieldViolation of(String field, MessageKey key, Object... args) {
    return new FieldViolation(field, key.rule(), Message.of(key, args));
  }
}
