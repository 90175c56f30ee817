package id.kinerja.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;

/**
 * Before any other handler: reads the request's language and kabupaten ({@link RequestLocale}) and, on every answer
 * of the service (also those that Vert.x or Quarkus write themselves), names the language with Content-Language and
 * tells caches that the answer varies with Accept-Language.
 */
@ApplicationScoped
public class RequestLocales {

  void routes(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
      RequestLocale locale = RequestLocale.of(ctx.request().getHeader(HttpHeaderNames.ACCEPT_LANGUAGE), ctx.request().path());
      try {
        ContextLocals.put(RequestLocale.LOCAL, locale);
      } catch (RuntimeException e) {
        // Not on a duplicated context: answers are then written in the default language.
      }
      ctx.addHeadersEndHandler(v -> {
        if (ctx.response().headers().get(HttpHeaderNames.CONTENT_LANGUAGE) == null) {
          ctx.response().putHeader(HttpHeaderNames.CONTENT_LANGUAGE, locale.language());
        }
        String vary = ctx.response().headers().get(HttpHeaderNames.VARY);
        if (vary == null) {
          ctx.response().putHeader(HttpHeaderNames.VARY, "Accept-Language");
        } else if (!vary.toLowerCase().contains("accept-language")) {
          ctx.response().putHeader(HttpHeaderNames.VARY, vary + ", Accept-Language");
        }
      });
      ctx.next();
    });
  }
}
