package id.kinerja.common.problem;

import java.util.List;

/** Thrown by services for any refusal; mapped to an application/problem+json answer. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException of(int status, String kind, String title, String detail, List<FieldViolation> errors) {
    return new ProblemException(new Problem(Problem.TYPE_BASE + kind, title, status, detail, null, errors));
  }

  /** 400: the request breaks a rule about one field. */
  public static ProblemException invalid(String field, String rule, String message) {
    return invalid(List.of(new FieldViolation(field, rule, message)));
  }

  /** 400: the request breaks rules about these fields. */
  public static ProblemException invalid(List<FieldViolation> errors) {
    String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
    return of(400, "validation", "Invalid request", detail, errors);
  }

  /** 422: the request is well-formed but conflicts with what the plan or the workflow allows. */
  public static ProblemException unprocessable(String field, String rule, String message) {
    return of(422, "rule-violation", "Not allowed by the rules", field + ": " + message,
        List.of(new FieldViolation(field, rule, message)));
  }

  public static ProblemException notFound(String what) {
    return of(404, "not-found", "Not found", what + " does not exist", List.of());
  }

  /** 409: the request conflicts with the current state (duplicate, wrong workflow state). */
  public static ProblemException conflict(String field, String rule, String message) {
    return of(409, "conflict", "Conflict with current state", message, List.of(new FieldViolation(field, rule, message)));
  }

  /** 412: the If-Match precondition failed (someone else changed the resource). */
  public static ProblemException staleVersion(String expected, String actual) {
    return of(412, "stale-version", "Precondition failed",
        "The resource was changed by someone else (If-Match " + expected + ", current " + actual + ")",
        List.of(new FieldViolation("If-Match", "must-match-current-etag", "current ETag is " + actual)));
  }

  /** 428: an If-Match header is required for this change. */
  public static ProblemException preconditionRequired() {
    return of(428, "precondition-required", "Precondition required", "Send the resource's ETag in If-Match",
        List.of(new FieldViolation("If-Match", "required", "If-Match header is required")));
  }

  public static ProblemException forbidden(String detail) {
    return of(403, "forbidden", "Forbidden", detail, List.of());
  }
}
