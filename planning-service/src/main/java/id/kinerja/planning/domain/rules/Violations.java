package id.kinerja.planning.domain.rules;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.common.problem.FieldViolation;

/** Collects every broken rule of a request, each with the JSON path of the field, so that one answer lists them all. */
public final class Violations {

  private final List<FieldViolation> list = new ArrayList<>();

  /** A broken rule: the key's rule code, explained by the key's text with these name/value arguments. */
  public void add(String field, MessageKey key, Object... args) {
    add(field, key.rule(), Message.of(key, args));
  }

  /** A rule code that is not a key's (one reported by another component), with its explanation. */
  public void add(String field, String rule, Message message) {
    list.add(new FieldViolation(field == null || field.isEmpty() ? "body" : field, rule, message));
  }

  public void addAll(List<FieldViolation> more) {
    list.addAll(more);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<FieldViolation> list() {
    return List.copyOf(list);
  }

  /** "a.b" from "a" and "b"; "b" from "" and "b". */
  public static String at(String base, String field) {
    return base == null || base.isEmpty() ? field : base + "." + field;
  }

  /** "a[3]" from "a" and 3. */
  public static String at(String base, int index) {
    return (base == null ? "" : base) + "[" + index + "]";
  }
}
