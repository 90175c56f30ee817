package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;

/** Realisasi of one indicator in one year (from history or this system); null realisasi = not reported. */
public record YearValue(int tahun, BigDecimal realisasi) {
}
