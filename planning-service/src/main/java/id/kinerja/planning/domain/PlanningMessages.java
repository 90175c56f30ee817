package id.kinerja.planning.domain;

import id.kinerja.common.i18n.MessageKey;

/**
 * The texts of the planning service (i18n/messages_id.properties and messages_en.properties). A refusal's key is its
 * rule code, or the rule code and a variant where one rule is explained in several ways ({@code duplicate-code.desa}):
 * clients see only the rule code.
 */
public enum PlanningMessages implements MessageKey {
  // The plan document's schema: one text per JSON-schema keyword, with the validator's arguments.
  REQUIRED_PROPERTY("required.property"),
  UNKNOWN_FIELD_ADDITIONAL_PROPERTIES("unknown-field.additional-properties"),
  UNKNOWN_FIELD_UNEVALUATED_PROPERTIES("unknown-field.unevaluated-properties"),
  MUST_BE_INTEGER_TYPE("must-be-integer.type"),
  MUST_BE_NUMBER_TYPE("must-be-number.type"),
  MUST_HAVE_TYPE_TYPE("must-have-type.type"),
  JSON_TYPE_STRING("json-type.string"),
  JSON_TYPE_INTEGER("json-type.integer"),
  JSON_TYPE_NUMBER("json-type.number"),
  JSON_TYPE_BOOLEAN("json-type.boolean"),
  JSON_TYPE_OBJECT("json-type.object"),
  JSON_TYPE_ARRAY("json-type.array"),
  JSON_TYPE_NULL("json-type.null"),
  JSON_TYPE_OR("json-type.or"),
  MUST_BE_ONE_OF_ENUM("must-be-one-of.enum"),
  MUST_BE_ONE_OF_CONST("must-be-one-of.const"),
  MUST_BE_DATE_FORMAT("must-be-date.format"),
  MUST_BE_DATE_TIME_FORMAT("must-be-date-time.format"),
  MUST_BE_FORMAT_OTHER("must-be-format.other"),
  ONE_OF_NAMES("one-of.names"),
  ONE_OF_ANY("one-of.any"),
  NOT_BLANK_MIN_LENGTH("not-blank.min-length"),
  MAX_LENGTH("max-length"),
  RANGE_MINIMUM("range.minimum"),
  RANGE_MAXIMUM("range.maximum"),
  RANGE_EXCLUSIVE_MINIMUM("range.exclusive-minimum"),
  RANGE_EXCLUSIVE_MAXIMUM("range.exclusive-maximum"),
  SIZE_MIN_ITEMS("size.min-items"),
  SIZE_MAX_ITEMS("size.max-items"),
  UNIQUE_ITEMS("unique-items"),
  PATTERN_SCHEMA("pattern.schema"),

  // Targets.
  REQUIRED_TARGET("required.target"),
  MUST_BE_NUMBER_TARGET("must-be-number.target"),
  MUST_BE_NUMBER_TARGET_TEXT("must-be-number.target-text"),
  MUST_BE_NUMBER_TARGET_RANGE("must-be-number.target-range"),
  MUST_BE_NUMBER_TARGET_TEXT_RANGE("must-be-number.target-text-range"),
  MUST_BE_RANGE("must-be-range"),
  MIN_NOT_ABOVE_MAX("min-not-above-max"),
  MUST_BE_TEXT("must-be-text"),

