package id.kinerja.common.security;

/**
 * Roles carried in the token's {@code groups} claim. Operators and verifiers also carry the {@code kecamatan}
 * claim; everyone carries {@code kabupaten}.
 */
public final class Roles {

  /** Enters and submits realisasi for one kecamatan. */
  public static final String OPERATOR = "operator";
  /** Camat or Sekcam: verifies, returns or approves one kecamatan's realisasi. */
  public static final String VERIFIER = "verifier";
  /** Edits the kabupaten's plans, scales and calendar. */
  public static final String PLANNER = "planner";
  /** Reads every kecamatan of the kabupaten, returns submissions, consolidates. */
  public static final String BAGIAN_ORGANISASI = "bagian-organisasi";
  /** Bupati, Sekda, Inspektorat: read only. */
  public static final String PIMPINAN = "pimpinan";
  /**
   * Operations staff of the system, not of a kabupaten (no tenant claim needed): service-wide operations such as
   * rebuilding reporting's projections, which affect every kabupaten. Holds no business role.
   */
  public static final String OPERATOR_SISTEM = "operator-sistem";

  public static final String CLAIM_KABUPATEN = "kabupaten";
  public static final String CLAIM_KECAMATAN = "kecamatan";

  private Roles() {
  }
}
