package id.kinerja.reporting.export;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.i18n.RequestLocale;

/** The exports' labels are Bahasa Indonesia whatever the request's language, so their texts from the views are too. */
final class ExportText {

  private ExportText() {
  }

  static String id(Message m) {
    return m == null ? null : m.render(Messages.INDONESIAN, RequestLocale.current().zone());
  }
}
