package id.kinerja.realization.domain;

import id.kinerja.common.i18n.MessageKey;

/**
 * The texts of realization-service (catalogue {@code i18n/messages_*.properties}). A refusal's key is its rule code,
 * or the rule code and a variant after a dot where one rule is explained differently in different places; the
 * client sees the rule code only.
 */
public enum RealizationMessages implements MessageKey {
  // Indicator values against the plan copy (IndikatorRules).
  MUST_BE_DUE("must-be-due"),
  MUST_BE_REPORTED_OR_NOT_APPLICABLE("must-be-reported-or-not-applicable"),
  MUST_MATCH_PLAN_SATUAN("must-match-plan-satuan"),
  MUST_BE_EMPTY_WHEN_NOT_APPLICABLE("must-be-empty-when-not-applicable"),
  REQUIRED_WHEN_NOT_APPLICABLE("required-when-not-applicable"),
  REQUIRED_FOR_TEXT_INDICATOR("required-for-text-indicator"),
  MUST_BE_EMPTY_FOR_TEXT_INDICATOR_NILAI("must-be-empty-for-text-indicator.nilai"),
  MUST_BE_EMPTY_FOR_TEXT_INDICATOR_KOMPONEN("must-be-empty-for-text-indicator.komponen"),
  MUST_BE_EMPTY_FOR_NUMERIC_INDICATOR("must-be-empty-for-numeric-indicator"),
  ONLY_FOR_TEXT_INDICATOR("only-for-text-indicator"),
  MUST_USE_KOMPONEN("must-use-komponen"),
  REQUIRED_BY_KOMPONEN("required-by-komponen"),
  MUST_NOT_BE_NEGATIVE_PEMBILANG("must-not-be-negative.pembilang"),
  MUST_NOT_BE_NEGATIVE_NILAI("must-not-be-negative.nilai"),
  MUST_NOT_BE_NEGATIVE_RUPIAH("must-not-be-negative.rupiah"),
  MUST_BE_POSITIVE("must-be-positive"),
  KOMPONEN_NOT_DEFINED("komponen-not-defined"),
  REQUIRED_WHEN_REPORTED("required-when-reported"),
  MAX_PRECISION("max-precision"),

  // Evidence links (BuktiRules).
  MUST_BE_HTTPS_URL_EMPTY("must-be-https-url.empty"),
  MUST_BE_HTTPS_URL_TOO_LONG("must-be-https-url.too-long"),
  MUST_BE_HTTPS_URL_SCHEME("must-be-https-url.scheme"),
  MUST_BE_HTTPS_URL_HOST("must-be-https-url.host"),
  MUST_BE_HTTPS_URL_SYNTAX("must-be-https-url.syntax"),

  // The entry window (EntryWindow): the window's message in the sheet and the refusal's text.
  ENTRY_WINDOW_NO_SCHEDULE("entry-window-open.no-schedule"),
  ENTRY_WINDOW_NOT_YET_OPEN("entry-window-open.not-yet-open"),
  ENTRY_WINDOW_CLOSED("entry-window-open.closed"),
  ENTRY_WINDOW_CLOSED_AFTER_REOPENING("entry-window-open.closed-after-reopening"),

  // Why a workflow action cannot start from a status (Workflow.refusal), nested in the refusals below.
  WORKFLOW_APPROVED("workflow.approved"),
  WORKFLOW_SUBMIT("workflow.submit"),
  WORKFLOW_VERIFY("workflow.verify"),
  WORKFLOW_APPROVE("workflow.approve"),
  WORKFLOW_RETURN("workflow.return"),

