package id.kinerja.reporting.domain.calc;

import id.kinerja.common.i18n.Message;

/**
 * A remark the engine attaches to a result without refusing it (e.g. a cumulative TW IV target that differs from the
 * annual target). Codes are stable identifiers; messages are for people, in their language.
 *
 * @param kode stable code, e.g. {@code TW4_TARGET_DIFFERS}
 * @param subjek what it is about (indicator or budget line kode), may be null
 * @param pesan explanation
 */
public record Warning(String kode, String subjek, Message pesan) {
  /** CUMULATIVE indicator whose TW IV target ≠ the annual target. */
  public static final String TW4_TARGET_DIFFERS = "TW4_TARGET_DIFFERS";
  /** PER_PERIOD / CUMULATIVE indicator without a target in a due triwulan. */
  public static final String TW_TARGET_MISSING = "TW_TARGET_MISSING";
  /** A budget line whose planned pagu ≠ Σ of its children (the sum is used). */
  public static final String PAGU_DIFFERS_FROM_CHILDREN = "PAGU_DIFFERS_FROM_CHILDREN";
  /** Realisasi entered on a line with children (ignored: a parent is the sum of its children). */
  public static final String REALISASI_ON_PARENT_IGNORED = "REALISASI_ON_PARENT_IGNORED";
  /** A budget line whose parent is not in the plan (treated as a root). */
  public static final String UNKNOWN_PARENT = "UNKNOWN_PARENT";
}
