package id.kinerja.common.i18n;

/** Number notation of an imported figure. */
public enum NumberStyle {
  /** id-ID: decimal comma, thousands dot ("1.886.154.145", "57,45"). */
  ID,
  /** en-US: decimal point, thousands comma ("1,077,194,452.00", "37.84"). */
  EN,
  /**
   * Decided from the string: with both separators the last one is the decimal; a separator that occurs more than once
   * groups thousands; a single separator followed by exactly three digits ("1.050", "1,050") is ambiguous and refused;
   * any other single separator is the decimal ("57,45", "37.84").
   */
  AUTO
}