  // Capture, correction and workflow refusals (services).
  MUST_HAVE_PLAN("must-have-plan"),
  MUST_BE_UNIQUE_IN_BATCH("must-be-unique-in-batch"),
  MUST_EXIST_IN_PLAN_INDIKATOR("must-exist-in-plan.indikator"),
  MUST_EXIST_IN_PLAN_ANGGARAN("must-exist-in-plan.anggaran"),
  MUST_EXIST_IN_PLAN_NO_LONGER("must-exist-in-plan.no-longer"),
  MUST_NOT_OVERLAP_LINE_ABOVE("must-not-overlap-budget-line.above"),
  MUST_NOT_OVERLAP_LINE_BELOW("must-not-overlap-budget-line.below"),
  BUKTI_REQUIRED("bukti-required"),
  BUKTI_REQUIRED_UPLOAD("bukti-required.upload"),
  MUST_MATCH_CURRENT_REVISI("must-match-current-revisi"),
  MUST_MATCH_CURRENT_REVISI_NOT_YET("must-match-current-revisi.not-yet"),
  REQUIRED_FOR_EXISTING_CELL("required-for-existing-cell"),
  REQUIRED_FOR_EXISTING_CELL_IF_MATCH("required-for-existing-cell.if-match"),
  MUST_BE_EDITABLE_APPROVED("must-be-editable.approved"),
  MUST_BE_EDITABLE_IN_REVIEW("must-be-editable.in-review"),
  MUST_BE_EDITABLE_BUKTI("must-be-editable.bukti"),
  REQUIRED_ETAG("required.etag"),
  MUST_MATCH_CURRENT_ETAG_CELL("must-match-current-etag.cell"),
  MUST_BE_APPROVED_EDITABLE("must-be-approved.editable"),
  MUST_BE_APPROVED_IN_REVIEW("must-be-approved.in-review"),
  MUST_BE_DRAFT_OR_RETURNED("must-be-draft-or-returned"),
  MUST_BE_SUBMITTED("must-be-submitted"),
  MUST_BE_VERIFIED("must-be-verified"),
  MUST_BE_SUBMITTED_OR_VERIFIED("must-be-submitted-or-verified"),
  MUST_HAVE_REALISASI("must-have-realisasi"),
  MUST_BE_ELIGIBLE("must-be-eligible"),
  EVERY_DUE_INDICATOR_ENTERED("every-due-indicator-entered"),
  MUST_HAVE_ELIGIBLE_CELL_SUBMIT("must-have-eligible-cell.submit"),
  MUST_HAVE_ELIGIBLE_CELL_VERIFY("must-have-eligible-cell.verify"),
  MUST_HAVE_ELIGIBLE_CELL_APPROVE("must-have-eligible-cell.approve"),
  MUST_HAVE_ELIGIBLE_CELL_RETURN("must-have-eligible-cell.return"),
  REQUIRED_TO_RETURN("required-to-return"),
  REQUIRED_FOR_LAIN_LAIN("required-for-lain-lain"),
  VERIFIER_IS_NOT_SUBMITTER("verifier-is-not-submitter"),
  VERIFIER_IS_NOT_SUBMITTER_DETAIL("verifier-is-not-submitter.detail"),
  MELEBIHI_PAGU("melebihi-pagu"),
  SEJAK_MAX_REVISI("must-not-exceed-revisi"),

  // Evidence uploads (BuktiService).
  NOT_EMPTY_FILE("not-empty.file"),
  MUST_BE_ACCEPTED_TYPE("must-be-accepted-type"),
  MUST_BE_ACCEPTED_TYPE_DETAIL("must-be-accepted-type.detail"),
  DECLARED_TYPE_MUST_MATCH_CONTENT("declared-type-must-match-content"),
  DECLARED_TYPE_MUST_MATCH_CONTENT_DETAIL("declared-type-must-match-content.detail"),
  MAX_SIZE_DETAIL("max-size.detail"),
  FILE_OR_URL("file-or-url"),
  MUST_BE_CURRENT_VERSION("must-be-current-version"),

  // Batches and idempotency keys.
  NOT_EMPTY_BATCH("not-empty.batch"),
  MAX_ITEMS("max-items"),
  REQUIRED_IDEMPOTENCY_KEY("required.idempotency-key"),
  MUST_BE_TOKEN("must-be-token"),
  CONCURRENT_CHANGE("concurrent-change"),
  SAME_KEY_SAME_BODY("same-key-same-body"),

  // The detail of a refusal naming several problems, and what was refused.
  DETAIL_REFUSED("detail.refused"),
  WHAT_REQUEST("what.request"),
  WHAT_BATCH("what.batch"),
  WHAT_CORRECTION("what.correction"),
  WHAT_TRIWULAN_ACTION("what.triwulan-action"),
  WHAT_SUBMISSION("what.submission"),

  // What was not found ("{apa} tidak ditemukan").
  THING_RENCANA("thing.rencana"),
  THING_INDIKATOR("thing.indikator"),
  THING_ANGGARAN("thing.anggaran"),
  THING_REALISASI_INDIKATOR("thing.realisasi-indikator"),
  THING_REALISASI_ANGGARAN("thing.realisasi-anggaran"),
  THING_VERSI("thing.versi"),
  THING_BUKTI("thing.bukti"),
  THING_BERKAS_BUKTI("thing.berkas-bukti"),

