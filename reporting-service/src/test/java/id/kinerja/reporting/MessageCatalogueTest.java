package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.CatalogueCheck;
import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.reporting.domain.LkjipDrafTeks;
import id.kinerja.reporting.domain.ReportingMessages;

/** Every text of the service has a Bahasa Indonesia and an English version with the same arguments. */
class MessageCatalogueTest {

  @Test
  void everyKeyHasBothLanguagesWithTheSameArguments() {
    assertThat(CatalogueCheck.problems(CommonMessages.class, ReportingMessages.class, LkjipDrafTeks.class)).isEmpty();
  }
}
