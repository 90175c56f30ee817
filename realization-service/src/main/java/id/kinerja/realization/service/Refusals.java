package id.kinerja.realization.service;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.domain.RealizationMessages;

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

  void add(Kind kind, String field, MessageKey key, Object... args) {
    add(kind, FieldViolation.of(field, key, args));
  }

  /** A text made elsewhere (a link's or the window's problem): its key names the rule. */
  void add(Kind kind, String field, Message message) {
    add(kind, new FieldViolation(field, message.key().rule(), message));
  }

  private void add(Kind kind, FieldViolation v) {
    kinds[kind.ordinal()] = true;
    errors.add(v);
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
  void throwIfAny(RealizationMessages what) {
    if (errors.isEmpty()) {
      return;
    }
    Message detail = errors.size() == 1 ? ProblemException.summary(errors)
        : Message.of(RealizationMessages.DETAIL_REFUSED, "jumlah", errors.size(), "apa", what);
    List<FieldViolation> all = List.copyOf(errors);
    if (has(Kind.RULE)) {
      throw ProblemException.of(422, "rule-violation", detail, all);
    }
    if (has(Kind.CONFLICT)) {
      throw ProblemException.of(409, "conflict", detail, all);
    }
    if (has(Kind.STALE)) {
      throw ProblemException.of(412, "stale-version", detail, all);
    }
    throw ProblemException.of(428, "precondition-required", detail, all);
  }

  static ProblemException single(Kind kind, String field, MessageKey key, Object... args) {
    return single(kind, FieldViolation.of(field, key, args));
  }

  static ProblemException single(Kind kind, String field, Message message) {
    return single(kind, new FieldViolation(field, message.key().rule(), message));
  }

  private static ProblemException single(Kind kind, FieldViolation v) {
    Refusals r = new Refusals();
    r.add(kind, v);
    try {
      r.throwIfAny(RealizationMessages.WHAT_REQUEST);
    } catch (ProblemException e) {
      return e;
    }
    throw new IllegalStateException("unreachable");
  }
}