  // The realisasi workbook: its headers, labels and refusals.
  XLSX_KODE("xlsx.kolom.kode"),
  XLSX_INDIKATOR("xlsx.kolom.indikator"),
  XLSX_SATUAN("xlsx.kolom.satuan"),
  XLSX_BENTUK("xlsx.kolom.bentuk"),
  XLSX_STATUS("xlsx.kolom.status"),
  XLSX_KEADAAN("xlsx.kolom.keadaan"),
  XLSX_NILAI("xlsx.kolom.nilai"),
  XLSX_PEMBILANG("xlsx.kolom.pembilang"),
  XLSX_PENYEBUT("xlsx.kolom.penyebut"),
  XLSX_TEKS("xlsx.kolom.teks"),
  XLSX_ALASAN("xlsx.kolom.alasan"),
  XLSX_PENDUKUNG("xlsx.kolom.faktor-pendukung"),
  XLSX_PENGHAMBAT("xlsx.kolom.faktor-penghambat"),
  XLSX_TINDAK_LANJUT("xlsx.kolom.tindak-lanjut"),
  XLSX_TAUTAN("xlsx.kolom.tautan"),
  XLSX_URAIAN("xlsx.kolom.uraian"),
  XLSX_LEVEL("xlsx.kolom.level"),
  XLSX_PAGU("xlsx.kolom.pagu"),
  XLSX_SEBELUMNYA("xlsx.kolom.sebelumnya"),
  XLSX_REALISASI_TW("xlsx.kolom.realisasi-tw"),
  XLSX_KETERANGAN("xlsx.kolom.keterangan"),
  XLSX_JENIS("xlsx.kolom.jenis"),
  XLSX_REVISI("xlsx.kolom.revisi"),
  XLSX_DILAPORKAN("xlsx.keadaan.dilaporkan"),
  XLSX_BELUM_DILAPORKAN("xlsx.keadaan.belum-dilaporkan"),
  XLSX_TIDAK_BERLAKU("xlsx.keadaan.tidak-berlaku"),
  XLSX_TIDAK_WAJIB("xlsx.keadaan.tidak-wajib"),
  XLSX_DRAFT("xlsx.status.draf"),
  XLSX_DIAJUKAN("xlsx.status.diajukan"),
  XLSX_DIVERIFIKASI("xlsx.status.diverifikasi"),
  XLSX_DISAHKAN("xlsx.status.disahkan"),
  XLSX_DIKEMBALIKAN("xlsx.status.dikembalikan"),
  XLSX_JUDUL("xlsx.judul"),
  XLSX_PETUNJUK("xlsx.petunjuk"),
  XLSX_SHEET_INDIKATOR("xlsx.lembar.indikator"),
  XLSX_SHEET_ANGGARAN("xlsx.lembar.anggaran"),
  XLSX_BENTUK_KOMPONEN("xlsx.bentuk.komponen"),
  XLSX_BENTUK_TEKS("xlsx.bentuk.teks"),
  XLSX_BENTUK_ANGKA("xlsx.bentuk.angka"),
  XLSX_HARUS_ANGKA("xlsx.harus-angka"),
  XLSX_HARUS_RUPIAH("must-be-rupiah"),
  XLSX_NO_SHEET("sheet-required"),
  XLSX_OTHER_SHEET("must-match-url.workbook"),
  XLSX_KEADAAN_UNKNOWN("one-of.keadaan-workbook"),
  XLSX_NOT_EMPTY("not-empty.workbook"),
  XLSX_CONFLICT("must-match-current-revisi.workbook"),
  XLSX_AGREGASI("xlsx.kolom.agregasi"),
  XLSX_TARGET_TW("xlsx.kolom.target-tw"),
  XLSX_TARGET_TAHUN("xlsx.kolom.target-tahun"),
  XLSX_PAGU_TW("xlsx.kolom.pagu-tw"),
  XLSX_AGR_SUM("xlsx.agregasi.sum"),
  XLSX_AGR_LAST("xlsx.agregasi.last"),
  XLSX_AGR_AVERAGE("xlsx.agregasi.average"),
  XLSX_AGR_RATIO_OF_SUMS("xlsx.agregasi.ratio-of-sums"),
  XLSX_AGR_MAX("xlsx.agregasi.max"),
  XLSX_AGR_MIN("xlsx.agregasi.min"),
  XLSX_PLAN_CHANGED("plan-changed.workbook"),

  // Deadline reminders by e-mail (issue #17): subject and body per role, their parts.
  PENGINGAT_SUBJEK_OPERATOR("pengingat.subjek.operator"),
  PENGINGAT_SUBJEK_OPERATOR_TERLAMBAT("pengingat.subjek.operator-terlambat"),
  PENGINGAT_SUBJEK_VERIFIER("pengingat.subjek.verifier"),
  PENGINGAT_SUBJEK_BAGIAN_ORGANISASI("pengingat.subjek.bagian-organisasi"),
  PENGINGAT_ISI_OPERATOR("pengingat.isi.operator"),
  PENGINGAT_ISI_OPERATOR_TERLAMBAT("pengingat.isi.operator-terlambat"),
  PENGINGAT_ISI_VERIFIER("pengingat.isi.verifier"),
  PENGINGAT_ISI_BAGIAN_ORGANISASI("pengingat.isi.bagian-organisasi"),
  PENGINGAT_DAFTAR_KECAMATAN("pengingat.daftar.kecamatan"),
  PENGINGAT_SISA_HARI("pengingat.sisa.hari"),
  PENGINGAT_SISA_HARI_INI("pengingat.sisa.hari-ini"),
  PENGINGAT_PENUTUP("pengingat.penutup");

  private final String key;

  RealizationMessages(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
