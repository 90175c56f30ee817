package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kinerja.common.i18n.CatalogueCheck;
import id.kinerja.common.i18n.CommonMessages;

/** Every planning text exists in Bahasa Indonesia and English, with the same arguments, and is translated. */
class MessageCatalogueTest {

  @Test
  void everyPlanningKeyHasATextInBothLanguages() {
    assertThat(CatalogueCheck.problems(CommonMessages.class, PlanningMessages.class)).isEmpty();
  }
}
