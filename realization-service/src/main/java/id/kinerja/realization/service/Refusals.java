package id.kinerja.realization.service;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;

/**
 * Collects every reason to refuse a request before anything is written, so that one answer names them all (each
 * batch item by its JSON path). The answer's status is that of the gravest kind present: a broken plan or workflow
 * rule (422) before a state conflict (409) before a stale version (412) before a missing If-Match (428).
 */
final class Refusals {

  enum Kind {
    RULE, CONFLICT, STALE, MISSING_PRECONDITION
  }

  private final List<FieldViolation> errors = new ArrayList<>();
  private final boolean[] kinds = new boolean[Kind.values().length];

  void add(Kind kind, String field, String rule, String message) {
    kinds[kind.ordinal()] = true;
    errors.add(new FieldViolation(field, rule, message));
  }

  void addAll(Kind kind, List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      kinds[kind.ordinal()] = true;
      errors.addAll(violations);
    }
  }

  boolean any() {
    return !errors.isEmpty();
  }

  boolean has(Kind kind) {
    return kinds[kind.ordinal()];
  }

  /** Throws the refusal if anything was collected; {@code what} names the request in the detail. */
  void throwIfAny(String what) {
    if (errors.isEmpty()) {
      return;
    }
    String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " problems in " + what + "; nothing was saved";
    if (has(Kind.RULE)) {
      throw ProblemException.of(422, "rule-violation", "Not allowed by the rules", detail, List.copyOf(errors));
    }
    if (has(Kind.CONFLICT)) {
      throw ProblemException.of(409, "conflict", "Conflict with current state", detail, List.copyOf(errors));
    }
    if (has(Kind.STALE)) {
      throw ProblemException.of(412, "stale-version", "Precondition failed", detail, List.copyOf(errors));
    }
    throw ProblemException.of(428, "precondition-required", "Precondition required", detail, List.copyOf(errors));
  }

  static ProblemException single(Kind kind, String field, String rule, String message) {
    Refusals r = new Refusals();
    r.add(kind, field, rule, message);
    try {
      r.throwIfAny("the request");
    } catch (ProblemException e) {
      return e;
    }
    throw new IllegalStateException("unreachable");
  }
}