  // Budget lines of a PK, and of the PKs of a year together.
  DUPLICATE_CODE_ANGGARAN("duplicate-code.anggaran"),
  CODE_LEVEL_MISMATCH("code-level-mismatch"),
  UNKNOWN_CODE_ANGGARAN_SASARAN("unknown-code.anggaran-sasaran"),
  CODE_UNDER_PARENT_PROGRAM("code-under-parent.program"),
  CODE_UNDER_PARENT_EXTENDS("code-under-parent.extends"),
  UNKNOWN_CODE_PARENT_LINE("unknown-code.parent-line"),
  PARENT_LEVEL("parent-level"),
  REQUIRED_PAGU("required.pagu"),
  PAGU_TRIWULAN_SUM_LINE("pagu-triwulan-sum.line"),
  PAGU_TRIWULAN_SUM_PARTIAL("pagu-triwulan-sum.partial"),
  PAGU_TRIWULAN_SUM_CHILDREN("pagu-triwulan-sum.children"),
  PAGU_SUM_MISMATCH_PK("pagu-sum-mismatch.pk"),
  DUPLICATE_CODE_SASARAN_OTHER_PK("duplicate-code.sasaran-other-pk"),
  DUPLICATE_CODE_INDIKATOR_OTHER_PK("duplicate-code.indikator-other-pk"),
  CONFLICTING_LINE_LEVEL("conflicting-line.level"),
  CONFLICTING_LINE_PAGU("conflicting-line.pagu"),
  CONFLICTING_LINE_PAGU_TRIWULAN("conflicting-line.pagu-triwulan"),
  PAGU_TRIWULAN_SUM_YEAR_PARTIAL("pagu-triwulan-sum.year-partial"),
  PAGU_TRIWULAN_SUM_YEAR("pagu-triwulan-sum.year"),
  PAGU_SUM_MISMATCH_YEAR("pagu-sum-mismatch.year"),

  // Renstra.
  PERIOD_ORDER("period-order"),
  DUPLICATE_CODE_TUJUAN_SASARAN("duplicate-code.tujuan-sasaran"),
  UNKNOWN_CODE_TUJUAN("unknown-code.tujuan"),
  DUPLICATE_CODE_INDIKATOR_RENSTRA("duplicate-code.indikator-renstra"),
  DUPLICATE_YEAR_TARGET("duplicate-year.target"),
  YEAR_OUTSIDE_PERIOD("year-outside-period"),
  TARGET_REQUIRED_FOR_YEAR("target-required-for-year"),
  DUPLICATE_YEAR_RIWAYAT("duplicate-year.riwayat"),
  KOMPONEN_REQUIRED("komponen-required"),
  MUST_MATCH_PATH_RENSTRA("must-match-path.renstra"),
  SASARAN_IN_USE("sasaran-in-use"),
  INDICATOR_IN_USE("indicator-in-use"),

  // Kecamatan master data.
  MUST_BE_IN_KABUPATEN("must-be-in-kabupaten"),
  DUPLICATE_CODE_DESA("duplicate-code.desa"),
  MUST_BE_IN_KECAMATAN("must-be-in-kecamatan"),
  DUPLICATE_CODE_UNIT("duplicate-code.unit"),
  UNKNOWN_CODE_UNIT_INDUK("unknown-code.unit-induk"),
  DUPLICATE_CODE_NIP("duplicate-code.nip"),
  DUPLICATE_CODE_NAMA_PEJABAT("duplicate-code.nama-pejabat"),
  UNKNOWN_CODE_UNIT("unknown-code.unit"),
  MUST_MATCH_PATH_KECAMATAN("must-match-path.kecamatan"),
  UNKNOWN_CODE_KABUPATEN("unknown-code.kabupaten"),
  PEJABAT_IN_USE("pejabat-in-use"),

