package id.kinerja.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: every 4xx and 5xx answer of every service has this body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Error body (RFC 9457, application/problem+json). `errors` names each offending field and the rule it broke.")
public record Problem(
    @Schema(description = "URI naming the kind of problem", examples = "https://kinerja.id/problems/validation") String type,
    @Schema(description = "Short summary", examples = "Invalid request") String title,
    @Schema(description = "HTTP status", examples = "400") int status,
    @Schema(description = "What went wrong, for a person", examples = "1 field is invalid") String detail,
    @Schema(description = "The request path", examples = "/api/realisasi") String instance,
    @Schema(description = "One entry per offending field") List<FieldViolation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://kinerja.id/problems/";

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }
}
