package id.kinerja.common.problem;

import java.util.List;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;

/** Thrown by services for any refusal; mapped to an application/problem+json answer in the request's language. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail() == null ? problem.type() : problem.detail().toString());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException of(int status, String kind, Message detail, List<FieldViolation> errors) {
    return new ProblemException(Problem.of(status, kind, detail, errors));
  }

  /** 400: the request breaks a rule about one field. */
  public static ProblemException invalid(String field, MessageKey key, Object... args) {
    return invalid(List.of(FieldViolation.of(field, key, args)));
  }

  /** 400: the request breaks rules about these fields. */
  public static ProblemException invalid(List<FieldViolation> errors) {
    return of(400, "validation", summary(errors), errors);
  }

  /** "field: why" for one violation, "n fields are invalid" for several. */
  public static Message summary(List<FieldViolation> errors) {
    return errors.size() == 1
        ? Message.of(CommonMessages.DETAIL_ONE_FIELD, "field", errors.get(0).field(), "message", errors.get(0).message())
        : Message.of(CommonMessages.DETAIL_MANY_FIELDS, "count", errors.size());
  }

  /** 422: the request is well-formed but conflicts with what the plan or the workflow allows. */
  public static ProblemException unprocessable(String field, MessageKey key, Object... args) {
    return unprocessable(List.of(FieldViolation.of(field, key, args)));
  }

  /** 422 for every violation listed. */
  public static ProblemException unprocessable(List<FieldViolation> errors) {
    return of(422, "rule-violation", summary(errors), errors);
  }

  /** 404: what was asked for (a {@link Message} naming it, e.g. "Kecamatan 35.02.99") does not exist. */
  public static ProblemException notFound(Message what) {
    return of(404, "not-found", Message.of(CommonMessages.NOT_FOUND, "apa", what), List.of());
  }

  /** 404 for a thing described by one catalogue text and its arguments. */
  public static ProblemException notFound(MessageKey what, Object... args) {
    return notFound(Message.of(what, args));
  }

  /** 409: the request conflicts with the current state (duplicate, wrong workflow state). */
  public static ProblemException conflict(String field, MessageKey key, Object... args) {
    FieldViolation v = FieldViolation.of(field, key, args);
    return of(409, "conflict", v.message(), List.of(v));
  }

  /** 412: the If-Match precondition failed (someone else changed the resource). */
  public static ProblemException staleVersion(String expected, String actual) {
    return of(412, "stale-version", Message.of(CommonMessages.STALE_VERSION, "expected", expected, "current", actual),
        List.of(FieldViolation.of("If-Match", CommonMessages.MUST_MATCH_CURRENT_ETAG, "current", actual)));
  }

  /** 428: an If-Match header is required for this change. */
  public static ProblemException preconditionRequired() {
    return of(428, "precondition-required", Message.of(CommonMessages.PRECONDITION_REQUIRED),
        List.of(FieldViolation.of("If-Match", CommonMessages.REQUIRED_IF_MATCH)));
  }

  public static ProblemException forbidden(MessageKey key, Object... args) {
    return of(403, "forbidden", Message.of(key, args), List.of());
  }
}
