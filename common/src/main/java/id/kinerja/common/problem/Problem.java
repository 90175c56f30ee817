package id.kinerja.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;

/**
 * An RFC 9457 problem detail: every 4xx and 5xx answer of every service has this body. Title and detail are written
 * in the language of the answer (Content-Language).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Error body (RFC 9457, application/problem+json). `errors` names each offending field and the rule it broke.")
public record Problem(
    @Schema(description = "URI naming the kind of problem", examples = "https://kinerja.id/problems/validation") String type,
    @Schema(description = "Short summary", examples = "Permintaan tidak valid") Message title,
    @Schema(description = "HTTP status", examples = "400") int status,
    @Schema(description = "What went wrong, for a person", examples = "1 isian tidak valid") Message detail,
    @Schema(description = "The request path", examples = "/api/realisasi") String instance,
    @Schema(description = "One entry per offending field") List<FieldViolation> errors,
    @Schema(description = "5xx only: the trace id of the request (docs/operations.md \"Tracing\")",
        examples = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://kinerja.id/problems/";

  /** A problem of a kind ("validation", "not-found" …): its type URI and title follow from the kind. */
  public static Problem of(int status, String kind, Message detail, List<FieldViolation> errors) {
    return new Problem(TYPE_BASE + kind, Message.of(CommonMessages.title(kind), "status", status), status, detail, null,
        errors == null ? List.of() : List.copyOf(errors), null);
  }

  /** The kind: the last segment of the type URI. */
  public String kind() {
    return type.substring(type.lastIndexOf('/') + 1);
  }

  public Problem {
    errors = errors == null ? List.of() : errors;
  }

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors, traceId);
  }

  /** The problem quoting a trace id (a 5xx: what an operator looks the request up by); null leaves it out. */
  public Problem withTraceId(String id) {
    return new Problem(type, title, status, detail, instance, errors, id);
  }
}
