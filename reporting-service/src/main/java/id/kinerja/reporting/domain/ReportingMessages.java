package id.kinerja.reporting.domain;

import id.kinerja.common.i18n.MessageKey;

/**
 * Every text of the reporting service a person reads: refusals (keyed by their rule code), the notes of the report
 * views, the engine's warnings and reasons, and the explanations of the consistency audit. Texts are in
 * {@code i18n/messages_id.properties} and {@code messages_en.properties}.
 */
public enum ReportingMessages implements MessageKey {
  // Refusals of parameters and requests.
  ONE_OF_PARAMETER("one-of.parameter"),
  RANGE_PARAMETER("range.parameter"),
  RANGE_TRIWULAN("range.triwulan"),
  TARGET_OR_NUMBER_LAGGING("target-or-number.lagging"),
  KNOWN_KEY_SORT("known-key.sort"),
  FORBIDDEN_NO_KABUPATEN("forbidden.no-kabupaten"),
  THING_RENCANA_TAHUN("thing.rencana-tahun"),
  KNOWN_INDIKATOR_AUDIT("known-indikator.audit"),
  KNOWN_ANGGARAN_AUDIT("known-anggaran.audit"),
  KNOWN_SASARAN_AUDIT("known-sasaran.audit"),
  COMPUTABLE_PLAN("computable-plan"),
  COMPUTABLE_PLAN_NO_REASON("computable-plan.no-reason"),

  // Why a plan cannot be computed (the reason of computable-plan).
  PLAN_BUDGET_LINE_TWICE("plan.budget-line-twice"),
  PLAN_BUDGET_CYCLE("plan.budget-cycle"),
  PLAN_BUDGET_CYCLE_AT("plan.budget-cycle-at"),
  PLAN_PAGU_NEGATIVE("plan.pagu-negative"),
  PLAN_REALISASI_NEGATIVE("plan.realisasi-negative"),
  PLAN_RANGE_TARGET("plan.range-target"),
  PLAN_YEAR_TWICE("plan.year-twice"),
  PLAN_PRECISION("plan.precision"),
  PLAN_BOBOT_NEGATIVE("plan.bobot-negative"),

  // A number at a fixed number of decimals (Angka.inText).
  ANGKA_DESIMAL("angka.desimal"),

  // Notes of the report views.
  TAMPILAN_OFFICIAL("tampilan.official"),
  TAMPILAN_PROVISIONAL("tampilan.provisional"),
  CAKUPAN("cakupan"),
  CAKUPAN_PAGU("cakupan.pagu"),

  // Warnings of the engine (calc.Warning).
  WARNING_TW4_TARGET_DIFFERS("warning.tw4-target-differs"),
  WARNING_TW_TARGET_MISSING("warning.tw-target-missing"),
  WARNING_UNKNOWN_PARENT("warning.unknown-parent"),
  WARNING_REALISASI_ON_PARENT_IGNORED("warning.realisasi-on-parent-ignored"),
  WARNING_PAGU_DIFFERS_FROM_CHILDREN("warning.pagu-differs-from-children"),

  // Labels of the efisiensi formulas.
  EFISIENSI_CAPAIAN_MINUS_SERAPAN("efisiensi.capaian-minus-serapan"),
  EFISIENSI_CAPAIAN_PER_SERAPAN("efisiensi.capaian-per-serapan"),

  // Why a figure has no value (keterangan of a capaian or an aggregate).
  KETERANGAN_NO_TARGET("keterangan.no-target"),
  KETERANGAN_COMPONENTS_NO_VALUE("keterangan.components-no-value"),
  KETERANGAN_TEXT_TARGET("keterangan.text-target"),
  KETERANGAN_TARGET_ZERO("keterangan.target-zero"),
  KETERANGAN_REALISASI_ZERO_T_OVER_R("keterangan.realisasi-zero-t-over-r"),
  KETERANGAN_RANGE_BOUND_ZERO("keterangan.range-bound-zero"),
  KETERANGAN_TEXT_REALISASI_NUMERIC_TARGET("keterangan.text-realisasi-numeric-target"),
  KETERANGAN_NO_MANUAL_CAPAIAN("keterangan.no-manual-capaian"),
  KETERANGAN_MANUAL("keterangan.manual"),
  KETERANGAN_MIXED_REALISASI("keterangan.mixed-realisasi"),
  KETERANGAN_RATIO_NEEDS_COMPONENTS("keterangan.ratio-needs-components"),
  KETERANGAN_SUM_PENYEBUT_ZERO("keterangan.sum-penyebut-zero"),
  KETERANGAN_PENYEBUT_ZERO_TW("keterangan.penyebut-zero-tw"),
  KETERANGAN_REPORTED_PENYEBUT_ZERO("keterangan.reported-penyebut-zero"),

