package id.kinerja.common.i18n;

import java.util.Arrays;

/** The texts of the platform: problem titles and details, unreadable bodies and parameters, Bean Validation rules. */
public enum CommonMessages implements MessageKey {
  // Titles of the kinds of problem (type https://kinerja.id/problems/<kind>).
  TITLE_VALIDATION("title.validation"),
  TITLE_RULE_VIOLATION("title.rule-violation"),
  TITLE_NOT_FOUND("title.not-found"),
  TITLE_CONFLICT("title.conflict"),
  TITLE_STALE_VERSION("title.stale-version"),
  TITLE_PRECONDITION_REQUIRED("title.precondition-required"),
  TITLE_FORBIDDEN("title.forbidden"),
  TITLE_UNAUTHORIZED("title.unauthorized"),
  TITLE_INTERNAL("title.internal"),
  TITLE_UNAVAILABLE("title.unavailable"),
  TITLE_PAYLOAD_TOO_LARGE("title.payload-too-large"),
  TITLE_UNSUPPORTED_MEDIA_TYPE("title.unsupported-media-type"),
  TITLE_NOT_ACCEPTABLE("title.not-acceptable"),
  TITLE_METHOD_NOT_ALLOWED("title.method-not-allowed"),
  TITLE_ERROR("title.error"),

  // Details.
  DETAIL_ONE_FIELD("detail.one-field"),
  DETAIL_MANY_FIELDS("detail.many-fields"),
  DETAIL_STATUS("detail.status"),
  NOT_FOUND("not-found"),
  NOT_FOUND_PATH("not-found.path"),
  METHOD_NOT_ALLOWED("method-not-allowed"),
  NOT_ACCEPTABLE("not-acceptable"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
  STALE_VERSION("stale-version"),
  MUST_MATCH_CURRENT_ETAG("must-match-current-etag"),
  PRECONDITION_REQUIRED("precondition-required"),
  REQUIRED_IF_MATCH("required.if-match"),
  MUST_BE_ETAG("must-be-etag"),
  UNAUTHORIZED("unauthorized"),
  FORBIDDEN_ROLE("forbidden.role"),
  FORBIDDEN_NEEDS_ROLE("forbidden.needs-role"),
  FORBIDDEN_NEEDS_ROLE_KECAMATAN("forbidden.needs-role-kecamatan"),
  FORBIDDEN_OTHER_KECAMATAN("forbidden.other-kecamatan"),
  INTERNAL("internal"),
  UNAVAILABLE_DATABASE("unavailable.database"),
  UNAVAILABLE_DATABASE_COMMIT("unavailable.database-commit"),
  UNAVAILABLE_BROKER("unavailable.broker"),
  THING_KECAMATAN("thing.kecamatan"),
  THING_KABUPATEN("thing.kabupaten"),
  NONE("none"),

  // Bodies and parameters that cannot be read.
  REQUIRED_BODY("required.body"),
  MUST_BE_VALID_JSON("must-be-valid-json"),
  MUST_BE_VALID_JSON_AT("must-be-valid-json.at"),
  WITHIN_SIZE_LIMITS("within-size-limits"),
  NO_DUPLICATE_KEYS("no-duplicate-keys"),
  NUMBER_IN_RANGE("number-in-range"),
  NUMBER_IN_RANGE_FIELD("number-in-range.field"),
  MUST_BE_VALID_TEXT("must-be-valid-text"),
  UNKNOWN_FIELD("unknown-field"),
  MUST_HAVE_TYPE_SHAPE("must-have-type.shape"),
  MUST_HAVE_TYPE_VALUE("must-have-type.value"),
  MUST_HAVE_TYPE_NUMBER("must-have-type.number"),
  MUST_HAVE_TYPE_WHOLE_NUMBER("must-have-type.whole-number"),
  MUST_HAVE_TYPE_BOOLEAN("must-have-type.boolean"),
  MUST_HAVE_TYPE_STRING("must-have-type.string"),
  MUST_HAVE_TYPE_LIST("must-have-type.list"),
  MUST_HAVE_TYPE_OBJECT("must-have-type.object"),
  MUST_HAVE_TYPE_ENUM("must-have-type.enum"),
  MUST_HAVE_TYPE_DATE_TIME("must-have-type.date-time"),
  MUST_HAVE_TYPE_DATE("must-have-type.date"),
  MUST_HAVE_TYPE_UUID("must-have-type.uuid"),
  MAX_SIZE("max-size"),

  // Bean Validation: the rule is the constraint's name; the texts use its attributes.
  NOT_NULL("not-null"),
  NOT_BLANK("not-blank"),
  NOT_EMPTY("not-empty"),
  SIZE("size"),
  MIN("min"),
  MAX("max"),
  PATTERN("pattern"),
  DECIMAL_MIN("decimal-min"),
  DECIMAL_MAX("decimal-max"),
  DIGITS("digits"),
  POSITIVE("positive"),
  POSITIVE_OR_ZERO("positive-or-zero"),
  NEGATIVE("negative"),
  NEGATIVE_OR_ZERO("negative-or-zero"),
  EMAIL("email"),
  ASSERT_TRUE("assert-true"),
  ASSERT_FALSE("assert-false"),
  CONSTRAINT("constraint"),

  // A number as written that cannot be read (AngkaTertulis).
  NUMBER_AS_PRINTED_NONE("number-as-printed.none"),
  NUMBER_AS_PRINTED_EMPTY("number-as-printed.empty"),
  NUMBER_AS_PRINTED_NOT_A_NUMBER("number-as-printed.not-a-number"),
  NUMBER_AS_PRINTED_AMBIGUOUS("number-as-printed.ambiguous"),
  NUMBER_AS_PRINTED_TWO_DECIMAL_SEPARATORS("number-as-printed.two-decimal-separators"),
  NUMBER_AS_PRINTED_GROUPING_AFTER_DECIMALS("number-as-printed.grouping-after-decimals"),
  NUMBER_AS_PRINTED_BAD_GROUPING("number-as-printed.bad-grouping"),
  NUMBER_AS_PRINTED_NO_DIGITS("number-as-printed.no-digits"),

  // An uploaded workbook that is not read, and cells that hold no value (common.xlsx).
  WORKBOOK_EMPTY("must-be-xlsx.empty"),
  WORKBOOK_NOT_XLSX("must-be-xlsx"),
  WORKBOOK_XLS("must-be-xlsx.xls"),
  WORKBOOK_MACROS("must-not-have-macros"),
  WORKBOOK_EXPANDED("max-expanded-size"),
  WORKBOOK_MAX_ROWS("max-rows"),
  WORKBOOK_CELL("must-be-value");

  private final String key;

  CommonMessages(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The title of a kind of problem ("validation" → title.validation), the generic one for a kind without its own. */
  public static CommonMessages title(String kind) {
    String k = "title." + kind;
    return Arrays.stream(values()).filter(m -> m.key.equals(k)).findFirst().orElse(TITLE_ERROR);
  }

  /** The text of a Bean Validation rule ("decimal-min"), the generic one for a constraint without its own. */
  public static CommonMessages constraint(String rule) {
    return Arrays.stream(values()).filter(m -> m.key.equals(rule) && m.ordinal() >= NOT_NULL.ordinal()).findFirst()
        .orElse(CONSTRAINT);
  }
}
