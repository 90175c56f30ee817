package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * One capaian figure (docs/domain.md §2.2). {@code raw} is unbounded and unrounded; {@code score} is the raw value capped
 * where a cap applies (indicator cap, else kabupaten cap) and equal to raw otherwise. Both are null unless
 * {@link CapaianStatus#hasValue()}. Round only for display ({@link Angka}).
 *
 * @param status why there is or is no value
 * @param raw capaianRaw, unbounded (floored at 0 only where the kabupaten floors TWO_T_MINUS_R)
 * @param score capaianScore, capped where a cap applies
 * @param realisasi the realisasi this view used (TW value or aggregate), unrounded, or null
 * @param target the target this view used, or null
 * @param keterangan for people: why NOT_COMPUTABLE / NO_TARGET, or the justification of a MANUAL capaian; else null
 */
public record CapaianResult(CapaianStatus status, BigDecimal raw, BigDecimal score, BigDecimal realisasi, Target target,
    Message keterangan) {

  /** Shared result: due but not reported. */
  public static final CapaianResult NOT_REPORTED = new CapaianResult(CapaianStatus.NOT_REPORTED, null, null, null, null, null);
  /** Shared result: not due. */
  public static final CapaianResult NOT_DUE = new CapaianResult(CapaianStatus.NOT_DUE, null, null, null, null, null);
  /** Shared result: not applicable. */
  public static final CapaianResult NOT_APPLICABLE =
      new CapaianResult(CapaianStatus.NOT_APPLICABLE, null, null, null, null, null);
  /** Shared result: the view has no target. */
  public static final CapaianResult NO_TARGET =
      new CapaianResult(CapaianStatus.NO_TARGET, null, null, null, null, Message.of(ReportingMessages.KETERANGAN_NO_TARGET));

  public CapaianResult {
    if (status == null) {
      throw new IllegalArgumentException("status is required");
    }
    if (status.hasValue() != (raw != null) || (raw == null) != (score == null)) {
      throw new IllegalArgumentException("raw and score are present exactly when the status has a value: " + status);
    }
  }

  /** Whether there is a number. */
  public boolean hasValue() {
    return status.hasValue();
  }

  /** The value of the given basis, or null. */
  public BigDecimal value(CapaianBasis basis) {
    return basis == CapaianBasis.RAW ? raw : score;
  }

  /** Whether the score was capped below the raw value. */
  public boolean capped() {
    return raw != null && score.compareTo(raw) < 0;
  }

  /** The score rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal display() {
    return score == null ? null : Angka.round(score);
  }

  /** The raw value rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal displayRaw() {
    return raw == null ? null : Angka.round(raw);
  }
}
