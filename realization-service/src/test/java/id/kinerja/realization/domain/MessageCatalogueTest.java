package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.CatalogueCheck;
import id.kinerja.common.i18n.CommonMessages;

/** Every text of the service in Bahasa Indonesia and in English, with the same arguments, none left untranslated. */
class MessageCatalogueTest {

  @Test
  void everyKeyHasBothLanguages() {
    assertThat(CatalogueCheck.problems(CommonMessages.class, RealizationMessages.class)).isEmpty();
  }
}