  // Perjanjian Kinerja.
  RENSTRA_REQUIRED("renstra-required"),
  PERUBAHAN_AFTER_FIRST("perubahan-after-first"),
  UNKNOWN_CODE_PEJABAT_NIP("unknown-code.pejabat-nip"),
  UNKNOWN_CODE_PEJABAT_NAMA("unknown-code.pejabat-nama"),
  DUPLICATE_CODE_SASARAN_PK("duplicate-code.sasaran-pk"),
  MUST_BE_STRATEGIS("must-be-strategis"),
  UNKNOWN_CODE_SASARAN_RENSTRA("unknown-code.sasaran-renstra"),
  REQUIRED_URAIAN_SASARAN("required.uraian-sasaran"),
  UNKNOWN_CODE_INDIKATOR_RENSTRA("unknown-code.indikator-renstra"),
  INDICATOR_NOT_IN_SASARAN("indicator-not-in-sasaran"),
  REQUIRED_OWN_INDIKATOR("required.own-indikator"),
  REQUIRED_AGGREGATION("required.aggregation"),
  DUPLICATE_CODE_OWN_IS_RENSTRA("duplicate-code.own-is-renstra"),
  UNKNOWN_CODE_ANGGARAN_PK("unknown-code.anggaran-pk"),
  DUPLICATE_CODE_INDIKATOR_PK("duplicate-code.indikator-pk"),
  TW_TARGET_MODE_NONE("tw-target-mode-none"),
  DUPLICATE_TRIWULAN("duplicate-triwulan"),
  CUMULATIVE_TW4_EQUALS_ANNUAL("cumulative-tw4-equals-annual"),
  DRAFT_EXISTS("draft-exists"),
  TAHUN_FIXED("tahun-fixed"),
  PIHAK_PERTAMA_FIXED("pihak-pertama-fixed"),
  PK_DITETAPKAN_IMMUTABLE_PK("pk-ditetapkan-immutable.pk"),
  DETAIL_RULES_BROKEN("detail.rules-broken"),

  // Predicate scales.
  RANGE_TAHUN("range.tahun"),
  NOT_EMPTY_SKALA("not-empty.skala"),
  LABEL_REQUIRED("label-required"),
  UNIQUE_SCORE("unique-score"),
  LOWER_BELOW_UPPER("lower-below-upper"),
  SORTED("sorted"),
  NO_GAP_BELOW("no-gap.below"),
  NO_GAP_ABOVE("no-gap.above"),
  NO_GAP_BETWEEN("no-gap.between"),
  NO_OVERLAP("no-overlap"),
  NO_OVERLAP_SHARED("no-overlap.shared"),
  SKALA_INTERVAL("skala.interval"),

  // Reporting calendar.
  OPENS_BEFORE_CLOSES("opens-before-closes"),
  VERIFICATION_AFTER_INPUT("verification-after-input"),
  MUST_BE_DATE_OR_DATE_TIME("must-be-date-or-date-time"),
  UNKNOWN_CODE_KECAMATAN("unknown-code.kecamatan"),
  MUST_BE_AFTER_CLOSE("must-be-after-close"),

  // Plan import: refusals across the document, and what an import changed (perubahan).
  DUPLICATE_CODE_PK_VERSION("duplicate-code.pk-version"),
  PK_DITETAPKAN_IMMUTABLE_IMPORT("pk-ditetapkan-immutable.import"),
  DRAFT_NOT_LATEST("draft-not-latest"),
  DUPLICATE_CODE_SKALA("duplicate-code.skala"),
  DUPLICATE_CODE_JADWAL("duplicate-code.jadwal"),
  PERUBAHAN_KABUPATEN("perubahan.kabupaten"),
  PERUBAHAN_KECAMATAN("perubahan.kecamatan"),
  PERUBAHAN_CATATAN_SUMBER("perubahan.catatan-sumber"),
  PERUBAHAN_RENSTRA("perubahan.renstra"),
  PERUBAHAN_PK_DITETAPKAN("perubahan.pk-ditetapkan"),
  PERUBAHAN_PK_DRAFT("perubahan.pk-draft"),
  PERUBAHAN_SKALA("perubahan.skala"),
  PERUBAHAN_JADWAL("perubahan.jadwal"),
  PERUBAHAN_RENCANA("perubahan.rencana"),

  // What was not found ("{apa} tidak ditemukan").
  THING_PERJANJIAN_KINERJA("thing.perjanjian-kinerja"),
  THING_RENSTRA("thing.renstra"),
  THING_RENSTRA_TAHUN("thing.renstra-tahun"),
  THING_RENCANA("thing.rencana"),
  THING_JADWAL("thing.jadwal"),
  THING_SKALA("thing.skala");

  private final String key;

  PlanningMessages(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
