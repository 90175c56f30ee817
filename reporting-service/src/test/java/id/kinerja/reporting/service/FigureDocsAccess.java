package id.kinerja.reporting.service;

import java.util.List;

/** Tests outside the package read figure documents the way the store does. */
public final class FigureDocsAccess {

  private FigureDocsAccess() {
  }

  public static <T extends Record> List<T> read(String doc, Class<T> type) {
    return FigureDocs.read(doc, type);
  }
}
