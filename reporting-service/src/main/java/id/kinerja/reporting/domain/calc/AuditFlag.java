package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;

/**
 * One inconsistency between a printed (imported) figure and the engine (docs/domain.md §2.9.7, §4). Overwrites neither side.
 *
 * @param kind what kind of mismatch
 * @param subjek what the figure is (indicator, row, table cell), as the caller names it
 * @param printed the printed figure as text (id-ID at its printed precision), or the printed label / unit / values
 * @param printedValue the printed number, or null for labels, units and lists
 * @param computed the engine's figure, unrounded, or null when the engine has none
 * @param explanation why they differ, with the formula and inputs
 */
public record AuditFlag(AuditKind kind, String subjek, String printed, BigDecimal printedValue, BigDecimal computed,
    Message explanation) {
}
