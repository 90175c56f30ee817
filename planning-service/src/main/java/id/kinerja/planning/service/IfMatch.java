package id.kinerja.planning.service;

import id.kinerja.common.problem.ProblemException;

/** The If-Match rule of every planning write: changing what is stored needs the version the client last read. */
final class IfMatch {

  private IfMatch() {
  }

  /**
   * Passes when nothing is stored yet ({@code stored} null: the write creates it, If-Match may be absent) or when
   * {@code ifMatch} is the stored version; otherwise 428 (absent) or 412 (another version).
   */
  static void requireCurrent(Integer stored, Long ifMatch) {
    if (stored == null) {
      return;
    }
    if (ifMatch == null) {
      throw ProblemException.preconditionRequired();
    }
    if (ifMatch != stored.longValue()) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + stored + "\"");
    }
  }
}
