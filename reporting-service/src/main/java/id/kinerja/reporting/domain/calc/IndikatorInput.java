package id.kinerja.reporting.domain.calc;

import java.util.Objects;

/**
 * Everything the engine needs about one indicator in one kecamatan-year: its rule, its targets and its four
 * realisasi cells (never null: use {@link Cell#NOT_DUE} / {@link Cell#NOT_REPORTED}).
 */
public record IndikatorInput(IndikatorRule rule, IndikatorTargets targets, PerTriwulan<Cell> cells) {
  public IndikatorInput {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(cells, "cells");
    for (int tw = 1; tw <= 4; tw++) {
      if (cells.get(tw) == null) {
        throw new IllegalArgumentException("cell of TW " + tw + " of " + rule.kode() + " is null");
      }
    }
  }
}
