package id.kinerja.planning.rest;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.json.JsonHardening;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.rules.DokumenSchema;

/**
 * Bodies in the plan document format are read as text and checked against the document schema before they are
 * mapped, so that every structural error is reported with its JSON path (and decimals are read exactly, as
 * BigDecimal).
 */
final class JsonBodies {

  private JsonBodies() {
  }

  static JsonNode parse(String body) {
    // The limits every JSON body has (nesting, lengths, duplicate keys, trailing content, text, decimals).
    return JsonHardening.readTree(body);
  }

  /** The body as {@code type} after the schema of {@code part} accepted it; every schema error is listed. */
  static <T> T read(JsonNode node, DokumenSchema.Part part, Class<T> type) {
    List<FieldViolation> errors = DokumenSchema.validate(part, node);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    try {
      return CanonicalJson.MAPPER.treeToValue(node, type);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce("", String::concat).replaceFirst("^\\.", "");
      throw ProblemException.invalid(field.isEmpty() ? "body" : field, CommonMessages.MUST_HAVE_TYPE_VALUE);
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("body", CommonMessages.MUST_HAVE_TYPE_SHAPE);
    }
  }
}
