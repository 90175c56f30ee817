package id.kinerja.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which values become log fields: well-formed codes only, a kecamatan with its kabupaten. */
class LogContextTest {

  @AfterEach
  void clear() {
    LogContext.clear();
  }

  @Test
  void aKecamatanCodeNamesItsKabupatenAndOtherValuesAreIgnored() {
    assertThat(LogContext.tenant("35.02.08")).isTrue();
    assertThat(MDC.get(LogContext.KECAMATAN)).isEqualTo("35.02.08");
    assertThat(MDC.get(LogContext.KABUPATEN)).isEqualTo("35.02");
    LogContext.clearTenant();
    assertThat(LogContext.tenant("35.08")).isTrue();
    assertThat(MDC.get(LogContext.KABUPATEN)).isEqualTo("35.08");
    assertThat(MDC.get(LogContext.KECAMATAN)).isNull();
    LogContext.clearTenant();
    for (String other : new String[] { null, "35", "2024", "35.02.08' or '1'='1", "35.02.08\n", "../35.02", "abc" }) {
      assertThat(LogContext.tenant(other)).as(other).isFalse();
      assertThat(MDC.get(LogContext.KABUPATEN)).isNull();
      assertThat(MDC.get(LogContext.KECAMATAN)).isNull();
    }
    LogContext.user("operator.mlarak\nforged line");
    assertThat(MDC.get(LogContext.USER)).isEqualTo("operator.mlarak?forged line");
    LogContext.clear();
    assertThat(MDC.get(LogContext.USER)).isNull();
  }
}
