package id.kinerja.reporting.service.view;

import java.math.BigDecimal;

import id.kinerja.reporting.domain.calc.Angka;

/**
 * Angka in id-ID (docs/domain.md §0) for the API and the exports, through the engine's {@link Angka} (the one
 * place that rounds and formats): 2 decimals HALF_UP from the raw value, decimal comma, thousands dot ("123,75",
 * "1.886.154.145"). Absent values stay null here; the views say why with a status.
 */
public final class IdFormat {

  private IdFormat() {
  }

  /** The display value: 2 decimals, HALF_UP. */
  public static BigDecimal display(BigDecimal raw) {
    return raw == null ? null : Angka.round(raw);
  }

  /** "123,75"; null for an absent value. */
  public static String decimal(BigDecimal raw) {
    return raw == null ? null : Angka.format(raw);
  }

  /** A number as planned or entered, at its own precision: 95.45 → "95,45", 80 → "80". */
  public static String number(BigDecimal v) {
    return v == null ? null : Angka.formatAsPrinted(v);
  }

  /** Rupiah: "1.886.154.145". */
  public static String rupiah(Long v) {
    return v == null ? null : Angka.formatRupiah(v);
  }
}
