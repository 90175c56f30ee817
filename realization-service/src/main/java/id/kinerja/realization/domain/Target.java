package id.kinerja.realization.domain;

import java.math.BigDecimal;

/** A target as the plan states it: a number, a range or a text (by the indicator's targetType). */
public record Target(BigDecimal nilai, BigDecimal min, BigDecimal max, String teks) {
}