  // Explanations of the consistency audit (calc.Audit).
  AUDIT_ABSENT("audit.absent"),
  AUDIT_ABSENT_REASON("audit.absent.reason"),
  AUDIT_DIFFERS("audit.differs"),
  AUDIT_DIFFERS_RUMUS("audit.differs.rumus"),
  AUDIT_STATUS_NOT_REPORTED("audit.status.not-reported"),
  AUDIT_STATUS_NOT_COMPUTABLE("audit.status.not-computable"),
  AUDIT_STATUS_NOT_DUE("audit.status.not-due"),
  AUDIT_STATUS_NOT_APPLICABLE("audit.status.not-applicable"),
  AUDIT_STATUS_OTHER("audit.status.other"),
  AUDIT_WITH_KETERANGAN("audit.with-keterangan"),
  AUDIT_CAPAIAN("audit.capaian"),
  AUDIT_CAPAIAN_CAPPED("audit.capaian.capped"),
  AUDIT_RANGE("audit.range"),
  AUDIT_PAGU_ZERO("audit.pagu-zero"),
  AUDIT_SERAPAN("audit.serapan"),
  AUDIT_EFISIENSI("audit.efisiensi"),
  AUDIT_MEAN("audit.mean"),
  AUDIT_MEAN_DIVISOR("audit.mean.divisor"),
  AUDIT_ARITHMETIC_MEAN("audit.arithmetic-mean"),
  AUDIT_ARITHMETIC_MEAN_DIVISOR("audit.arithmetic-mean.divisor"),
  AUDIT_DIVISOR_UNREPORTED("audit.divisor.unreported"),
  AUDIT_DIVISOR_WRONG("audit.divisor.wrong"),
  AUDIT_DIVISOR_TRUNCATED("audit.divisor.truncated"),
  AUDIT_TOTAL("audit.total"),
  AUDIT_GAP_SHORT("audit.gap.short"),
  AUDIT_GAP_OVER("audit.gap.over"),
  AUDIT_TOTAL_COLUMN("audit.total-column"),
  AUDIT_TOTAL_COLUMN_DOUBLE_COUNT("audit.total-column.double-count"),
  AUDIT_SUM_PAGU_ZERO("audit.sum-pagu-zero"),
  AUDIT_TOTAL_PERCENT("audit.total-percent"),
  AUDIT_TOTAL_PERCENT_FOLLOWS_TOTAL("audit.total-percent.follows-total"),
  AUDIT_TOTAL_PERCENT_OWN_TOTAL("audit.total-percent.own-total"),
  AUDIT_OVER_PAGU("audit.over-pagu"),
  AUDIT_OVER_PAGU_UP_TO_TW("audit.over-pagu.up-to-tw"),
  AUDIT_NO_PAGU_OR_REALISASI("audit.no-pagu-or-realisasi"),
  AUDIT_PARENT_CHILD("audit.parent-child"),
  AUDIT_PLANNED_PAGU("audit.planned-pagu"),
  AUDIT_LABEL_OUTSIDE("audit.label.outside"),
  AUDIT_LABEL("audit.label"),
  AUDIT_DUPLICATES("audit.duplicates"),
  AUDIT_LIST("audit.list"),
  AUDIT_UNIT("audit.unit"),
  AUDIT_COMPUTED_ROUNDED("audit.computed.rounded"),
  AUDIT_DUPLICATES_SYSTEM("audit.duplicates.system"),
  AUDIT_REALISASI_KOMPONEN("audit.realisasi.komponen"),
  AUDIT_REALISASI_TEKS("audit.realisasi.teks"),
  AUDIT_REALISASI_AGREGASI("audit.realisasi.agregasi"),
  AUDIT_REALISASI_ANGGARAN("audit.realisasi.anggaran"),
  AUDIT_PAGU("audit.pagu"),
  RANGE_AUDIT_TRIWULAN("range.audit-triwulan");

  private final String key;

  ReportingMessages(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
