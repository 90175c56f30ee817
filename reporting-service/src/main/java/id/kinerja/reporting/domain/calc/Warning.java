package id.kinerja.reporting.domain.calc;

/**
 * A remark the engine attaches to a result without refusing it (e.g. a cumulative TW IV target that differs from the
 * annual target). Codes are stable identifiers; messages are for people.
 *
 * @param kode stable code, e.g. {@code TW4_TARGET_DIFFERS}
 * @param subjek what it is about (indicator or budget line kode), may be null
 * @param pesan explanation
 */
public record Warning(String kode, String subjek, String pesan) {
  public static final String TW4_TARGET_DIFFERS = "TW4_TARGET_DIFFERS";
  public static final String TW_TARGET_MISSING = "TW_TARGET_MISSING";
  public static final String PAGU_DIFFERS_FROM_CHILDREN = "PAGU_DIFFERS_FROM_CHILDREN";
  public static final String REALISASI_ON_PARENT_IGNORED = "REALISASI_ON_PARENT_IGNORED";
  public static final String UNKNOWN_PARENT = "UNKNOWN_PARENT";
}
