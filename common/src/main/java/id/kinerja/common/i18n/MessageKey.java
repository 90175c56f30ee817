package id.kinerja.common.i18n;

/**
 * A text of the message catalogue, by key. Keys of refusals are the stable rule codes a client sees in
 * {@code errors[].rule} ({@code must-not-be-negative}); a rule that is explained differently in different places has
 * one key per explanation, the rule code followed by a dot and a variant ({@code must-have-type.whole-number}).
 * Each module lists its keys in one enum, so that a test can check every key against both catalogues.
 */
public interface MessageKey {

  /** The catalogue key. */
  String key();

  /** The rule code a refusal with this text reports: the key up to its first dot. */
  default String rule() {
    String k = key();
    int dot = k.indexOf('.');
    return dot < 0 ? k : k.substring(0, dot);
  }
}
