package id.kinerja.common.json;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;

/**
 * The text rule of request bodies ({@link JsonHardening#validText}) for path and query parameters too: a value with a
 * control character (e.g. %00, which PostgreSQL refuses), an unpaired surrogate or U+FFFD is refused with a 400
 * naming the parameter, before any resource method or query sees it.
 */
public class ParameterHardening {

  @ServerRequestFilter
  public void check(UriInfo uri) {
    check(uri.getPathParameters());
    check(uri.getQueryParameters());
  }

  private static void check(Map<String, List<String>> parameters) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      if (!JsonHardening.validText(p.getKey())) {
        throw ProblemException.invalid("query", CommonMessages.MUST_BE_VALID_TEXT);
      }
      for (String v : p.getValue()) {
        if (v != null && !JsonHardening.validText(v)) {
          throw ProblemException.invalid(p.getKey(), CommonMessages.MUST_BE_VALID_TEXT);
        }
      }
    }
  }
}
