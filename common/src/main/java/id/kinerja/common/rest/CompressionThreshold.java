package id.kinerja.common.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.vertx.ext.web.Router;

/**
 * Answers are compressed (gzip or deflate, as the client accepts; {@code quarkus.http.enable-compression}) only from
 * {@code kinerja.http.compression-threshold} bytes on: below it compressing costs more than it saves. Quarkus has no
 * threshold of its own; an answer whose length is known and small is marked identity before its headers are written,
 * which tells Vert.x not to compress it.
 */
@ApplicationScoped
public class CompressionThreshold {

  @ConfigProperty(name = "kinerja.http.compression-threshold", defaultValue = "1024")
  long threshold;

  void routes(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 20).handler(ctx -> {
      ctx.addHeadersEndHandler(v -> {
        String length = ctx.response().headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
          return;
        }
        try {
          if (Long.parseLong(length.trim()) < threshold) {
            ctx.response().headers().set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.IDENTITY);
          }
        } catch (NumberFormatException e) {
          // Not ours to judge: leave the answer as it is.
        }
      });
      ctx.next();
    });
  }
}
